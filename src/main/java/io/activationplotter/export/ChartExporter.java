package io.activationplotter.export;

import io.activationplotter.chart.ActivationChart;
import io.activationplotter.chart.ChartLabels;
import io.activationplotter.chart.ChartLook;
import io.activationplotter.chart.Curve;
import io.activationplotter.chart.FigureSpec;
import io.activationplotter.model.ActivationType;
import io.activationplotter.model.Catalogue;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.JFreeChart;

/**
 * Writes a figure to a file, the format following the file extension (.png, .svg, .pdf, .csv);
 * every write is atomic, and a failure leaves no file behind.
 */
public final class ChartExporter {

    private ChartExporter() {
    }

    /**
     * Exports the figure described by a spec: a fresh chart is built from it with the options' theme,
     * title and legend and rendered at the requested size (not a screenshot), so it shows the same
     * functions, range, shading and legend as the chart on screen.
     *
     * @param spec     what to draw ({@code null} not permitted).
     * @param target   the file; its extension chooses the format.
     * @param options  size, scale and look ({@code null} not permitted).
     * @throws IOException if the extension is unknown (the message lists the supported ones) or the
     *     write fails (the message says why); the target is then untouched. Running out of memory is a
     *     {@link NotEnoughMemoryException}.
     */
    public static void export(FigureSpec spec, Path target, ExportOptions options) throws IOException {
        write(target, encode(spec, target, options), options);
    }

    /**
     * Writes what {@link #encode(FigureSpec, Path, ExportOptions)} returned, atomically.
     *
     * @param target   the file ({@code null} not permitted).
     * @param content  its content ({@code null} not permitted).
     * @param options  the options it was encoded with, for the message if memory runs out.
     * @throws IOException if the write fails (the target is then untouched); running out of memory on the
     *     way (the direct buffer a large file is written through) is a {@link NotEnoughMemoryException}.
     */
    public static void write(Path target, byte[] content, ExportOptions options) throws IOException {
        try {
            AtomicFiles.write(target, out -> out.write(content));
        } catch (OutOfMemoryError e) {
            throw notEnoughMemory(ExportFormat.of(target), options, e);
        }
    }

    /**
     * What {@link #export(FigureSpec, Path, ExportOptions)} writes, built and encoded in memory without
     * writing it, after the same check that the target could be written; the caller writes it with
     * {@link #write(Path, byte[], ExportOptions)}, for example on another thread while the next figure
     * is drawn.
     *
     * @param spec     what to draw ({@code null} not permitted).
     * @param target   the file it is for; its extension chooses the format.
     * @param options  size, scale and look ({@code null} not permitted).
     * @return the file's content.
     * @throws IOException as {@link #export(FigureSpec, Path, ExportOptions)} does, except for the write.
     */
    public static byte[] encode(FigureSpec spec, Path target, ExportOptions options) throws IOException {
        return encode(spec, target, options, Runtime.getRuntime().availableProcessors());
    }

    /**
     * As {@link #encode(FigureSpec, Path, ExportOptions)}, with a PNG deflated on at most {@code threads}
     * threads: a caller drawing several figures at once on all cores passes 1, so the encoder starts no
     * threads of its own to compete with the other figures.
     *
     * @param spec     what to draw ({@code null} not permitted).
     * @param target   the file it is for; its extension chooses the format.
     * @param options  size, scale and look ({@code null} not permitted).
     * @param threads  the most threads a PNG's encoding may use, at least 1.
     * @return the file's content.
     * @throws IOException as {@link #encode(FigureSpec, Path, ExportOptions)} does.
     */
    public static byte[] encode(FigureSpec spec, Path target, ExportOptions options, int threads)
            throws IOException {
        Objects.requireNonNull(spec, "spec");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        ExportFormat format = ExportFormat.of(target);
        AtomicFiles.checkWritable(target);
        try {
            JFreeChart chart = chartFor(spec, options).getChart();
            return format == ExportFormat.PNG ? PngEncoder.encode(renderPng(chart, options), threads)
                    : encode(chart, format, options);
        } catch (OutOfMemoryError e) {
            throw notEnoughMemory(format, options, e);
        }
    }

    /**
     * Exports a chart as it is: only the size and scale of the options are used. For CSV the chart's
     * dataset must hold f and f' series in pairs, as {@link ActivationChart}'s does.
     *
     * @param chart    the chart ({@code null} not permitted).
     * @param target   the file; its extension chooses the format.
     * @param options  size and scale ({@code null} not permitted).
     * @throws IOException if the format is unknown or the write fails (the target is then untouched);
     *     running out of memory is a {@link NotEnoughMemoryException}.
     */
    public static void export(JFreeChart chart, Path target, ExportOptions options) throws IOException {
        ExportFormat format = ExportFormat.of(target);
        AtomicFiles.checkWritable(target);
        byte[] content;
        try {
            content = encode(chart, format, options);
        } catch (OutOfMemoryError e) {
            throw notEnoughMemory(format, options, e);
        }
        write(target, content, options);
    }

