package io.activationplotter.chart;

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
}
