package io.activationplotter.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The headless command line: {@code java -jar activation-plotter.jar COMMAND ...}. */
@Command(name = "activation-plotter", mixinStandardHelpOptions = true, version = "Activation Plotter 0.1.0",
        description = "Plots activation functions, their derivatives and saturated regions.",
        subcommands = {ExportCommand.class})
public final class Cli {

    /** Exit code for bad arguments. */
    public static final int USAGE_ERROR = 2;

    /**
     * Runs a command with the process's standard streams.
     *
     * @param args  the arguments.
     * @return the exit code (0 ok, 2 bad arguments or failed write).
     */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /**
     * Runs a command with the given output streams (for tests).
     *
     * @param out   standard output.
     * @param err   standard error.
     * @param args  the arguments.
     * @return the exit code.
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new Cli());
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println(ex.getMessage());
            return USAGE_ERROR;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
