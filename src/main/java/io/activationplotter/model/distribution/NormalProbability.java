package io.activationplotter.model.distribution;

import org.apache.commons.numbers.gamma.Erfc;

/**
 * Probabilities of intervals under a normal distribution, from the complementary error function so
 * that far tails keep their digits (P(z &gt; 10σ) = 7.6e-24, not 0 from 1 − 1).
 */
final class NormalProbability {

    private static final double SQRT_HALF = Math.sqrt(0.5);

    private NormalProbability() {
    }

    /**
     * Returns P(a &lt; z &lt; b) for z ~ N(μ, σ²).
     *
     * @param a      the lower end (may be −∞).
     * @param b      the upper end (may be +∞).
     * @param mean   μ.
     * @param std    σ &gt; 0.
     * @return the probability, in [0, 1].
     */
    static double between(double a, double b, double mean, double std) {
        if (!(a < b)) {
            return 0;
        }
        double u = (a - mean) / std;
        double v = (b - mean) / std;
        double p;
        if (u >= 0) {
            p = upper(u) - upper(v); // both in the right tail
        } else if (v <= 0) {
            p = upper(-v) - upper(-u); // both in the left tail
        } else {
            p = 1 - upper(-u) - upper(v);
        }
        return Math.max(0, Math.min(1, p));
    }

    /** @return P(t &gt; x) for t ~ N(0, 1). */
    static double upper(double x) {
        if (x == Double.POSITIVE_INFINITY) {
            return 0;
        }
        if (x == Double.NEGATIVE_INFINITY) {
            return 1;
        }
        return 0.5 * Erfc.value(x * SQRT_HALF);
    }
}
