package io.activationplotter.cli;

import io.activationplotter.chart.Curve;
import io.activationplotter.chart.FigureSpec;
import io.activationplotter.export.AtomicFiles;
import io.activationplotter.export.ChartExporter;
import io.activationplotter.export.ExportFormat;
import io.activationplotter.export.ExportOptions;
import io.activationplotter.export.NotEnoughMemoryException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code export}: writes the chart the GUI would show to a PNG, SVG or PDF file, or its samples to
 * CSV, without starting JavaFX. Every argument is checked before anything is written.
 */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Writes a figure (.png, .svg, .pdf) or its plotted data (.csv), headless.",
            "The format follows the extension of --out."},
        footer = {"", "Example:",
            "  export --function sigmoid --function relu --range -6,6 --size 1600x1000 --out fig.png"})
public final class ExportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec command;

    @Option(names = "--function", split = ",", paramLabel = "NAME",
            description = "A function to plot (repeat or separate with commas), e.g. sigmoid, leaky_relu.")
    private List<String> functions;

    @Option(names = ExprOption.NAME, paramLabel = "FORMULA",
            description = "A custom formula in x to plot first, e.g. 'x*sigmoid(a*x)' with --param a=1.702.")
    private String expr;

    @Mixin
    private FigureOptions look;

    @Option(names = "--select", paramLabel = "NAME",
            description = "The function whose saturation is shaded (default: the first; 'none' for no shading).")
    private String select;

    @Option(names = "--title", paramLabel = "TEXT",
            description = "The title (default: the function names with the parameters given).")
    private String title;

    @Option(names = "--no-title", description = "No title.")
    private boolean noTitle;

    @Option(names = "--out", required = true, paramLabel = "FILE",
            description = "The file to write: .png, .svg, .pdf or .csv.")
    private Path out;

    private String automaticTitle;

    @Override
    public Integer call() {
        FigureSpec figure;
        ExportOptions options;
        try {
            figure = figure();
            options = options();
            checkOutput(options);
        } catch (IllegalArgumentException e) {
            command.commandLine().getErr().println(Echo.line(e.getMessage()));
            return Cli.USAGE_ERROR;
        }
        try {
            ChartExporter.export(figure, out, options);
        } catch (NotEnoughMemoryException e) {
            command.commandLine().getErr().println("not enough memory for " + e.width() + "x" + e.height()
                    + "; try a smaller --size or --scale");
            return Cli.USAGE_ERROR;
        } catch (IOException e) {
            command.commandLine().getErr().println(Echo.line("--out " + Echo.quote(out.toString()) + ": "
                    + e.getMessage()));
            return Cli.USAGE_ERROR;
        }
        return confirm(options);
    }

    /**
     * Says what was written. The file is complete whatever happens here: if standard output cannot take
     * the line (a full disk, not a closed pipe), the exit status still says so, and the message that the
     * file was written.
     */
    private int confirm(ExportOptions options) {
        PrintWriter stdout = command.commandLine().getOut();
        stdout.println(Echo.line("wrote " + out + " (" + describe(options) + ")"));
        if (stdout.checkError() && !StandardOutput.pipeClosed(stdout)) {
            command.commandLine().getErr().println(Echo.line("wrote " + out + ", but could not write to standard output"
                    + StandardOutput.reason(stdout)));
            return Cli.USAGE_ERROR;
        }
        return 0;
    }

    private FigureSpec figure() {
        Map<String, Double> values = look.parameters();
        List<String> notes = new ArrayList<>();
        List<Curve> curves = ExportExpr.curves(expr, functions, values, notes);
        notes.forEach(n -> command.commandLine().getErr().println(Echo.line(n)));
        automaticTitle = ExportArgs.title(curves, values);
        double[] xs = look.range();
        double t = look.threshold();
        int selected = ExportExpr.selected(select, curves);
        return new FigureSpec(curves, selected, xs[0], xs[1], t, look.showDerivatives());
    }

    private ExportOptions options() {
        if (noTitle && title != null) {
            throw new BadArgument("--title and --no-title cannot be used together");
        }
        ExportOptions o = look.look();
        return noTitle ? o.withoutTitle() : o.withTitle(title != null ? title : automaticTitle);
    }

    private void checkOutput(ExportOptions options) {
        ExportFormat format;
        try {
            format = ExportFormat.of(out);
            AtomicFiles.checkWritable(out);
        } catch (IOException e) {
            throw new BadArgument("--out " + Echo.quote(out.toString()) + ": " + e.getMessage());
        }
        look.checkPixels(options, format);
    }

    private String describe(ExportOptions o) {
        ExportFormat format;
        try {
            format = ExportFormat.of(out);
        } catch (IOException e) {
            return "";
        }
        return FigureOptions.describe(format, o);
    }

    /** A bad argument; the message names it. */
    static final class BadArgument extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        BadArgument(String message) {
            super(message);
        }
    }
}
