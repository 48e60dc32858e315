package io.activationplotter.chart;

import java.util.Locale;
import org.jfree.chart.ui.RectangleEdge;

/** Where the legend goes: one side of the chart, or nowhere. */
public enum LegendPosition {
    /** Below the plot, items in rows (the default). */
    BOTTOM(RectangleEdge.BOTTOM),
    /** Right of the plot, items in a column. */
    RIGHT(RectangleEdge.RIGHT),
    /** Above the plot, items in rows. */
    TOP(RectangleEdge.TOP),
    /** Left of the plot, items in a column. */
    LEFT(RectangleEdge.LEFT),
    /** No legend. */
    NONE(null);

    private final RectangleEdge edge;

    LegendPosition(RectangleEdge edge) {
        this.edge = edge;
    }

    /** @return the chart edge, or {@code null} for {@link #NONE}. */
    public RectangleEdge edge() {
        return edge;
    }

    /** @return the lower-case name used on the command line ({@code bottom}, {@code none} ...). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
