package io.activationplotter.cli;

import io.activationplotter.chart.Curve;
import io.activationplotter.chart.FigureSpec;
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
import picocli.CommandLine.Mixin;
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

    @Mixin
    private FigureOptions look;

    @Option(names = "--no-shading", description = "No saturated regions shaded.")
    private boolean noShading;

    @Option(names = "--format", paramLabel = "png|svg|pdf", defaultValue = "png",
            description = "The file format (default: ${DEFAULT-VALUE}).")
    private String format;

    @Option(names = "--no-title", description = "No title (default: each figure's function name).")
    private boolean noTitle;

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
                + " figures and " + GalleryIndex.FILE_NAME + " to " + out + " (" + FigureOptions.describe(type,
                figures.get(0).options()) + ")");
        return result.failures().isEmpty() ? 0 : Cli.USAGE_ERROR;
    }

    /** One figure per function, as {@code export --function NAME} would build it with these options. */
    private List<GalleryFigures.Figure> figures(ExportOptions common, ExportFormat type) {
        Map<String, Double> values = look.parameters();
        List<String> names = functions != null && !functions.isEmpty() ? functions
                : Catalogue.all().stream().map(ActivationType::id).toList();
        List<String> notes = new ArrayList<>();
        ExportArgs.curves(names, values, notes); // every name and --param checked, notes for the whole list
        notes.forEach(command.commandLine().getErr()::println);
        double[] xs = look.range();
        double t = look.threshold();
        List<GalleryFigures.Figure> figures = new ArrayList<>();
        for (String name : names) {
            List<Curve> curves = ExportArgs.curves(List.of(name), values, new ArrayList<>());
            FigureSpec spec = new FigureSpec(curves, noShading ? -1 : 0, xs[0], xs[1], t, look.showDerivatives());
            ExportOptions options = noTitle ? common : common.withTitle(ExportArgs.title(curves, values));
            figures.add(new GalleryFigures.Figure(curves.get(0).type(), spec, options));
        }
        look.checkPixels(common, type);
        return figures;
    }

    private ExportOptions options() {
        ExportOptions o = look.look();
        return noTitle ? o.withoutTitle() : o;
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
}
