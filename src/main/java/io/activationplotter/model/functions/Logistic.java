package io.activationplotter.model.functions;

/** Logistic sigmoid helpers shared by the sigmoid family, computed without cancellation in the tails. */
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
            return 1.0 / (1.0 + Math.exp(-x));
        }
        double e = Math.exp(x);
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
        double e = Math.exp(-Math.abs(x));
        double d = 1.0 + e;
        return e / (d * d);
    }
}
