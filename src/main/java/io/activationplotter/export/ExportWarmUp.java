package io.activationplotter.export;

/**
 * Loads what a PNG export needs first (JFreeChart's classes, the fonts, Java2D's antialiased
 * drawing, the catalogue, the PNG encoder) on a background thread, by exporting a thumbnail to
 * memory. The command line starts it before it parses an {@code export} command: parsing takes a
 * short-lived JVM about 100 ms, and on a second core the two overlap. Nothing waits for the thread
 * and it changes no state an export depends on; it is a daemon, so it never delays the exit.
 * <p>
 * This class is deliberately small and free of lambdas, so starting the thread loads nothing else
 * on the caller's thread.
 */
public final class ExportWarmUp implements Runnable {

    private ExportWarmUp() {
    }

    /** Starts the warm-up thread and returns at once. */
    public static void start() {
        Thread thread = new Thread(new ExportWarmUp(), "export-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void run() {
        ChartExporter.warmUp();
    }
}
