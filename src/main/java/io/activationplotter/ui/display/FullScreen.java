package io.activationplotter.ui.display;

import io.activationplotter.ui.Messages;
import javafx.scene.Scene;
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
        display.presentationProperty().addListener((obs, old, now) -> {
            if (scene.getWindow() instanceof Stage stage && stage.isFullScreen() != now) {
                stage.setFullScreenExitHint("");
                stage.setFullScreen(now);
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
