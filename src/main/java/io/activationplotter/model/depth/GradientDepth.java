package io.activationplotter.model.depth;

import io.activationplotter.model.Activation;

/**
 * How a gradient fares through n stacked layers of one activation: the factor |f'(x)|^n that the
 * activations alone contribute, and its worst case over x, (max |f'|)^n.
 */
public final class GradientDepth {

    /** The values below which {@link #factor(Activation, double, int)} reports this floor. */
    public static final double FLOOR = 1e-300;
    private static final double REACH = 64;
    private static final double STEP = 1.0 / 64;
    private static final double[] FAR = {-1e3, -1e6, 1e3, 1e6};

    private GradientDepth() {
    }

    /**
     * Returns the supremum of |f'(x)| over the reals, found on a grid over [-64, 64] (with the kinks
     * and far points ±1e3, ±1e6), then refined by golden-section search around the best grid point.
     *
     * @param f  the activation ({@code null} not permitted).
     * @return max |f'(x)| (0 for a constant function).
     */
    public static double maxAbsDerivative(Activation f) {
        double best = 0;
        double bestX = 0;
        int n = (int) Math.round(2 * REACH / STEP);
        for (int i = 0; i <= n; i++) {
            double x = -REACH + i * STEP;
            double d = slope(f, x);
            if (d > best) {
                best = d;
                bestX = x;
            }
        }
        for (double k : f.kinks()) {
            for (double x : new double[] {Math.nextDown(k), k, Math.nextUp(k), k - 1e-9, k + 1e-9}) {
                best = Math.max(best, slope(f, x));
            }
        }
        for (double x : FAR) {
            best = Math.max(best, slope(f, x));
        }
        return Math.max(best, refine(f, bestX - STEP, bestX + STEP));
    }

    /**
     * Returns |f'(x)|^n, or {@link #FLOOR} when that is smaller (including exact zeros).
     *
     * @param f       the activation ({@code null} not permitted).
     * @param x       the input.
     * @param layers  the number of layers (at least 1).
     * @return the factor, at least {@link #FLOOR}.
     */
    public static double factor(Activation f, double x, int layers) {
        return floored(Math.pow(slope(f, x), layers));
    }

    /**
     * Returns (max |f'|)^n, the largest factor any single input can get through n layers.
     *
     * @param maxSlope  max |f'|, from {@link #maxAbsDerivative(Activation)}.
     * @param layers    the number of layers (at least 1).
     * @return the power (may be 0 or +inf; not floored).
     */
    public static double worstCase(double maxSlope, int layers) {
        return Math.pow(maxSlope, layers);
    }

    private static double floored(double v) {
        return v >= FLOOR ? v : FLOOR;
    }

    private static double slope(Activation f, double x) {
        double d = Math.abs(f.derivative(x));
        return Double.isNaN(d) ? 0 : d;
    }

    /** Golden-section search for the largest |f'| on [a, b]; returns the largest value seen. */
    private static double refine(Activation f, double a, double b) {
        final double g = (Math.sqrt(5) - 1) / 2;
        double lo = a;
        double hi = b;
        double c = hi - g * (hi - lo);
        double d = lo + g * (hi - lo);
        double fc = slope(f, c);
        double fd = slope(f, d);
        double best = Math.max(fc, fd);
        for (int i = 0; i < 100 && hi - lo > 1e-12; i++) {
            if (fc >= fd) {
                hi = d;
                d = c;
                fd = fc;
                c = hi - g * (hi - lo);
                fc = slope(f, c);
            } else {
                lo = c;
                c = d;
                fc = fd;
                d = lo + g * (hi - lo);
                fd = slope(f, d);
            }
            best = Math.max(best, Math.max(fc, fd));
        }
        return best;
    }
}
