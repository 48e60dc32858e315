package io.activationplotter.model.saturation;

import io.activationplotter.model.Activation;

/**
 * Root finding on the analytic derivative for {@link SaturationAnalysis}: every search runs until its
 * bracket is two adjacent doubles, so ends are as exact as the derivative itself.
 */
final class Roots {

    /** Enough halvings to shrink any finite bracket to adjacent doubles (the subnormal range included). */
    private static final int MAX_HALVINGS = 2200;

    /** Golden-section steps: 0.618^90 ≈ 1e-19 of the starting bracket. */
    private static final int MAX_GOLDEN_STEPS = 90;

    private static final double INV_PHI = (Math.sqrt(5) - 1) / 2;

    private final Activation f;
    private final double threshold;
    private final double[] breakpoints;

    /**
     * @param f            the function.
     * @param threshold    T.
     * @param breakpoints  sorted kinks and jumps (ends there are reported exactly at the breakpoint).
     */
    Roots(Activation f, double threshold, double[] breakpoints) {
        this.f = f;
        this.threshold = threshold;
        this.breakpoints = breakpoints;
    }

    /** @return the threshold T. */
    double threshold() {
        return threshold;
    }

    /**
     * Tells whether |f'(x)| &lt; T.
     *
     * @param x  the argument.
     * @return {@code true} if the gradient is low there (never for NaN).
     */
    boolean isLow(double x) {
        return isLowValue(f.derivative(x));
    }

    /**
     * Tells whether a derivative value is below the threshold in magnitude.
     *
     * @param d  the derivative value.
     * @return {@code true} if |d| &lt; T (never for NaN).
     */
    boolean isLowValue(double d) {
        return Math.abs(d) < threshold;
    }

    /**
     * Finds where the low set ends between a point outside it and a point inside it, by bisection to
     * adjacent doubles. Returns the last inside double, except that a breakpoint on either side of the
     * final pair is returned as is (so ReLU's region ends at exactly 0 and hardswish's at exactly −3).
     *
     * @param outside  a point with |f'| ≥ T.
     * @param inside   a point with |f'| &lt; T.
     * @return the end of the low interval.
     */
    double edge(double outside, double inside) {
        double out = outside;
        double in = inside;
        for (int i = 0; i < MAX_HALVINGS; i++) {
            double mid = out + (in - out) / 2;
            if (mid == out || mid == in) {
                break;
            }
            if (isLow(mid)) {
                in = mid;
            } else {
                out = mid;
            }
        }
        if (Grid.isBreakpoint(out, breakpoints) && !Grid.isBreakpoint(in, breakpoints)) {
            return out;
        }
        return in;
    }

    /**
     * Finds a sign change of f' between a and b (f'(a) and f'(b) of opposite signs), by bisection to
     * adjacent doubles.
     *
     * @param a  one end.
     * @param b  the other end.
     * @return of the final adjacent pair, the point with the smaller |f'|.
     */
    double zero(double a, double b) {
        double lo = a;
        double hi = b;
        boolean negativeAtLo = f.derivative(lo) < 0;
        for (int i = 0; i < MAX_HALVINGS; i++) {
            double mid = lo + (hi - lo) / 2;
            if (mid == lo || mid == hi) {
                break;
            }
            if ((f.derivative(mid) < 0) == negativeAtLo) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return Math.abs(f.derivative(lo)) <= Math.abs(f.derivative(hi)) ? lo : hi;
    }

    /**
     * Looks for a point with |f'| &lt; T in [a, b] by golden-section search on |f'|, stopping as soon as one
     * is found.
     *
     * @param a  the lower end.
     * @param b  the upper end.
     * @return a point with |f'| &lt; T, or NaN if the search found none.
     */
    double dip(double a, double b) {
        double lo = a;
        double hi = b;
        double c = hi - INV_PHI * (hi - lo);
        double d = lo + INV_PHI * (hi - lo);
        double fc = Math.abs(f.derivative(c));
        double fd = Math.abs(f.derivative(d));
        for (int i = 0; i < MAX_GOLDEN_STEPS; i++) {
            if (fc < threshold) {
                return c;
            }
            if (fd < threshold) {
                return d;
            }
            if (fc < fd) {
                hi = d;
                d = c;
                fd = fc;
                c = hi - INV_PHI * (hi - lo);
                fc = Math.abs(f.derivative(c));
            } else {
                lo = c;
                c = d;
                fc = fd;
                d = lo + INV_PHI * (hi - lo);
                fd = Math.abs(f.derivative(d));
            }
        }
        return Double.NaN;
    }
}
