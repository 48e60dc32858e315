package io.activationplotter.chart;

import org.jfree.chart.JFreeChart;

/** A chart that takes its whole look from a {@link ChartStyle}. */
public interface Styleable {

    /** @return the style in use ({@link ChartStyle#DEFAULT} until changed). */
    ChartStyle getStyle();

    /**
     * Restyles the chart (background, text, grid, fonts, line widths and curve colours) with one
     * chart change event.
     *
     * @param style  the style ({@code null} not permitted).
     */
    void setStyle(ChartStyle style);

    /**
     * Makes changes to a chart with its notification off, so they cost one change event (one redraw).
     *
     * @param chart   the chart ({@code null} not permitted).
     * @param change  the changes ({@code null} not permitted).
     */
    static void inOneEvent(JFreeChart chart, Runnable change) {
        boolean was = chart.isNotify();
        chart.setNotify(false);
        try {
            change.run();
        } finally {
            chart.setNotify(was);
        }
    }
}
