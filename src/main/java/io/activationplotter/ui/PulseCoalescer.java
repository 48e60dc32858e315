package io.activationplotter.ui;

import java.util.Objects;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * Runs an update at most once per JavaFX pulse (frame), always with the newest state: a request on
 * the JavaFX thread only marks the update due. The first request after a frame posts the update with
 * {@link Platform#runLater(Runnable)}, so it runs once the input events already queued are handled
 * (ten slider changes in one event: one update, showing the last); a request made after the update
 * ran and before the next pulse waits for that pulse, so a slider that fires faster than the screen
 * refreshes costs one update per frame, never a backlog. Off the JavaFX thread (no window: unit
 * tests, the command line) a request runs the update at once.
 * <p>
 * Waiting for the pulse adds no visible delay: whatever is drawn between two pulses is shown at the
 * second one anyway.
 */
public final class PulseCoalescer {

    private final Runnable update;
    private final AnimationTimer frames = new AnimationTimer() {
        @Override
        public void handle(long now) {
            nextFrame();
        }
    };
    private boolean due;
    private boolean posted;
    private boolean ranThisFrame;
    private boolean timing;
    private long runs;

    /**
     * Creates a coalescer.
     *
     * @param update  the update, which reads the newest state itself ({@code null} not permitted).
     */
    public PulseCoalescer(Runnable update) {
        this.update = Objects.requireNonNull(update, "update");
    }

    /** Marks the update due; it runs after the events queued now, or at the next pulse (see above). */
    public void request() {
        if (!Platform.isFxApplicationThread()) {
            due = false;
            runs++;
            update.run();
            return;
        }
        due = true;
        if (!ranThisFrame && !posted) {
            posted = true;
            Platform.runLater(this::postedRun);
        }
    }

    /** Runs a due update now (for example before the state is read for an export); else does nothing. */
    public void flush() {
        if (due) {
            run();
        }
    }

    /** @return whether an update was requested and has not run yet. */
    public boolean isDue() {
        return due;
    }

    /** @return how many times the update has run. */
    public long runs() {
        return runs;
    }

    private void postedRun() {
        posted = false;
        if (due && !ranThisFrame) {
            run();
        }
    }

    private void run() {
        due = false;
        runs++;
        if (Platform.isFxApplicationThread()) {
            ranThisFrame = true;
            if (!timing) {
                timing = true;
                frames.start();
            }
        }
        update.run();
    }

    /** A pulse began: what was drawn since the last one is about to be shown. */
    private void nextFrame() {
        ranThisFrame = false;
        if (due) {
            run();
        } else {
            timing = false;
            frames.stop();
        }
    }
}
