package io.activationplotter.cli;

import io.activationplotter.chart.ChartLook.Theme;
import io.activationplotter.chart.Curve;
import io.activationplotter.chart.FigureSpec;
import io.activationplotter.chart.LegendPosition;
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

    @Option(names = "--function", required = true, split = ",", paramLabel = "NAME",
            description = "A function to plot (repeat or separate with commas), e.g. sigmoid, leaky_relu.")
    private List<String> functions;

    @Option(names = "--param", paramLabel = "KEY=VALUE",
            description = "A parameter for every listed function that has it, e.g. negative_slope=0.1.")
    private List<String> params;

    @Option(names = "--range", paramLabel = "MIN,MAX", defaultValue = "-6,6",
            description = "The x-range (default: ${DEFAULT-VALUE}).")
    private String range;

    @Option(names = "--threshold", paramLabel = "T", defaultValue = "0.05",
            description = "Saturated where |f'| < T, 0 < T <= 1 (default: ${DEFAULT-VALUE}).")
    private String threshold;

    @Option(names = "--select", paramLabel = "NAME",
            description = "The function whose saturation is shaded (default: the first; 'none' for no shading).")
    private String select;

    @Option(names = "--no-derivatives", description = "Draw f only, not f'.")
    private boolean noDerivatives;

    @Option(names = "--size", paramLabel = "WxH", defaultValue = "1200x750",
            description = "Width x height in pixels (points for PDF) (default: ${DEFAULT-VALUE}).")
    private String size;

    @Option(names = "--scale", paramLabel = "S", defaultValue = "1",
            description = "PNG pixel density: 1, 2 or 3 (up to 4) (default: ${DEFAULT-VALUE}).")
    private String scale;

    @Option(names = "--theme", paramLabel = "light|dark", defaultValue = "light",
            description = "The colour theme (default: ${DEFAULT-VALUE}).")
    private String theme;

    @Option(names = "--transparent", description = "No background fill (PNG, SVG, PDF).")
    private boolean transparent;

    @Option(names = "--title", paramLabel = "TEXT",
            description = "The title (default: the function names with the parameters given).")
    private String title;

    @Option(names = "--no-title", description = "No title.")
    private boolean noTitle;

    @Option(names = "--legend", paramLabel = "POS", defaultValue = "bottom",
            description = "Legend position: bottom, right, top, left or none (default: ${DEFAULT-VALUE}).")
    private String legend;

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
        Map<String, Double> values = ParamArgs.parse(params);
        List<String> notes = new ArrayList<>();
        List<Curve> curves = ExportArgs.curves(functions, values, notes);
        notes.forEach(n -> command.commandLine().getErr().println(Echo.line(n)));
        automaticTitle = ExportArgs.title(curves, values);
        double[] xs = ExportArgs.range(range);
        double t = ExportArgs.threshold(threshold);
        int selected = ExportArgs.selected(select, curves);
        return new FigureSpec(curves, selected, xs[0], xs[1], t, !noDerivatives);
    }

    private ExportOptions options() {
        if (noTitle && title != null) {
            throw new BadArgument("--title and --no-title cannot be used together");
        }
        int[] wh = ExportArgs.size(size);
        ExportOptions o = ExportOptions.of(wh[0], wh[1]).withScale(ExportArgs.scale(scale))
                .withTheme(ExportArgs.choice("--theme", theme, Theme.values(), Theme::label))
                .withLegend(ExportArgs.choice("--legend", legend, LegendPosition.values(), LegendPosition::label))
                .withTransparent(transparent);
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
        long pixels = (long) options.pixelWidth() * options.pixelHeight();
        if (format == ExportFormat.PNG && pixels > ExportOptions.MAX_PIXELS) {
            throw new BadArgument("--size " + Echo.quote(size) + " at --scale " + Echo.quote(scale) + " makes " + options.pixelWidth() + "x"
                    + options.pixelHeight() + " pixels, more than " + ExportOptions.MAX_PIXELS / 1_000_000
                    + " million; use a smaller size or scale");
        }
    }

    private String describe(ExportOptions o) {
        ExportFormat format;
        try {
            format = ExportFormat.of(out);
        } catch (IOException e) {
            return "";
        }
        switch (format) {
            case PNG:
                return "PNG, " + o.pixelWidth() + "x" + o.pixelHeight() + " pixels";
            case PDF:
                return "PDF, " + o.width() + "x" + o.height() + " points";
            case SVG:
                return "SVG, " + o.width() + "x" + o.height();
            default:
                return "CSV: function,x,f,df";
        }
    }

    /** A bad argument; the message names it. */
    static final class BadArgument extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        BadArgument(String message) {
            super(message);
        }
    }
}
