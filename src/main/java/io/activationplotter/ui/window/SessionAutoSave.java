package io.activationplotter.ui.window;

import io.activationplotter.settings.SettingsStore;
import java.io.IOException;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.util.Duration;

/**
 * Saves the session a short while after the last change (a slider drag gives one write, once it
 * settles) and on demand, for example when the window closes. Runs on the JavaFX thread; each write
 * is atomic (see {@link SettingsStore#save}). A write that fails is reported once in the status line
 * until a write succeeds again; the session in memory is untouched either way. {@link #saveBeforeExit()}
 * tells the window whether closing would lose a change, so that a failure then is seen too.
 */
public final class SessionAutoSave {

    /** The wait after the last change before the session is written. */
    public static final Duration DEFAULT_DELAY = Duration.millis(500);

    private final SettingsStore store;
    private final SessionBinder session;
    private final Supplier<double[]> window;
    private final PauseTransition pause;
    private final ReadOnlyIntegerWrapper writes = new ReadOnlyIntegerWrapper(this, "writes");
    private boolean failing;
    private boolean unsaved;
    private String lastFailure = "";

    /**
     * Creates the saver and starts watching the session for changes.
     *
     * @param store    where to save ({@code null} not permitted).
     * @param session  what to save ({@code null} not permitted).
     * @param window   gives the window bounds to save, or {@code null} ({@code null} not permitted).
     * @param delay    the wait after the last change ({@code null} not permitted).
     */
    public SessionAutoSave(SettingsStore store, SessionBinder session, Supplier<double[]> window, Duration delay) {
        this.store = Objects.requireNonNull(store, "store");
        this.session = Objects.requireNonNull(session, "session");
        this.window = Objects.requireNonNull(window, "window");
        this.pause = new PauseTransition(Objects.requireNonNull(delay, "delay"));
        pause.setOnFinished(e -> saveNow());
        session.watch(this::changed);
    }

    /** @return the number of writes that succeeded. */
    public ReadOnlyIntegerProperty writesProperty() {
        return writes.getReadOnlyProperty();
    }

    /** @return whether a change waits to be written. */
    public boolean isPending() {
        return pause.getStatus() == javafx.animation.Animation.Status.RUNNING;
    }

    /** Notes a change: the session is written once no other change has come for the delay. */
    public void changed() {
        unsaved = true;
        pause.playFromStart();
    }

    /**
     * Writes the session before the window closes. If the write fails while a change is not yet
     * written, the failure is shown (again, even if shown before) and {@code false} returned, so that the
     * window can stay open once and let it be read.
     *
     * @return {@code true} if closing loses nothing: written, or nothing left to write.
     */
    public boolean saveBeforeExit() {
        boolean hadChanges = unsaved;
        if (saveNow() || !hadChanges) {
            return true;
        }
        session.reportExitSaveFailure(store.file(), lastFailure);
        return false;
    }

    /**
     * Writes the session now (and cancels a pending write); a failure is shown in the status line.
     *
     * @return {@code true} if it was written.
     */
    public boolean saveNow() {
        pause.stop();
        try {
            store.save(session.snapshot(window.get()));
        } catch (IOException | RuntimeException e) {
            lastFailure = String.valueOf(e.getMessage());
            if (!failing) {
                failing = true;
                session.reportSaveFailure(store.file(), lastFailure);
            }
            return false;
        }
        if (failing) {
            failing = false;
            session.clearSaveFailure();
        }
        unsaved = false;
        writes.set(writes.get() + 1);
        return true;
    }
}
