package io.activationplotter.bench;

import io.activationplotter.app.ActivationPlotterApp;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * Child process of {@link StartupBench}: starts the real application and prints {@code SHOWN} once
 * its window has been shown and one more pulse has run (the chart drawn), then exits.
 */
public final class StartupProbe {

    private StartupProbe() {
    }

    /**
     * Starts the app.
     *
     * @param args  ignored.
     */
    public static void main(String[] args) {
        ActivationPlotterApp.prepare();
        Platform.startup(() -> {
            Stage stage = new Stage();
            stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> Platform.runLater(() -> {
                System.out.println("SHOWN");
                System.out.flush();
                Runtime.getRuntime().halt(0);
            }));
            try {
                new ActivationPlotterApp().start(stage);
            } catch (Exception ex) {
                ex.printStackTrace();
                Runtime.getRuntime().halt(1);
            }
        });
    }
}
