package io.activationplotter.cli;

import io.activationplotter.model.Activation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code eval}: prints x, f(x) and f'(x) as CSV for x given with {@code --x} or one per line on standard
 * input. All input is checked before the first line is printed, so a bad x leaves stdout empty.
 */
@Command(name = "eval", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Prints x, f(x) and the analytic derivative f'(x) as CSV.",
        description = {"CSV header x,f,df; one row per x, in input order. Every number is printed in full "
                + "(Java's Double.toString), so it parses back to the same double.",
            "Without --x, reads one x per line from standard input until end of file (blank lines ignored)."},
        footerHeading = "%nExamples:%n",
        footer = {"  eval sigmoid --x -2,0,2",
            "  eval leaky_relu --param negative_slope=0.2 --x=-1,1",
            "  seq -5 0.5 5 | eval gelu"})
public final class EvalCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private Cli parent;

    @Mixin
    private FunctionOptions function;

    @Option(names = {"-x", "--x"}, split = ",", paramLabel = "X",
            description = "The points, separated by commas (write --x=-1,2 or --x -1,2 for negative values).")
    private List<String> xs;

    @Override
    public Integer call() {
        Activation f = function.create(spec);
        double[] x = xs != null ? fromOption() : fromStdin();
        StringBuilder csv = new StringBuilder(32 * (x.length + 1)).append("x,f,df\n");
        for (double v : x) {
            csv.append(v).append(',').append(f.value(v)).append(',').append(f.derivative(v)).append('\n');
        }
        spec.commandLine().getOut().print(csv);
        return 0;
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

    private double[] fromStdin() {
        BufferedReader in = parent.stdin();
        if (parent.interactive()) {
            spec.commandLine().getErr().println("reading x values, one per line; end with Ctrl-D (or use --x)");
            spec.commandLine().getErr().flush();
        }
        double[] x = new double[64];
        int n = 0;
        int lineNumber = 0;
        try {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                if (n == x.length) {
                    x = Arrays.copyOf(x, 2 * n);
                }
                x[n++] = Numbers.parseFinite(line);
            }
        } catch (NumberFormatException e) {
            throw new ParameterException(spec.commandLine(),
                    "bad x on line " + lineNumber + " of standard input: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read standard input: " + e.getMessage(), e);
        }
        return Arrays.copyOf(x, n);
    }
}
