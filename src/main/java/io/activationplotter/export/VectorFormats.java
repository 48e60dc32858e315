package io.activationplotter.export;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.JFreeChart;
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
        chart.draw(g, bounds);
        return doc.getPDFBytes();
    }
}
