package io.activationplotter.ui;

import java.util.Objects;
import java.util.function.LongSupplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.value.ObservableBooleanValue;

/**
 * Passes on requests for an update of what only has to be read, not watched (label texts, the formula
 * panel): while a slider is dragged, at most once every {@link #INTERVAL_NANOS} (so a drag relayouts the
 * labels about five times a second instead of every frame), and as soon as the drag ends, once, with the
 * newest state. A request while nothing is dragged, or off the JavaFX thread, runs the update at once.
 * A request held back during a drag runs when its interval is over even if nothing else comes, so the
 * labels never stay stale while the thumb is held still.
 */
public final class DragThrottle {

    /** The shortest time between two updates during a drag: 200 ms, five a second. */
    public static final long INTERVAL_NANOS = 200_000_000L;

    private final Runnable update;
    private final ObservableBooleanValue dragging;
    private final LongSupplier clock;
    private final AnimationTimer waiting = new AnimationTimer() {
        @Override
        public void handle(long now) {
            pulse();
        }
    };
    private long lastRun;
    private boolean ran;
    private boolean due;
    private boolean timing;
    private long runs;

    /**
     * Creates a throttle.
     *
     * @param update    the update, which reads the newest state itself ({@code null} not permitted).
     * @param dragging  whether a slider is being dragged now ({@code null} not permitted).
     */
    public DragThrottle(Runnable update, ObservableBooleanValue dragging) {
        this(update, dragging, System::nanoTime);
    }

    DragThrottle(Runnable update, ObservableBooleanValue dragging, LongSupplier clock) {
        this.update = Objects.requireNonNull(update, "update");
        this.dragging = Objects.requireNonNull(dragging, "dragging");
        this.clock = Objects.requireNonNull(clock, "clock");
        dragging.addListener((obs, was, now) -> {
            if (!now) {
                flush();
            }
        });
    }

    /** Asks for the update: now, or during a drag once the interval since the last one is over. */
    public void request() {
        if (!dragging.get() || !Platform.isFxApplicationThread() || !ran
                || clock.getAsLong() - lastRun >= INTERVAL_NANOS) {
            run();
            return;
        }
        due = true;
        if (!timing) {
            timing = true;
            waiting.start();
        }
    }

    /** Runs a held-back update now; else does nothing. */
    public void flush() {
        if (due) {
            run();
        }
    }

    /** @return whether an update is held back. */
    public boolean isDue() {
        return due;
    }

    /** @return how many times the update has run. */
    public long runs() {
        return runs;
    }

    private void pulse() {
        if (due && clock.getAsLong() - lastRun >= INTERVAL_NANOS) {
            run();
        }
        if (!due) {
            timing = false;
            waiting.stop();
        }
    }

    private void run() {
        due = false;
        ran = true;
        lastRun = clock.getAsLong();
        runs++;
        update.run();
    }
}
