package io.activationplotter.cli;

import io.activationplotter.export.ExportWarmUp;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The headless command line: {@code java -jar activation-plotter.jar COMMAND ...}. Bad input of any
 * kind prints one line naming the bad argument on standard error and exits with {@link #USAGE_ERROR};
 * what the line echoes of the input is escaped and cut by {@link Echo}. An argument starting with
 * {@code @} is taken as it is: picocli's {@code @file} expansion is off.
 */
@Command(name = "activation-plotter", mixinStandardHelpOptions = true, version = "Activation Plotter 0.1.0",
        synopsisSubcommandLabel = "COMMAND",
        description = {"Activation functions (all of PyTorch's), their analytic derivatives and saturated regions.",
            "Without arguments the jar opens the window; with a command it runs headless."},
        commandListHeading = "%nCommands:%n",
        footerHeading = "%nExamples:%n",
        footer = {"  java -jar activation-plotter.jar list",
            "  java -jar activation-plotter.jar eval gelu --x -1,0,1",
            "  seq -5 5 | java -jar activation-plotter.jar eval elu --param alpha=0.5",
            "  java -jar activation-plotter.jar saturation sigmoid --threshold 0.01",
            "  java -jar activation-plotter.jar export --function sigmoid --function relu --out fig.png",
            "  java -jar activation-plotter.jar train --dataset xor --function tanh --layers 2 --width 8",
            "  java -jar activation-plotter.jar COMMAND --help",
            "",
            "Exit status: 0 success; 2 bad arguments or output that could not be written; 1 internal error."})
public final class Cli implements Callable<Integer> {

    /** Exit code for bad arguments. */
    public static final int USAGE_ERROR = 2;

    /** Exit code for an unexpected failure (a bug). */
    public static final int INTERNAL_ERROR = 1;

    /**
     * The commands, in the order {@code --help} lists them. Building a command's picocli model costs a
     * short-lived JVM 2-15 ms each (reflection over its options, in code not yet compiled), so a run
     * naming a command builds only that one; see {@link #commandsFor(String[])}.
     */
    private static final List<Class<?>> COMMANDS = List.of(ListCommand.class, EvalCommand.class,
            SaturationCommand.class, ExportCommand.class, GalleryCommand.class, DistributionCommand.class,
            NetworkCommand.class, TrainCommand.class);

    @Spec
    private CommandSpec spec;

    private final BufferedReader stdin;
    private final boolean interactive;

    private Cli(Reader stdin, boolean interactive) {
        this.stdin = stdin instanceof BufferedReader b ? b : new BufferedReader(stdin);
        this.interactive = interactive;
    }

    /**
     * Runs a command with the process's standard streams; for {@code export} the chart code is warmed
     * up on another thread while the arguments are parsed.
     *
     * @param args  the arguments.
     * @return the exit code (0 ok, 2 bad arguments or failed write).
     */
    public static int run(String... args) {
        if (args.length > 0 && ("export".equals(args[0]) || "gallery".equals(args[0]))) {
            ExportWarmUp.start();
        }
        return run(new InputStreamReader(System.in), System.console() != null, StandardOutput.ofProcess(),
                new PrintWriter(System.err, true), args);
    }

    /**
     * Runs a command with the given output streams and the process's standard input (for tests).
     *
     * @param out   standard output ({@code null} not permitted).
     * @param err   standard error ({@code null} not permitted).
     * @param args  the arguments.
     * @return the exit code.
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(new InputStreamReader(System.in), out, err, args);
    }

    /**
     * Runs a command with the given streams (for tests).
     *
     * @param in    standard input, read by {@code eval} without {@code --x} ({@code null} not permitted).
     * @param out   standard output ({@code null} not permitted).
     * @param err   standard error ({@code null} not permitted).
     * @param args  the arguments.
     * @return the exit code: 0 ok, 2 bad arguments or output that could not be written, 1 internal error.
     */
    public static int run(Reader in, PrintWriter out, PrintWriter err, String... args) {
        return run(in, false, out, err, args);
    }

    private static int run(Reader in, boolean interactive, PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new Cli(in, interactive));
        for (Class<?> command : commandsFor(args)) {
            cl.addSubcommand(command);
        }
        // @file expansion read '--title @notes' from a file and failed with a stack trace on a folder
        cl.setExpandAtFiles(false);
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println(Echo.line(withoutRawInput(message(ex, cl), a)));
            return USAGE_ERROR;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            err.println(Echo.line("error: " + (ex.getMessage() != null ? ex.getMessage()
                    : ex.getClass().getSimpleName())));
            return ex instanceof java.io.UncheckedIOException ? USAGE_ERROR : INTERNAL_ERROR;
        });
        int code = cl.execute(args);
        out.flush();
        if (out.checkError() && code == 0 && !StandardOutput.pipeClosed(out)) { // a closed pipe: a normal end
            err.println("error: could not write to standard output" + StandardOutput.reason(out));
            code = USAGE_ERROR;
        }
        err.flush();
        return code;
    }

    /**
     * The commands a run needs: the one its first argument names, else all of them (for the list in
     * {@code --help} and in the messages about a missing or unknown command).
     *
     * @param args  the arguments.
     * @return the command classes to register, in {@code --help}'s order.
     */
    static List<Class<?>> commandsFor(String[] args) {
        if (args.length > 0) {
            for (Class<?> c : COMMANDS) {
                if (c.getAnnotation(Command.class).name().equals(args[0])) {
                    return List.of(c);
                }
            }
        }
        return COMMANDS;
    }

    /** With no command: name the commands on one line. */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "missing command: " + commands(spec.commandLine())
                + " (see --help)");
    }

    /** @return the reader {@code eval} reads x values from. */
    BufferedReader stdin() {
        return stdin;
    }

    /** @return {@code true} if standard input is a terminal (then {@code eval} says it is waiting for input). */
    boolean interactive() {
        return interactive;
    }

    private static String message(ParameterException ex, CommandLine root) {
        if (ex instanceof UnmatchedArgumentException u) {
            List<String> unmatched = u.getUnmatched();
            if (ex.getCommandLine() == root && !unmatched.isEmpty() && !unmatched.get(0).startsWith("-")) {
                return "unknown command " + Echo.quote(unmatched.get(0)) + ": use " + commands(root)
                        + " (see --help)";
            }
            List<String> suggestions = u.getSuggestions();
            return suggestions.isEmpty() ? ex.getMessage()
                    : ex.getMessage() + " (did you mean " + String.join(" or ", suggestions) + "?)";
        }
        if (ex instanceof MissingParameterException) {
            // a misspelt option (--thresold) also leaves a required one missing: name the misspelling
            ParseResult parsed = ex.getCommandLine().getParseResult();
            List<String> unmatched = parsed == null ? List.of() : parsed.unmatched();
            if (!unmatched.isEmpty()) {
                return "unknown argument " + Echo.quote(unmatched.get(0)) + "; " + ex.getMessage();
            }
        }
        return ex.getMessage();
    }

    /**
     * Picocli's own messages quote an argument whole: write each long or unprintable one the way
     * {@link Echo#bare(String)} does.
     */
    private static String withoutRawInput(String message, String[] args) {
        String m = message;
        for (String arg : args) {
            if (!arg.isEmpty() && !Echo.bare(arg).equals(arg) && m.contains(arg)) {
                m = m.replace(arg, Echo.bare(arg));
            }
        }
        return m;
    }

    private static String commands(CommandLine root) {
        return String.join(", ", root.getSubcommands().keySet());
    }
}
