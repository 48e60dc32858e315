package io.activationplotter.export;

import io.activationplotter.chart.ActivationChart;
import io.activationplotter.chart.FigureSpec;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;

/** Writes a chart to a file, the format following the file extension; every write is atomic. */
public final class ChartExporter {

    private ChartExporter() {
    }

    /**
     * Exports the figure described by a spec: a fresh chart is built from it and rendered at the
     * requested size (not a screenshot), so it shows the same functions, range, shading and legend.
     *
     * @param spec     what to draw ({@code null} not permitted).
     * @param target   the file; its extension chooses the format.
     * @param options  size and scale.
     * @throws IOException if the format is unknown or the write fails (the target is then untouched).
     */
    public static void export(FigureSpec spec, Path target, ExportOptions options) throws IOException {
        ActivationChart ac = new ActivationChart();
        int pixels = (int) Math.ceil(options.width() * options.scale());
        ac.update(spec, Math.max(ActivationChart.DEFAULT_SAMPLES, pixels));
        export(ac.getChart(), target, options);
    }

    /**
     * Exports a chart, rendered at the requested size (not a screenshot).
     *
     * @param chart    the chart ({@code null} not permitted).
     * @param target   the file; its extension chooses the format.
     * @param options  size and scale.
     * @throws IOException if the format is unknown or the write fails (the target is then untouched).
     */
    public static void export(JFreeChart chart, Path target, ExportOptions options) throws IOException {
        String name = target.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".png")) {
            BufferedImage image = renderPng(chart, options);
            AtomicFiles.write(target, out -> {
                if (!ImageIO.write(image, "png", out)) {
                    throw new IOException("no PNG writer available");
                }
            });
        } else {
            throw new IOException("unsupported file type: " + target.getFileName() + " (use .png)");
        }
    }

    /**
     * Renders a chart to an image of width·scale by height·scale pixels.
     *
     * @param chart    the chart.
     * @param options  size and scale.
     * @return the image.
     */
    public static BufferedImage renderPng(JFreeChart chart, ExportOptions options) {
        int w = (int) Math.round(options.width() * options.scale());
        int h = (int) Math.round(options.height() * options.scale());
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.scale(options.scale(), options.scale());
            chart.draw(g, new Rectangle2D.Double(0, 0, options.width(), options.height()));
        } finally {
            g.dispose();
        }
        return image;
    }
}
