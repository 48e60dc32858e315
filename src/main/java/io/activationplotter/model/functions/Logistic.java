package io.activationplotter.model.functions;

/**
 * Logistic sigmoid helpers shared by the sigmoid family, computed without cancellation in the tails.
 * <p>
 * All functions use {@link StrictMath} so results are the same bits on every JVM.
 */
final class Logistic {

    private Logistic() {
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
     * v = e^−z otherwise (all terms positive).
     *
     * @param z  the argument.
     * @return the derivative of SiLU at z.
     */
    static double swishDerivative(double z) {
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

    /**
     * log(1 + e^x) for any finite x, without overflow for large x or loss of digits for negative x.
     *
     * @param x  the argument.
     * @return softplus(x) with β = 1.
     */
    static double softplus(double x) {
        if (x > 0) {
            return x + StrictMath.log1p(StrictMath.exp(-x));
        }
        return StrictMath.log1p(StrictMath.exp(x));
    }
}
