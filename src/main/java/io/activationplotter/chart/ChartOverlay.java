package io.activationplotter.chart;

import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.XYPlot;

/**
 * Extra markings an {@link ActivationChart} draws after its own shading and legend, in the same chart
 * change event (the precision lens's underflow tails and overflow marks).
 */
public interface ChartOverlay {

    /** Draws nothing. */
    ChartOverlay NONE = new ChartOverlay() {
        @Override
        public void shade(XYPlot plot, ChartStyle style, double lo, double hi) {
        }

        @Override
        public void legend(LegendItemCollection items, ChartStyle style) {
        }
    };

    /**
     * Adds markers to the plot; the chart has just cleared its domain markers and added its own.
     *
     * @param plot   the plot ({@code null} not permitted).
     * @param style  the chart's style.
     * @param lo     the lowest x worth marking (unbounded intervals are clipped there).
     * @param hi     the highest x worth marking.
     */
    void shade(XYPlot plot, ChartStyle style, double lo, double hi);

    /**
     * Appends legend entries after the chart's own.
     *
     * @param items  the legend ({@code null} not permitted).
     * @param style  the chart's style.
     */
    void legend(LegendItemCollection items, ChartStyle style);
}
