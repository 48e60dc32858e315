package io.activationplotter.ui.window;

import java.util.Objects;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Work that can wait until the window's first frame has been drawn (issue 16): it runs on the JavaFX
 * thread after the second pulse that lays the shown scene out, so the first pulse, and the frame the
 * renderer draws from it, do not wait for it (a pulse hands its frame over only once the renderer has
 * finished the one before). Examples: the window icons, the formula fonts' loading.
 */
public final class FirstFrame {

    /** The pulses that must have laid the scene out before the work runs. */
    static final int PULSES = 2;

    private FirstFrame() {
    }

    /**
     * Runs a task once the scene has been through two more pulses (the first drew the frame that was
     * about to be shown). Call on the JavaFX thread.
     *
     * @param scene  the scene ({@code null} not permitted).
     * @param task   what to run then, on the JavaFX thread ({@code null} not permitted).
     */
    public static void after(Scene scene, Runnable task) {
        Objects.requireNonNull(task, "task");
        int[] pulses = new int[1];
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            pulses[0]++;
            if (pulses[0] < PULSES) {
                Platform.requestNextPulse(); // nothing may have changed: ask for the pulse anyway
            } else if (pulses[0] == PULSES) {
                // removed after the pulse, not while the scene is going through its listeners
                Platform.runLater(() -> {
                    scene.removePostLayoutPulseListener(listener[0]);
                    task.run();
                });
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }
}
