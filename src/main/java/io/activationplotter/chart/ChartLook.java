package io.activationplotter.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;

/** Our look: white plot area, light grid, readable fonts; the same on screen and in exports. */
public final class ChartLook {

    /** Fill for hard saturation (f' = 0 exactly). */
    public static final Color HARD_FILL = new Color(230, 159, 0, 70);
    /** Fill for soft saturation (f' → 0 only in the limit). */
    public static final Color SOFT_FILL = new Color(86, 180, 233, 60);
    /** Fill for interior low-gradient zones (not saturation). */
    public static final Color LOW_FILL = new Color(140, 140, 140, 38);

    private static final Color GRID = new Color(0xE3E3E3);
    private static final Color TEXT = new Color(0x222222);
    private static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    private static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 15);
    private static final Font LEGEND_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);

    private ChartLook() {
    }

    /**
     * Returns the stroke for a function curve.
     *
     * @param derivative  {@code true} for f' (dashed).
     * @param emphasised  {@code true} for the selected curve (thicker).
     * @return the stroke.
     */
    public static Stroke stroke(boolean derivative, boolean emphasised) {
        float width = emphasised ? 2.6f : 1.8f;
        if (!derivative) {
            return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        }
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                new float[] {7f, 5f}, 0f);
    }

    /**
     * Applies the look to a chart with an {@link XYPlot}.
     *
     * @param chart  the chart ({@code null} not permitted).
     */
    public static void apply(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlinePaint(new Color(0xBBBBBB));
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setDomainGridlineStroke(new BasicStroke(1f));
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setDomainZeroBaselineVisible(true);
        plot.setRangeZeroBaselineVisible(true);
        plot.setDomainZeroBaselinePaint(new Color(0x999999));
        plot.setRangeZeroBaselinePaint(new Color(0x999999));
        styleAxis((NumberAxis) plot.getDomainAxis());
        styleAxis((NumberAxis) plot.getRangeAxis());
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(LEGEND_FONT);
            legend.setItemPaint(TEXT);
            legend.setBackgroundPaint(Color.WHITE);
            legend.setFrame(new org.jfree.chart.block.BlockBorder(Color.WHITE));
            legend.setPosition(RectangleEdge.BOTTOM);
        }
    }

    private static void styleAxis(NumberAxis axis) {
        axis.setTickLabelFont(TICK_FONT);
        axis.setLabelFont(LABEL_FONT);
        axis.setTickLabelPaint(TEXT);
        axis.setLabelPaint(TEXT);
        axis.setAxisLinePaint(new Color(0xBBBBBB));
    }
}
