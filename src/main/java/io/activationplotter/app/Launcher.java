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
        javafx.application.Application.launch(ActivationPlotterApp.class, args);
    }
}