    /**
     * The failure of an export that ran out of memory anywhere on its path (samples, image, drawing, PNG
     * strips, SVG or PDF document): by then everything it allocated is garbage, and no file was written.
     */
    private static NotEnoughMemoryException notEnoughMemory(ExportFormat format, ExportOptions options,
            OutOfMemoryError e) {
        return format == ExportFormat.PNG
                ? new NotEnoughMemoryException(options.pixelWidth(), options.pixelHeight(), e)
                : new NotEnoughMemoryException(options.width(), options.height(), e);
    }

    /**
     * Draws and encodes a one-function thumbnail, so that the classes, fonts and code paths of a PNG
     * export are loaded and initialised; see {@link ExportWarmUp}.
     */
    static void warmUp() {
        try {
            ActivationType sigmoid = Catalogue.find("sigmoid").orElseThrow();
            FigureSpec spec = new FigureSpec(List.of(new Curve(sigmoid, sigmoid.createDefault())), 0, -6, 6, 0.05,
                    true);
            ExportOptions thumbnail = ExportOptions.of(160, 100);
            ActivationChart chart = chartFor(spec, thumbnail);
            PngEncoder.encode(renderPng(chart.getChart(), thumbnail));
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            // only a warm-up (on its own thread, beside an export that may fill the heap): the export
            // itself reports any real problem
        }
    }

    /**
     * Builds the chart an export draws: the spec sampled at least once per output pixel, with the
     * options' theme, background, title and legend.
     *
     * @param spec     what to draw ({@code null} not permitted).
     * @param options  the look ({@code null} not permitted).
     * @return a new chart, not shared with any view.
     */
    public static ActivationChart chartFor(FigureSpec spec, ExportOptions options) {
        return chartFor(spec, options, ChartLabels.ENGLISH);
    }

    /**
     * Builds the chart an export draws, with the words of a language (the app's exports use the
     * language on screen; the command line stays English).
     *
     * @param spec     what to draw ({@code null} not permitted).
     * @param options  the look ({@code null} not permitted).
     * @param labels   the words on the chart ({@code null} not permitted).
     * @return a new chart, not shared with any view.
     */
    public static ActivationChart chartFor(FigureSpec spec, ExportOptions options, ChartLabels labels) {
        ActivationChart ac = new ActivationChart();
        ac.setLabels(labels); // before the background is cleared: restyling paints the backgrounds again
        ac.setTheme(options.theme());
        ac.setLegendPosition(options.legend());
        ac.update(spec, Math.max(ActivationChart.DEFAULT_SAMPLES, options.pixelWidth()));
        if (options.showTitle()) {
            ac.setTitle(options.title() != null ? options.title() : ActivationChart.defaultTitle(spec));
        }
        if (options.transparent()) {
            ChartLook.clearBackgrounds(ac.getChart());
        }
        return ac;
    }

    /** The file's content, encoded in memory, so a write failure (disk full) is reported as itself. */
    private static byte[] encode(JFreeChart chart, ExportFormat format, ExportOptions options) throws IOException {
        return switch (format) {
            case PNG -> PngEncoder.encode(renderPng(chart, options));
            case SVG -> VectorFormats.svg(chart, options).getBytes(StandardCharsets.UTF_8);
            case PDF -> VectorFormats.pdf(chart, options);
            default -> CsvData.csv(chart.getXYPlot().getDataset()).getBytes(StandardCharsets.UTF_8);
        };
    }

    /**
     * Renders a chart to an image of width·scale by height·scale pixels, with an alpha channel so a
     * chart without background stays transparent.
     *
     * @param chart    the chart ({@code null} not permitted).
     * @param options  size and scale ({@code null} not permitted).
     * @return the image.
     * @throws IOException if the image has more than {@link ExportOptions#MAX_PIXELS} pixels, or
     *     {@link NotEnoughMemoryException} if it or its drawing does not fit in memory.
     */
    public static BufferedImage renderPng(JFreeChart chart, ExportOptions options) throws IOException {
        int w = options.pixelWidth();
        int h = options.pixelHeight();
        if ((long) w * h > ExportOptions.MAX_PIXELS) {
            throw new IOException("image too large: " + w + "x" + h + " pixels (at most "
                    + ExportOptions.MAX_PIXELS / 1_000_000 + " million); use a smaller size or scale");
        }
        try {
            return draw(chart, options, new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB));
        } catch (OutOfMemoryError e) {
            throw new NotEnoughMemoryException(w, h, e);
        }
    }

    private static BufferedImage draw(JFreeChart chart, ExportOptions options, BufferedImage image) {
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.scale(options.scale(), options.scale());
            chart.draw(g, new Rectangle2D.Double(0, 0, options.width(), options.height()));
        } finally {
            g.dispose();
        }
        return image;
    }
}
