package io.activationplotter.cli;

import io.activationplotter.model.Activation;
import io.activationplotter.model.precision.FloatFormat;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.LongToDoubleFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code eval}: prints x, f(x) and f'(x) as CSV for x given with {@code --x} or one per line on standard
 * input. All input is checked before the first line is printed, so a bad x leaves stdout empty; only the
 * parsed doubles are held (8 bytes each), and the CSV is streamed.
 */
@Command(name = "eval", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Prints x, f(x) and the analytic derivative f'(x) as CSV.",
        description = {"CSV header x,f,df; one row per x, in input order. Every number is printed in full "
                + "(Java's Double.toString), so it parses back to the same double.",
            "Without --x, reads one x per line from standard input until end of file (blank lines ignored)."},
        footerHeading = "%nExamples:%n",
        footer = {"  eval sigmoid --x -2,0,2",
            "  eval leaky_relu --param negative_slope=0.2 --x=-1,1",
            "  seq -5 0.5 5 | eval gelu",
            "  eval softplus --x 10,12 --dtype float16 --naive"})
public final class EvalCommand implements Callable<Integer> {

    /** The output is checked (which flushes it) when the row index ends in these bits: every 4,096 rows. */
    private static final long CHECK_MASK = (1 << 12) - 1;

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private Cli parent;

    @Mixin
    private FunctionOptions function;

    /** The standard input line being read (for messages). */
    private long stdinLine;

    @Option(names = {"-x", "--x"}, split = ",", paramLabel = "X",
            description = "The points, separated by commas (write --x=-1,2 or --x -1,2 for negative values).")
    private List<String> xs;

    @Option(names = "--dtype", paramLabel = "D", description = PrecisionArgs.DTYPE_HELP)
    private String dtype;

    @Option(names = "--naive", description = "With --dtype: the textbook formula with every operation rounded "
            + "to the format (sigmoid 1/(1+exp(-x)), s*(1-s)); functions without one print the stored values.")
    private boolean naive;

    /** The format x and the values are rounded to (float64: none). */
    private FloatFormat format = FloatFormat.FLOAT64;

    @Override
    public Integer call() {
        Activation f = function.create(spec);
        format = PrecisionArgs.format(dtype, spec);
        if (format.isLowPrecision() || naive) {
            f = PrecisionArgs.lens(function, format, naive, spec);
        }
        if (xs != null) {
            double[] x = fromOption();
            print(f, x.length, i -> x[(int) i]);
            return 0;
        }
        DoubleChunks x;
        try {
            x = fromStdin();
        } catch (OutOfMemoryError e) {
            // the values read so far are garbage now: there is room again for the message
            spec.commandLine().getErr().println("error: not enough memory for the x values of standard input"
                    + " (ran out at line " + stdinLine + "; 8 bytes a value); give fewer values or more memory"
                    + " (java -Xmx...)");
            return Cli.USAGE_ERROR;
        }
        print(f, x.size(), x::get);
        return 0;
    }

    /**
     * Streams the CSV (the writer buffers it); stops early once the output is known to fail, as when the
     * reader of a pipe has gone (the caller then decides what that means).
     */
    private void print(Activation f, long n, LongToDoubleFunction x) {
        PrintWriter out = spec.commandLine().getOut();
        out.print("x,f,df\n");
        for (long i = 0; i < n; i++) {
            double v = format.round(x.applyAsDouble(i));
            out.print(Double.toString(v));
            out.print(',');
            out.print(Double.toString(f.value(v)));
            out.print(',');
            out.print(Double.toString(f.derivative(v)));
            out.print('\n');
            if ((i & CHECK_MASK) == CHECK_MASK && out.checkError()) {
                return;
            }
        }
    }

    private double[] fromOption() {
        double[] x = new double[xs.size()];
        for (int i = 0; i < x.length; i++) {
            try {
                x[i] = Numbers.parseFinite(xs.get(i));
            } catch (NumberFormatException e) {
                throw new ParameterException(spec.commandLine(), "bad --x value: " + e.getMessage());
            }
        }
        return x;
    }

    private DoubleChunks fromStdin() {
        BufferedReader in = parent.stdin();
        if (parent.interactive()) {
            spec.commandLine().getErr().println("reading x values, one per line; end with Ctrl-D (or use --x)");
            spec.commandLine().getErr().flush();
        }
        DoubleChunks x = new DoubleChunks();
        stdinLine = 0;
        try {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                stdinLine++;
                if (!line.isBlank()) {
                    x.add(Numbers.parseFinite(line));
                }
            }
        } catch (NumberFormatException e) {
            throw new ParameterException(spec.commandLine(),
                    "bad x on line " + stdinLine + " of standard input: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read standard input: " + e.getMessage(), e);
        }
        return x;
    }
}
