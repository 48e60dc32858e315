package io.activationplotter.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import io.activationplotter.ui.window.FirstFrame;
import io.activationplotter.ui.window.MainView;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The training run for the packaged app's class-data-sharing archive (AppCDS) of the window. Started
 * with {@code -XX:ArchiveClassesAtExit=FILE}, it opens the window as the launcher does, so the classes
 * that loads go into the archive, and later starts map them instead of reading and verifying them
 * again (the window then opens in about two thirds of the time); it then opens the views built only on
 * first use (the classroom tabs, the custom editor, ...), so they open from the archive too. Commands get their own, smaller
 * archive: mapping this one would cost a command more than it saves.
 * <p>
 * The window is shown on Monocle's headless platform, so no display is needed: the packaging script
 * and the .deb's postinst run this. Settings go to a temporary file, never the user's.
 */
public final class CdsTraining {

    private static final long TIMEOUT_SECONDS = 120;

    private CdsTraining() {
    }

    /**
     * Shows the main window headless, waits until it has been drawn, and exits.
     *
     * @param args  ignored.
     * @throws Exception if the window does not open in time; the exit code is then not 0 and the
     *     archive should not be used.
     */
    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        Path tmp = Files.createTempDirectory("activation-plotter-cds");
        try {
            System.setProperty(ActivationPlotterApp.SETTINGS_PROPERTY, tmp.resolve("settings.properties").toString());
            Thread fx = showWindow();
            // let JavaFX close the window and stop rendering (work may still arrive, such as the formula
            // panel's max |f'|); exiting in the middle of a frame makes the renderer print an error
            Platform.exit();
            fx.join(TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS));
        } finally {
            deleteTree(tmp);
        }
        System.exit(0);
    }

    /**
     * Starts the app as the launcher does, waits until its window has been shown and drawn, and opens
     * what it builds later.
     *
     * @return the JavaFX application thread.
     */
    private static Thread showWindow() throws InterruptedException {
        ActivationPlotterApp.prepare();
        CountDownLatch shown = new CountDownLatch(1);
        Thread[] fx = new Thread[1];
        Stage[] stage = new Stage[1];
        Platform.startup(() -> {
            fx[0] = Thread.currentThread();
            stage[0] = new Stage();
            stage[0].addEventHandler(WindowEvent.WINDOW_SHOWN, e -> Platform.runLater(shown::countDown));
            new ActivationPlotterApp().start(stage[0]);
        });
        if (!shown.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the window was not shown within " + TIMEOUT_SECONDS + " s");
        }
        // the formulas are typeset once JLaTeXMath is loaded, after the window is shown: archive that too
        CountDownLatch typeset = new CountDownLatch(1);
        Platform.runLater(() -> io.activationplotter.ui.info.TexImages.whenReady(
                () -> Platform.runLater(() -> Platform.runLater(typeset::countDown)))); // after the panel's own
        typeset.await(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        visitLazyViews(stage[0]);
        return fx[0];
    }

    /**
     * Opens what the window builds only on first use (issue 16), so its classes are archived too: the
     * custom function's editor, the distribution overlay's controls, each classroom tab and the Network
     * tab's training mode; then the Plot tab again. Each step gets two pulses to style and draw.
     */
    private static void visitLazyViews(Stage stage) throws InterruptedException {
        Scene scene = stage.getScene();
        MainView view = (MainView) scene.getRoot();
        ComboBox<?> functions = (ComboBox<?>) scene.lookup("#function-selector");
        Object selected = functions.getValue();
        step(scene, () -> functions.getSelectionModel().selectLast()); // the custom function
        step(scene, () -> functions.getSelectionModel().select(functions.getItems().indexOf(selected)));
        step(scene, () -> view.getClassroom().distribution().enabledProperty().set(true));
        step(scene, () -> view.getClassroom().distribution().enabledProperty().set(false));
        TabPane tabs = (TabPane) scene.lookup("#main-tabs");
        for (int i = 1; i < tabs.getTabs().size(); i++) {
            int tab = i;
            step(scene, () -> tabs.getSelectionModel().select(tab));
        }
        step(scene, () -> ((ToggleButton) scene.lookup("#network-mode-train")).fire());
        step(scene, () -> ((ToggleButton) scene.lookup("#network-mode-init")).fire());
        step(scene, () -> tabs.getSelectionModel().select(0));
    }

    /** Runs a change on the JavaFX thread and waits until the window has been through two pulses after it. */
    private static void step(Scene scene, Runnable change) throws InterruptedException {
        CountDownLatch drawn = new CountDownLatch(1);
        Platform.runLater(() -> {
            change.run();
            FirstFrame.after(scene, drawn::countDown);
        });
        if (!drawn.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the window did not draw a training step within " + TIMEOUT_SECONDS + " s");
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
