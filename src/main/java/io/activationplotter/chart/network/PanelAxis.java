package io.activationplotter.chart.network;

import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.Serializable;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnit;
import org.jfree.chart.axis.TickUnitSource;
import org.jfree.chart.ui.RectangleEdge;

/**
 * The x-axis of one small histogram panel: ticks at 1, 2 or 5 times a power of ten, never closer
 * than the step the chart chooses for the range ({@link #setClosestStep}), and further apart
 * when their labels would touch at the panel's width, so that a narrow chart shows "0" and "1" apart,
 * or only "0.5", rather than "0.51". The axis measures every label it would draw, not only those of
 * the range's ends as {@link NumberAxis} does ("0.5" is wider than "0" and "1").
 */
final class PanelAxis extends NumberAxis {

    private static final long serialVersionUID = 1L;

    /** The room left between two tick labels, in pixels at the axis' font. */
    static final double LABEL_GAP = 4;
    /** The most labels measured for one tick unit. */
    private static final int MEASURED = 64;
    /** The most steps taken above the closest one (1 to 10⁴ times it). */
    private static final int MAX_STEPS_UP = 12;

    /** Creates an axis with a fixed range (set by the chart) and a closest step of 1. */
    PanelAxis() {
        setAutoRange(false);
        setClosestStep(1);
    }

    /**
     * Sets the closest spacing of the ticks; the axis widens it to a larger step of 1, 2 or 5
     * times a power of ten where the labels need the room.
     *
     * @param step  the spacing, 1, 2 or 5 times a power of ten (positive and finite).
     */
    void setClosestStep(double step) {
        setStandardTickUnits(new Steps(step));
        setAutoTickUnitSelection(true, false);
    }

    /**
     * Chooses the closest step whose labels fit the panel's width with {@link #LABEL_GAP} between
     * them, from the closest step allowed upward; a step that leaves one tick in the range fits. If
     * the next step would leave no tick at all, the last one with a tick is kept.
     */
    @Override
    protected void selectHorizontalAutoTickUnit(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        TickUnitSource units = getStandardTickUnits();
        TickUnit unit = units.getCeilingTickUnit(0.0);
        for (int i = 0; i < MAX_STEPS_UP && !fits(g2, unit, dataArea, edge); i++) {
            TickUnit larger = units.getLargerTickUnit(unit);
            if (ticks(larger) == 0) {
                break;
            }
            unit = larger;
        }
        setTickUnit((NumberTickUnit) unit, false, false);
    }

    /** @return whether the unit's labels, every one measured, leave the gap between them. */
    private boolean fits(Graphics2D g2, TickUnit unit, Rectangle2D dataArea, RectangleEdge edge) {
        int n = ticks(unit);
        if (n <= 1) {
            return true;
        }
        FontMetrics fm = g2.getFontMetrics(getTickLabelFont());
        double step = unit.getSize();
        double first = Math.ceil(getLowerBound() / step) * step;
        double widest = 0;
        for (int i = 0; i < Math.min(n, MEASURED); i++) {
            widest = Math.max(widest, fm.stringWidth(unit.valueToString(first + i * step)));
        }
        return widest + LABEL_GAP <= lengthToJava2D(step, dataArea, edge);
    }

    /** @return the number of the unit's ticks in the range. */
    private int ticks(TickUnit unit) {
        double step = unit.getSize();
        double first = Math.ceil(getLowerBound() / step);
        double last = Math.floor(getUpperBound() / step);
        return (int) Math.max(0, Math.min(Integer.MAX_VALUE, last - first + 1));
    }

    /**
     * Returns the smallest step of 1, 2 or 5 times a power of ten at least as large as a size.
     *
     * @param size  the size (positive and finite).
     * @return the step.
     */
    static double ceiling(double size) {
        double p = Math.pow(10, Math.floor(Math.log10(size)));
        for (double m : new double[] {1, 2, 5}) {
            if (m * p >= size * (1 - 1e-9)) {
                return m * p;
            }
        }
        return 10 * p;
    }

    /** Tick units of 1, 2 or 5 times a power of ten, none below a floor. */
    private static final class Steps implements TickUnitSource, Serializable {

        private static final long serialVersionUID = 1L;

        private final double floor;

        Steps(double floor) {
            this.floor = floor > 0 && Double.isFinite(floor) ? ceiling(floor) : 1;
        }

        @Override
        public TickUnit getLargerTickUnit(TickUnit unit) {
            return getCeilingTickUnit(ceiling(Math.max(unit.getSize(), floor)) * 1.5);
        }

        @Override
        public TickUnit getCeilingTickUnit(TickUnit unit) {
            return getCeilingTickUnit(unit.getSize());
        }

        @Override
        public TickUnit getCeilingTickUnit(double size) {
            double s = size > floor && Double.isFinite(size) ? ceiling(size) : floor;
            return new NumberTickUnit(s);
        }
    }
}
