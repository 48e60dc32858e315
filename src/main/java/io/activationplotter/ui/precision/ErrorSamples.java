package io.activationplotter.ui.precision;

import io.activationplotter.model.Activation;
import io.activationplotter.model.precision.FloatFormat;
import io.activationplotter.model.precision.NaiveError;

/**
 * The naive formula's error in ulps along a range, at points rounded to the format.
 *
 * @param x           the points (values of the format).
 * @param valueUlps   f's error at each point (NaN where undefined, +∞ where the naive f is not finite).
 * @param slopeUlps   f''s error at each point.
 */
record ErrorSamples(double[] x, double[] valueUlps, double[] slopeUlps) {

    /** @return no samples. */
    static ErrorSamples empty() {
        return new ErrorSamples(new double[0], new double[0], new double[0]);
    }

    /**
     * @param exact    the exact function.
     * @param naive    the naive formula in the format.
     * @param format   the format.
     * @param xMin     the range.
     * @param xMax     the range.
     * @param samples  the number of points (at least 2).
     * @return the errors.
     */
    static ErrorSamples of(Activation exact, Activation naive, FloatFormat format, double xMin, double xMax,
            int samples) {
        double[] x = new double[samples];
        double[] ev = new double[samples];
        double[] ed = new double[samples];
        for (int i = 0; i < samples; i++) {
            double xi = format.round(xMin + (xMax - xMin) * i / (samples - 1));
            x[i] = xi;
            ev[i] = NaiveError.ulps(naive.value(xi), exact.value(xi), format);
            ed[i] = NaiveError.ulps(naive.derivative(xi), exact.derivative(xi), format);
        }
        return new ErrorSamples(x, ev, ed);
    }

    /** @return the largest error of f (0 when none; +∞ if the naive f overflows where f does not). */
    double maxValue() {
        return max(valueUlps);
    }

    /** @return the largest error of f'. */
    double maxSlope() {
        return max(slopeUlps);
    }

    private static double max(double[] v) {
        double m = 0;
        for (double d : v) {
            if (d > m) {
                m = d;
            }
        }
        return m;
    }
}
