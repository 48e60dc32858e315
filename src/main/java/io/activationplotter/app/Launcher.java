package io.activationplotter.app;

import io.activationplotter.cli.Cli;

/**
 * The jar's main class. It does not extend {@code Application}, so JavaFX on the classpath works;
 * with arguments it runs the headless command line and never starts JavaFX.
 */
public final class Launcher {

    private Launcher() {
    }

    /**
     * Starts the GUI, or the command line when arguments are given.
     *
     * @param args  the command-line arguments.
     */
    public static void main(String[] args) {
        if (args.length > 0) {
            System.setProperty("java.awt.headless", "true");
            System.exit(Cli.run(args));
        }
        if (!hasDisplay()) {
            System.err.println("activation-plotter: no display to open the window on (DISPLAY is not set);"
                    + " run a command instead, e.g. 'export --help' (see --help)");
            System.exit(Cli.USAGE_ERROR);
        }
        ActivationPlotterApp.prepare();
        javafx.application.Application.launch(ActivationPlotterApp.class, args);
    }

    /** On Linux and other X11/Wayland systems a window needs DISPLAY or WAYLAND_DISPLAY; elsewhere assume yes. */
    private static boolean hasDisplay() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        if (os.contains("win") || os.contains("mac") || !"gtk".equals(System.getProperty("glass.platform", "gtk"))) {
            return true;
        }
        return notBlank(System.getenv("DISPLAY")) || notBlank(System.getenv("WAYLAND_DISPLAY"));
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
