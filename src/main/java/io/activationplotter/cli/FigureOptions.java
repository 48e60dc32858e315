package io.activationplotter.cli;

import io.activationplotter.chart.ChartLook.Theme;
import io.activationplotter.chart.LegendPosition;
import io.activationplotter.cli.ExportCommand.BadArgument;
import io.activationplotter.export.ExportFormat;
import io.activationplotter.export.ExportOptions;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The options that say how a figure looks, shared by {@code export} and {@code gallery} (a picocli
 * mixin): parameters, x-range, threshold, derivatives, size, scale, theme, background and legend.
 * Each is parsed and checked by {@link ExportArgs}; a bad one throws with a message naming it.
 */
final class FigureOptions {

    @Option(names = "--param", paramLabel = "KEY=VALUE",
            description = "A parameter for every listed function that has it, e.g. negative_slope=0.1.")
    private List<String> params;

    @Option(names = "--range", paramLabel = "MIN,MAX", defaultValue = "-6,6",
            description = "The x-range (default: ${DEFAULT-VALUE}).")
    private String range;

    @Option(names = "--threshold", paramLabel = "T", defaultValue = "0.05",
            description = "Saturated where |f'| < T, 0 < T <= 1 (default: ${DEFAULT-VALUE}).")
    private String threshold;

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

    @Option(names = "--legend", paramLabel = "POS", defaultValue = "bottom",
            description = "Legend position: bottom, right, top, left or none (default: ${DEFAULT-VALUE}).")
    private String legend;

    /** @return the {@code --param} values by name (checked against the functions by the caller). */
    Map<String, Double> parameters() {
        return ParamArgs.parse(params);
    }

    /** @return the x-range, {@code {min, max}}. */
    double[] range() {
        return ExportArgs.range(range);
    }

    /** @return the saturation threshold T. */
    double threshold() {
        return ExportArgs.threshold(threshold);
    }

    /** @return whether f' is drawn. */
    boolean showDerivatives() {
        return !noDerivatives;
    }

    /** @return size, scale, theme, legend and background; the title is left to the command. */
    ExportOptions look() {
        int[] wh = ExportArgs.size(size);
        return ExportOptions.of(wh[0], wh[1]).withScale(ExportArgs.scale(scale))
                .withTheme(ExportArgs.choice("--theme", theme, Theme.values(), Theme::label))
                .withLegend(ExportArgs.choice("--legend", legend, LegendPosition.values(), LegendPosition::label))
                .withTransparent(transparent);
    }

    /**
     * Refuses a PNG larger than {@link ExportOptions#MAX_PIXELS}, naming {@code --size} and {@code --scale}.
     *
     * @param options  the options built by {@link #look()} ({@code null} not permitted).
     * @param format   the file format ({@code null} not permitted).
     */
    void checkPixels(ExportOptions options, ExportFormat format) {
        long pixels = (long) options.pixelWidth() * options.pixelHeight();
        if (format == ExportFormat.PNG && pixels > ExportOptions.MAX_PIXELS) {
            throw new BadArgument("--size " + Echo.quote(size) + " at --scale " + Echo.quote(scale) + " makes "
                    + options.pixelWidth() + "x" + options.pixelHeight() + " pixels, more than "
                    + ExportOptions.MAX_PIXELS / 1_000_000 + " million; use a smaller size or scale");
        }
    }

    /**
     * Says what a figure file holds, for the "wrote …" line.
     *
     * @param format   the file format ({@code null} not permitted).
     * @param options  size and scale ({@code null} not permitted).
     * @return for example {@code PNG, 1200x750 pixels}.
     */
    static String describe(ExportFormat format, ExportOptions options) {
        return switch (format) {
            case PNG -> "PNG, " + options.pixelWidth() + "x" + options.pixelHeight() + " pixels";
            case PDF -> "PDF, " + options.width() + "x" + options.height() + " points";
            case SVG -> "SVG, " + options.width() + "x" + options.height();
            default -> "CSV: function,x,f,df";
        };
    }
}
