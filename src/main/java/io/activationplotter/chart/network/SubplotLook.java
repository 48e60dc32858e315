package io.activationplotter.chart.network;

import io.activationplotter.chart.ChartStyle;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.XYPlot;

/**
 * The look {@link ChartStyle#apply} gives a chart's own plot, for the subplots of combined plots
 * (which it does not reach): theme colours, fonts and line widths of the style.
 */
final class SubplotLook {

    private SubplotLook() {
    }

    /**
     * Styles a subplot and its axes.
     *
     * @param plot   the subplot ({@code null} not permitted).
     * @param style  the style ({@code null} not permitted).
     */
    static void apply(XYPlot plot, ChartStyle style) {
        plot.setBackgroundPaint(style.theme().background());
        plot.setOutlinePaint(style.theme().outline());
        plot.setDomainGridlinePaint(style.theme().grid());
        plot.setRangeGridlinePaint(style.theme().grid());
        plot.setDomainGridlineStroke(style.line(1f));
        plot.setRangeGridlineStroke(style.line(1f));
        for (int i = 0; i < plot.getDomainAxisCount(); i++) {
            axis(plot.getDomainAxis(i), style);
        }
        for (int i = 0; i < plot.getRangeAxisCount(); i++) {
            axis(plot.getRangeAxis(i), style);
        }
    }

    /**
     * Styles one axis.
     *
     * @param axis   the axis ({@code null} permitted: nothing to do).
     * @param style  the style ({@code null} not permitted).
     */
    static void axis(Axis axis, ChartStyle style) {
        if (axis == null) {
            return;
        }
        axis.setTickLabelFont(style.tickFont());
        axis.setLabelFont(style.labelFont());
        axis.setTickLabelPaint(style.theme().text());
        axis.setLabelPaint(style.theme().text());
        axis.setAxisLinePaint(style.theme().outline());
        axis.setTickMarkPaint(style.theme().outline());
        axis.setAxisLineStroke(style.line(1f));
        axis.setTickMarkStroke(style.line(1f));
    }
}
