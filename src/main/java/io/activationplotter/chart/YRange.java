package io.activationplotter.chart;

import org.jfree.data.Range;

/**
 * The y-range of the activation chart, computed from the drawn values rather than left to
 * JFreeChart's auto range, which "sticks" to zero and so puts a segment at y = 0 (ReLU's left half,
 * a step, f' = 0) on the frame.
 */
public final class YRange {

    /** The margin below the lowest and above the highest drawn value, as a share of their span. */
    public static final double MARGIN = 0.08;

    private YRange() {
    }

    /**
     * Returns the y-range for the drawn curves: from the lowest to the highest finite value of every
     * visible series, widened by {@link #MARGIN} of the span on both sides. A flat set of curves gets
     * ±max(0.5, 10% of its value); no finite value at all gets -1 to 1.
     *
     * @param data         the dataset, series 2i is f and 2i+1 is f' ({@code null} not permitted).
     * @param derivatives  whether the f' series are drawn.
     * @return the range (of positive length).
     */
    public static Range of(CurveDataset data, boolean derivatives) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int s = 0; s < data.getSeriesCount(); s++) {
            if (s % 2 == 1 && !derivatives) {
                continue;
            }
            for (int i = 0; i < data.getItemCount(s); i++) {
                double y = data.getYValue(s, i);
                if (Double.isFinite(y)) {
                    lo = Math.min(lo, y);
                    hi = Math.max(hi, y);
                }
            }
        }
        return lo > hi ? new Range(-1, 1) : around(lo, hi);
    }

    /**
     * Returns the range shown for drawn values from {@code lo} to {@code hi}.
     *
     * @param lo  the lowest finite value.
     * @param hi  the highest finite value (not less than {@code lo}).
     * @return the range (of positive length).
     */
    public static Range around(double lo, double hi) {
        double mid = lo / 2 + hi / 2;
        double span = hi - lo;
        double[] r = span <= 1e-10 * Math.max(1, Math.abs(mid))
                ? new double[] {mid - Math.max(0.5, 0.1 * Math.abs(mid)), mid + Math.max(0.5, 0.1 * Math.abs(mid))}
                : new double[] {lo - MARGIN * span, hi + MARGIN * span};
        if (!Double.isFinite(r[0]) || !Double.isFinite(r[1])) {
            // values near ±Double.MAX_VALUE: no room for a margin
            if (lo < hi) {
                return new Range(lo, hi);
            }
            return hi < Double.MAX_VALUE ? new Range(lo, Math.nextUp(hi)) : new Range(Math.nextDown(lo), hi);
        }
        return new Range(r[0], r[1]);
    }
}
