package io.activationplotter.export;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.text.TextUtils;
import org.jfree.pdf.PDFDocument;
import org.jfree.pdf.PDFGraphics2D;
import org.jfree.pdf.PDFHints;
import org.jfree.pdf.Page;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;

/** Draws a chart into SVG and PDF with the JFree writers, so the output stays vector. */
final class VectorFormats {

    private VectorFormats() {
    }

    /**
     * Draws a chart as an SVG document of width × height user units; text stays {@code <text>}.
     *
     * @param chart    the chart.
     * @param options  the size.
     * @return the document, with its XML declaration.
     */
    static String svg(JFreeChart chart, ExportOptions options) {
        SVGGraphics2D g = new SVGGraphics2D(options.width(), options.height());
        g.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_STANDARD);
        drawWithRotatedText(chart, g, new Rectangle2D.Double(0, 0, options.width(), options.height()));
        return g.getSVGDocument();
    }

    /**
     * Draws with rotated labels (the y-axis label) as rotated strings: JFreeChart's default workaround
     * draws them as glyph outlines, which in SVG would not be {@code <text>}. The switch is global in
     * JFreeChart, so it is restored afterwards (both ways draw the same picture).
     */
    private static synchronized void drawWithRotatedText(JFreeChart chart, Graphics2D g, Rectangle2D area) {
        boolean workaround = TextUtils.isUseDrawRotatedStringWorkaround();
        TextUtils.setUseDrawRotatedStringWorkaround(false);
        try {
            chart.draw(g, area);
        } finally {
            TextUtils.setUseDrawRotatedStringWorkaround(workaround);
        }
    }

    /**
     * Draws a chart on one PDF page of width × height points.
     *
     * @param chart    the chart.
     * @param options  the size.
     * @return the PDF file's bytes.
     */
    static byte[] pdf(JFreeChart chart, ExportOptions options) {
        PDFDocument doc = new PDFDocument();
        doc.setTitle(chart.getTitle() != null ? chart.getTitle().getText() : "Activation Plotter figure");
        doc.setAuthor("Activation Plotter");
        Rectangle2D bounds = new Rectangle2D.Double(0, 0, options.width(), options.height());
        Page page = doc.createPage(bounds);
        PDFGraphics2D g = page.getGraphics2D();
        // The PDF standard fonts cannot encode ′ or ≤ (they come out as "?"): draw glyph outlines instead.
        g.setRenderingHint(PDFHints.KEY_DRAW_STRING_TYPE, PDFHints.VALUE_DRAW_STRING_TYPE_VECTOR);
        Map<Marker, Paint> original = varyShadingPaints(chart.getXYPlot());
        try {
            chart.draw(g, bounds);
        } finally {
            original.forEach(Marker::setPaint);
        }
        return doc.getPDFBytes();
    }

    /**
     * Works around JFreePDF 2.0.1 dropping a fill's transparency: a marker is drawn after an alpha
     * composite, which resets the PDF alpha, and PDFGraphics2D skips re-applying a colour equal to
     * the current one, so the second of two same-coloured shadings came out nearly opaque. Giving
     * consecutive markers colours whose alpha differs by one step (of 255, invisible) makes every
     * marker re-apply its alpha.
     *
     * @return the original paints, to restore after drawing.
     */
    private static Map<Marker, Paint> varyShadingPaints(XYPlot plot) {
        Map<Marker, Paint> original = new LinkedHashMap<>();
        Collection<?> markers = plot.getDomainMarkers(Layer.BACKGROUND);
        if (markers == null) {
            return original;
        }
        int i = 0;
        for (Object o : markers) {
            Marker m = (Marker) o;
            if (i++ % 2 == 1 && m.getPaint() instanceof Color c && c.getAlpha() < 255) {
                original.put(m, c);
                int a = c.getAlpha() > 0 ? c.getAlpha() - 1 : 1;
                m.setPaint(new Color(c.getRed(), c.getGreen(), c.getBlue(), a));
            }
        }
        return original;
    }
}
