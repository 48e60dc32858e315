package io.activationplotter.model.softmax;

/**
 * Softmax with a temperature, computed stably: the largest scaled logit is subtracted before
 * exponentiating, so logits like 1000 neither overflow nor lose the distribution.
 */
public final class Softmax {

    private Softmax() {
    }

    /**
     * Returns softmax(logits / temperature).
     *
     * @param logits       the logits (at least one, all finite; {@code null} not permitted).
     * @param temperature  the temperature (finite, &gt; 0).
     * @return the probabilities (non-negative, summing to 1 up to rounding).
     */
    public static double[] probabilities(double[] logits, double temperature) {
        check(logits, temperature);
        double max = max(logits);
        double[] p = new double[logits.length];
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            p[i] = Math.exp((logits[i] - max) / temperature);
            sum += p[i];
        }
        for (int i = 0; i < p.length; i++) {
            p[i] /= sum;
        }
        return p;
    }

    /**
     * Returns log(sum exp(logits / temperature)) without overflow.
     *
     * @param logits       the logits (at least one, all finite; {@code null} not permitted).
     * @param temperature  the temperature (finite, &gt; 0).
     * @return the log-sum-exp.
     */
    public static double logSumExp(double[] logits, double temperature) {
        check(logits, temperature);
        double max = max(logits);
        double sum = 0;
        for (double l : logits) {
            sum += Math.exp((l - max) / temperature);
        }
        return max / temperature + Math.log(sum);
    }

    /**
     * Returns softmax([x, z] / τ)[0] = sigmoid((x - z) / τ), the one-dimensional slice.
     *
     * @param x            the first logit.
     * @param z            the second logit.
     * @param temperature  the temperature (finite, &gt; 0).
     * @return the probability of the first class.
     */
    public static double pair(double x, double z, double temperature) {
        double t = (x - z) / temperature;
        if (t >= 0) {
            return 1 / (1 + Math.exp(-t));
        }
        double e = Math.exp(t);
        return e / (1 + e);
    }

    /**
     * Returns d/dx of {@link #pair(double, double, double)}: p (1 - p) / τ, with 1 - p computed
     * without cancellation.
     *
     * @param x            the first logit.
     * @param z            the second logit.
     * @param temperature  the temperature (finite, &gt; 0).
     * @return the derivative.
     */
    public static double pairDerivative(double x, double z, double temperature) {
        return pair(x, z, temperature) * pair(z, x, temperature) / temperature;
    }

    private static double max(double[] logits) {
        double m = Double.NEGATIVE_INFINITY;
        for (double l : logits) {
            m = Math.max(m, l);
        }
        return m;
    }

    private static void check(double[] logits, double temperature) {
        if (logits.length == 0) {
            throw new IllegalArgumentException("softmax needs at least one logit");
        }
        if (!(temperature > 0) || Double.isInfinite(temperature)) {
            throw new IllegalArgumentException("temperature must be finite and > 0");
        }
        for (double l : logits) {
            if (!Double.isFinite(l)) {
                throw new IllegalArgumentException("logits must be finite");
            }
        }
    }
}
