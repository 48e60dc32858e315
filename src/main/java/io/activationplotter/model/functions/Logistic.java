package io.activationplotter.model.functions;

/**
 * Logistic sigmoid helpers shared by the sigmoid family, computed without cancellation in the tails.
 * <p>
 * All functions use {@link StrictMath} so results are the same bits on every JVM.
 */
final class Logistic {

    /**
     * Past this |z| the SiLU derivative rounds to its limit: (z − 1)e^−z &lt; 2^−54 from z ≈ 42, and
     * (1 + z)e^z underflows to −0.0 below z ≈ −752.
     */
    static final double SWISH_FLAT = 800.0;

    /** Below this z, e^z is subnormal: the SiLU derivative is then taken as −e^(z + ln(−1 − z)). */
    private static final double SUBNORMAL_EXP = -708.0;

    private Logistic() {
    }

    /**
     * x·σ(z), the gate of SiLU and Swish (z = βx), with the limit −0.0 at x = −∞ where the product
     * would be −∞·0 = NaN.
     *
     * @param x  the argument.
     * @param z  the sigmoid's argument, βx.
     * @return x·σ(z).
     */
    static double gated(double x, double z) {
        if (x == Double.NEGATIVE_INFINITY) {
            return -0.0;
        }
        return x * sigmoid(z);
    }

    /**
     * σ(x) = 1 / (1 + e^−x), evaluated through e^−|x| so neither tail overflows or cancels.
     *
     * @param x  the argument.
     * @return σ(x).
     */
    static double sigmoid(double x) {
        if (x >= 0) {
            return 1.0 / (1.0 + StrictMath.exp(-x));
        }
        double e = StrictMath.exp(x);
        return e / (1.0 + e);
    }

    /**
     * σ(x)·σ(−x) = e^−|x| / (1 + e^−|x|)², which keeps full relative accuracy in both tails
     * (the usual s·(1 − s) returns 0 from x ≈ 37).
     *
     * @param x  the argument.
     * @return σ'(x).
     */
    static double sigmoidDerivative(double x) {
        double e = StrictMath.exp(-Math.abs(x));
        double d = 1.0 + e;
        return e / (d * d);
    }

    /**
     * d/dz (z·σ(z)) = σ(z)(1 + z·σ(−z)), as e(1 + z + e)/(1 + e)² with e = e^z for z &lt; 0 (the only
     * cancellation left is at the zero of the derivative itself) and (1 + v + z·v)/(1 + v)² with
     * v = e^−z otherwise (all terms positive); where e^z is subnormal, as −e^(z + ln(−1 − z)). Beyond ±{@link #SWISH_FLAT} the result is its limit
     * (1, or −0.0: the true value is negative and smaller than the least double), so z = ±∞ (βx overflowed)
     * gives the limit rather than the NaN of ∞·0.
     *
     * @param z  the argument.
     * @return the derivative of SiLU at z.
     */
    static double swishDerivative(double z) {
        if (z > SWISH_FLAT) {
            return 1.0;
        }
        if (z < -SWISH_FLAT) {
            return -0.0;
        }
        if (z < SUBNORMAL_EXP) {
            // e^z has lost bits (subnormal); 1 + e = 1 here, so f' = (1 + z)e^z in one exp
            return -StrictMath.exp(z + StrictMath.log(-1.0 - z));
        }
        if (z < 0) {
            double e = StrictMath.exp(z);
            double d = 1.0 + e;
            return e * ((1.0 + z) + e) / (d * d);
        }
        double v = StrictMath.exp(-z);
        double d = 1.0 + v;
        return Math.fma(z, v, 1.0 + v) / (d * d);
    }

    /**
     * sech²(x) = 4e^−2|x| / (1 + e^−2|x|)², without the cancellation of 1 − tanh²x in the tails.
     *
     * @param x  the argument.
     * @return sech²(x).
     */
    static double sech2(double x) {
        double e = StrictMath.exp(-2.0 * Math.abs(x));
        double d = 1.0 + e;
        return 4.0 * e / (d * d);
    }
}
