package io.activationplotter.app;

import io.activationplotter.cli.Cli;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
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
 * The training run for the packaged app's class-data-sharing archive (AppCDS). Started with
 * {@code -XX:ArchiveClassesAtExit=FILE}, it does what a start of the window and a command-line export
 * do, so the classes they load go into the archive, and later starts map them instead of reading and
 * verifying them again (the window then opens in about half the time).
 * <p>
 * The window is shown on Monocle's headless platform, so no display is needed: the packaging script
 * and the .deb's postinst run this. Settings go to a temporary file, never the user's.
 */
public final class CdsTraining {

    private static final long TIMEOUT_SECONDS = 120;

    private CdsTraining() {
    }

    /**
     * Shows the main window headless, exports a figure to a temporary file, and exits.
     *
     * @param args  ignored.
     * @throws Exception if the window does not open in time or the export fails; the exit code is
     *     then not 0 and the archive should not be used.
     */
    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        Path tmp = Files.createTempDirectory("activation-plotter-cds");
        try {
            System.setProperty(ActivationPlotterApp.SETTINGS_PROPERTY, tmp.resolve("settings.properties").toString());
            showWindow();
            PrintWriter sink = new PrintWriter(Writer.nullWriter());
            int code = Cli.run(Reader.nullReader(), sink, sink, "export", "--function", "sigmoid", "--function",
                    "relu", "--out", tmp.resolve("training.png").toString());
            if (code != 0) {
                throw new IllegalStateException("training export failed with exit code " + code);
            }
        } finally {
            deleteTree(tmp);
        }
        System.exit(0); // not Platform.exit(): closing the window would save settings again
    }

    /** Starts the app as the launcher does and waits until its window has been shown and drawn. */
    private static void showWindow() throws InterruptedException {
        ActivationPlotterApp.prepare();
        CountDownLatch shown = new CountDownLatch(1);
        Platform.startup(() -> {
            Stage stage = new Stage();
            stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> Platform.runLater(shown::countDown));
            new ActivationPlotterApp().start(stage);
        });
        if (!shown.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the window was not shown within " + TIMEOUT_SECONDS + " s");
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
