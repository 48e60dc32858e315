package io.activationplotter.ui.precision;

import io.activationplotter.model.Activation;
import java.util.ArrayList;
import java.util.List;

/** Finds the x-intervals of a range where a drawn f is ±∞ or NaN, ends refined to adjacent doubles. */
final class Overflow {

    private static final int SAMPLES = 2001;
    private static final int MAX_HALVINGS = 200;

    private Overflow() {
    }

    /**
     * @param f     the function as drawn.
     * @param xMin  the range.
     * @param xMax  the range.
     * @return intervals {start, end, sign}: sign +1 for +∞, −1 for −∞, 0 for NaN (the sign at the start); an
     *         interval that runs out of the range is unbounded there (−∞ or +∞).
     */
    static List<double[]> intervals(Activation f, double xMin, double xMax) {
        List<double[]> out = new ArrayList<>();
        double step = (xMax - xMin) / (SAMPLES - 1);
        double start = Double.NaN;
        double previous = xMin;
        for (int i = 0; i < SAMPLES; i++) {
            double x = i == SAMPLES - 1 ? xMax : xMin + i * step;
            boolean bad = !Double.isFinite(f.value(x));
            if (bad && Double.isNaN(start)) {
                start = i == 0 ? Double.NEGATIVE_INFINITY : edge(f, previous, x);
            } else if (!bad && !Double.isNaN(start)) {
                out.add(interval(f, start, edge(f, x, previous)));
                start = Double.NaN;
            }
            previous = x;
        }
        if (!Double.isNaN(start)) {
            out.add(interval(f, start, Double.POSITIVE_INFINITY));
        }
        return out;
    }

    private static double[] interval(Activation f, double start, double end) {
        double v = f.value(Double.isInfinite(start) ? end : start);
        double sign = Double.isNaN(v) ? 0 : Math.signum(v);
        return new double[] {start, end, sign};
    }

    /** @return the non-finite end of the final adjacent pair between a finite point and a non-finite one. */
    private static double edge(Activation f, double finite, double bad) {
        double good = finite;
        double not = bad;
        for (int i = 0; i < MAX_HALVINGS; i++) {
            double mid = good + (not - good) / 2;
            if (mid == good || mid == not) {
                break;
            }
            if (Double.isFinite(f.value(mid))) {
                good = mid;
            } else {
                not = mid;
            }
        }
        return not;
    }
}
