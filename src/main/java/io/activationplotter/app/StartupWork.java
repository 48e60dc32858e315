package io.activationplotter.app;

import io.activationplotter.chart.ChartLook;
import java.util.logging.Filter;
import java.util.logging.Logger;

/**
 * What the window's start can do before or beside JavaFX's own start-up (issue 16): on a second core,
 * the fonts; on the launching thread, a cheaper way past JavaFX's note about the class path.
 */
final class StartupWork {

    /** JavaFX's note, logged when its classes come from the class path, as they do from our jar. */
    static final String CLASSPATH_NOTE = "Unsupported JavaFX configuration";

    /** Held, because java.util.logging keeps only weak references to its loggers (and their filters). */
    private static Logger javafxLogger;

    private StartupWork() {
    }

    /**
     * Starts the background work and quiets the class-path note. Call once, before launch.
     */
    static void start() {
        Thread fonts = new Thread(ChartLook::warmUpFonts, "font-warm-up");
        fonts.setDaemon(true);
        fonts.start();
        dropClasspathNote();
    }

    /**
     * Drops JavaFX's "Unsupported JavaFX configuration: classes were loaded from 'unnamed module …'"
     * warning, and only it: the app is built to run from the class path (one jar for every desktop), so
     * the note tells a user nothing, and formatting and printing it (java.util.logging's console handler,
     * its date and time formatting) cost the launching thread ~40 ms before the toolkit started, ~2 ms
     * when the record is dropped. Every other JavaFX message (a style sheet's CSS errors, for example)
     * is logged as before.
     */
    static void dropClasspathNote() {
        Logger logger = Logger.getLogger("javafx");
        Filter before = logger.getFilter();
        logger.setFilter(r -> !(r.getMessage() != null && r.getMessage().startsWith(CLASSPATH_NOTE))
                && (before == null || before.isLoggable(r)));
        javafxLogger = logger;
    }
}
