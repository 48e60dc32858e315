package io.activationplotter.ui.window;

import io.activationplotter.ui.Messages;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Keeps a window's full-screen state and title in step with presentation mode and the language. */
public final class FullScreen {

    private FullScreen() {
    }

    /**
     * Makes the scene's stage full screen while presenting; leaving full screen (Esc) ends presentation.
     * The stage title follows the language.
     *
     * @param scene    the scene ({@code null} not permitted).
     * @param display  the model ({@code null} not permitted).
     * @param text     the strings ({@code null} not permitted).
     */
    public static void follow(Scene scene, DisplayModel display, Messages text) {
        double[] before = new double[4];
        display.presentationProperty().addListener((obs, old, now) -> {
            if (!(scene.getWindow() instanceof Stage stage)) {
                return;
            }
            if (now) {
                before[0] = stage.getX();
                before[1] = stage.getY();
                before[2] = stage.getWidth();
                before[3] = stage.getHeight();
                // also cover the screen ourselves: without a window manager setFullScreen does nothing
                Rectangle2D screen = Screen.getScreensForRectangle(before[0], before[1], before[2], before[3])
                        .stream().findFirst().orElse(Screen.getPrimary()).getBounds();
                stage.setX(screen.getMinX());
                stage.setY(screen.getMinY());
                stage.setWidth(screen.getWidth());
                stage.setHeight(screen.getHeight());
            }
            if (stage.isFullScreen() != now) {
                stage.setFullScreenExitHint("");
                stage.setFullScreen(now);
            }
            if (!now && before[2] > 0) {
                stage.setX(before[0]);
                stage.setY(before[1]);
                stage.setWidth(before[2]);
                stage.setHeight(before[3]);
            }
        });
        text.localeProperty().addListener((obs, old, now) -> {
            if (scene.getWindow() instanceof Stage stage) {
                stage.setTitle(text.get("app.title"));
            }
        });
        scene.windowProperty().addListener((obs, old, now) -> {
            if (now instanceof Stage stage) {
                stage.fullScreenProperty().addListener((o, was, is) -> {
                    if (!is && display.presentationProperty().get()) {
                        display.presentationProperty().set(false);
                    }
                });
            }
        });
    }
}
