package io.activationplotter.cli;

import io.activationplotter.chart.ChartLook.Theme;
import io.activationplotter.chart.Curve;
import io.activationplotter.chart.FigureSpec;
import io.activationplotter.chart.LegendPosition;
import io.activationplotter.cli.ExportCommand.BadArgument;
import io.activationplotter.export.AtomicFiles;
import io.activationplotter.export.ExportFormat;
import io.activationplotter.export.ExportOptions;
import io.activationplotter.model.ActivationType;
import io.activationplotter.model.Catalogue;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
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
 * {@code gallery}: writes one figure per function, each the one {@code export --function NAME} would
 * write with the same options, and an {@code index.html} showing them all, in one process. The
 * arguments are parsed and checked by {@link ExportArgs}, as {@code export}'s are, and all of them
 * before anything is written.
 */
@Command(name = "gallery", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Writes DIR/NAME.png (.svg, .pdf) for each function and DIR/index.html showing them all.",
            "Each figure is the one 'export --function NAME' writes with the same options."},
        footer = {"", "Examples:",
            "  gallery --size 1600x1000 --out figures",
            "  gallery --function sigmoid,tanh,relu --format svg --theme dark --out figures"})
public final class GalleryCommand implements Callable<Integer> {

    @Spec
    private CommandSpec command;

    @Option(names = "--function", split = ",", paramLabel = "NAME",
            description = "A function to draw (repeat or separate with commas; default: the whole catalogue).")
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

    @Option(names = "--no-shading", description = "No saturated regions shaded.")
    private boolean noShading;

    @Option(names = "--no-derivatives", description = "Draw f only, not f'.")
    private boolean noDerivatives;

    @Option(names = "--format", paramLabel = "png|svg|pdf", defaultValue = "png",
            description = "The file format (default: ${DEFAULT-VALUE}).")
    private String format;

    @Option(names = "--size", paramLabel = "WxH", defaultValue = "1200x750",
            description = "Width x height in pixels (points for PDF) (default: ${DEFAULT-VALUE}).")
    private String size;

    @Option(names = "--scale", paramLabel = "S", defaultValue = "1",
            description = "PNG pixel density: 1, 2 or 3 (up to 4) (default: ${DEFAULT-VALUE}).")
    private String scale;

    @Option(names = "--theme", paramLabel = "light|dark", defaultValue = "light",
            description = "The colour theme (default: ${DEFAULT-VALUE}).")
    private String theme;

    @Option(names = "--transparent", description = "No background fill.")
    private boolean transparent;

    @Option(names = "--no-title", description = "No title (default: each figure's function name).")
    private boolean noTitle;

    @Option(names = "--legend", paramLabel = "POS", defaultValue = "bottom",
            description = "Legend position: bottom, right, top, left or none (default: ${DEFAULT-VALUE}).")
    private String legend;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "The folder to write to; created if missing (its parent must exist).")
    private Path out;

    @Override
    public Integer call() {
        PrintWriter err = command.commandLine().getErr();
        List<GalleryFigures.Figure> figures;
        ExportFormat type;
        try {
            type = ExportArgs.choice("--format", format, new ExportFormat[] {ExportFormat.PNG, ExportFormat.SVG,
                ExportFormat.PDF}, ExportFormat::extension);
            figures = figures(options(), type);
            checkFolder();
            Files.createDirectories(out);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return Cli.USAGE_ERROR;
        } catch (IOException e) {
            err.println("--out '" + out + "': " + e.getMessage());
            return Cli.USAGE_ERROR;
        }
        GalleryFigures.Result result = GalleryFigures.write(figures, out, type);
        result.failures().forEach(f -> err.println("--out '" + out + "': " + f));
        if (!result.written().isEmpty() || result.failures().isEmpty()) {
            try {
                GalleryIndex.write(out.resolve(GalleryIndex.FILE_NAME), result.written(), type,
                        figures.get(0).options());
            } catch (IOException e) {
                err.println("--out '" + out + "': " + GalleryIndex.FILE_NAME + ": " + e.getMessage());
                return Cli.USAGE_ERROR;
            }
        }
        command.commandLine().getOut().println("wrote " + result.written().size() + " of " + figures.size()
                + " figures and " + GalleryIndex.FILE_NAME + " to " + out + " (" + describe(type,
                figures.get(0).options()) + ")");
        return result.failures().isEmpty() ? 0 : Cli.USAGE_ERROR;
    }

    /** One figure per function, as {@code export --function NAME} would build it with these options. */
    private List<GalleryFigures.Figure> figures(ExportOptions common, ExportFormat type) {
        Map<String, Double> values = ParamArgs.parse(params);
        List<String> names = functions != null && !functions.isEmpty() ? functions
                : Catalogue.all().stream().map(ActivationType::id).toList();
        List<String> notes = new ArrayList<>();
        ExportArgs.curves(names, values, notes); // every name and --param checked, notes for the whole list
        notes.forEach(command.commandLine().getErr()::println);
        double[] xs = ExportArgs.range(range);
        double t = ExportArgs.threshold(threshold);
        List<GalleryFigures.Figure> figures = new ArrayList<>();
        for (String name : names) {
            List<Curve> curves = ExportArgs.curves(List.of(name), values, new ArrayList<>());
            FigureSpec spec = new FigureSpec(curves, noShading ? -1 : 0, xs[0], xs[1], t, !noDerivatives);
            ExportOptions options = noTitle ? common : common.withTitle(ExportArgs.title(curves, values));
            figures.add(new GalleryFigures.Figure(curves.get(0).type(), spec, options));
        }
        checkPixels(common, type);
        return figures;
    }

    private ExportOptions options() {
        int[] wh = ExportArgs.size(size);
        ExportOptions o = ExportOptions.of(wh[0], wh[1]).withScale(ExportArgs.scale(scale))
                .withTheme(ExportArgs.choice("--theme", theme, Theme.values(), Theme::label))
                .withLegend(ExportArgs.choice("--legend", legend, LegendPosition.values(), LegendPosition::label))
                .withTransparent(transparent);
        return noTitle ? o.withoutTitle() : o;
    }

    private void checkPixels(ExportOptions options, ExportFormat type) {
        if (type == ExportFormat.PNG && (long) options.pixelWidth() * options.pixelHeight() > ExportOptions.MAX_PIXELS) {
            throw new BadArgument("--size " + size + " at --scale " + scale + " makes " + options.pixelWidth() + "x"
                    + options.pixelHeight() + " pixels, more than " + ExportOptions.MAX_PIXELS / 1_000_000
                    + " million; use a smaller size or scale");
        }
    }

    /** The folder exists and is writable, or can be made in a writable parent; nothing is written. */
    private void checkFolder() throws IOException {
        if (Files.isDirectory(out)) {
            AtomicFiles.checkWritable(out.resolve(GalleryIndex.FILE_NAME));
        } else if (Files.exists(out)) {
            throw new IOException("not a folder: " + out + " is a file");
        } else {
            AtomicFiles.checkWritable(out);
        }
    }

    private static String describe(ExportFormat type, ExportOptions o) {
        return switch (type) {
            case PNG -> "PNG, " + o.pixelWidth() + "x" + o.pixelHeight() + " pixels";
            case PDF -> "PDF, " + o.width() + "x" + o.height() + " points";
            default -> "SVG, " + o.width() + "x" + o.height();
        };
    }
}
