package io.activationplotter.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The training run for the packaged app's class-data-sharing archive (AppCDS) of the window. Started
 * with {@code -XX:ArchiveClassesAtExit=FILE}, it opens the window as the launcher does, so the classes
 * that loads go into the archive, and later starts map them instead of reading and verifying them
 * again (the window then opens in about two thirds of the time). Commands get their own, smaller
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
     * Starts the app as the launcher does and waits until its window has been shown and drawn.
     *
     * @return the JavaFX application thread.
     */
    private static Thread showWindow() throws InterruptedException {
        ActivationPlotterApp.prepare();
        CountDownLatch shown = new CountDownLatch(1);
        Thread[] fx = new Thread[1];
        Platform.startup(() -> {
            fx[0] = Thread.currentThread();
            Stage stage = new Stage();
            stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> Platform.runLater(shown::countDown));
            new ActivationPlotterApp().start(stage);
        });
        if (!shown.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the window was not shown within " + TIMEOUT_SECONDS + " s");
        }
        // the formulas are typeset once JLaTeXMath is loaded, after the window is shown: archive that too
        CountDownLatch typeset = new CountDownLatch(1);
        Platform.runLater(() -> io.activationplotter.ui.info.TexImages.whenReady(
                () -> Platform.runLater(() -> Platform.runLater(typeset::countDown)))); // after the panel's own
        typeset.await(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        return fx[0];
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
