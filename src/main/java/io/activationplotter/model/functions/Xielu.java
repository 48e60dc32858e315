package io.activationplotter.model.functions;

import io.activationplotter.model.Activation;
import io.activationplotter.model.ActivationInfo;
import io.activationplotter.model.ActivationType;
import io.activationplotter.model.ParameterSpec;
import io.activationplotter.model.SaturationKind;
import java.util.List;

/**
 * xIELU: α_p·x² + β·x for x &gt; 0, α_n·(eˣ − 1 − x) + β·x for x ≤ 0 (Huang &amp; Schlag 2024; the
 * Apertus models), with the parameters as plain numbers (Apertus trains them through softplus).
 * eˣ − 1 − x cancels for small |x|: on [−1, 0] it is summed as the series Σ xᵏ/k! (k ≥ 2, all
 * terms shrinking by |x|/k); below −1, f is summed as α_n·expm1(x) + (β − α_n)·x, so that the −α_n
 * of the limit is not lost next to a huge x.
 * f' = 2α_p·x + β on the right and α_n·expm1(x) + β on the left: both β at 0, where only f''
 * jumps (2α_p on the right, α_n on the left).
 */
public final class Xielu implements Activation {

    /** 1/k! for k = 2 … 20, for the series of eˣ − 1 − x. */
    private static final double[] INV_FACTORIAL = inverseFactorials(20);

    /** The catalogue entry. */
    public static final ActivationType TYPE = new ActivationType("xielu", "xIELU",
            List.of(new ParameterSpec("alpha_p", "alpha_p", 0.8, 0.0, 3.0),
                    new ParameterSpec("alpha_n", "alpha_n", 0.8, 0.0, 3.0),
                    new ParameterSpec("beta", "β", 0.5, 0.0, 2.0)),
            new ActivationInfo("A trainable unit integrated from ELU's gradient: quadratic right, ELU-like left.",
                    "[-0.206, +inf) with the defaults", false, false,
                    "f'(0) = beta from both sides; only f'' jumps at 0 (unless alpha_n = 2 alpha_p)"),
            p -> new Xielu(p[0], p[1], p[2]), null);

    private final double alphaP;
    private final double alphaN;
    private final double beta;

    /**
     * Creates the function.
     *
     * @param alphaP  the curvature on the right (0 or more).
     * @param alphaN  the weight of the exponential on the left (0 or more).
     * @param beta    the slope at 0 (0 or more).
     */
    public Xielu(double alphaP, double alphaN, double beta) {
        this.alphaP = alphaP;
        this.alphaN = alphaN;
        this.beta = beta;
    }

    @Override
    public double value(double x) {
        if (x == Double.POSITIVE_INFINITY) {
            return alphaP == 0 && beta == 0 ? 0.0 : x; // not ∞·fma(0, ∞, 0) = NaN
        }
        if (x > 0) {
            return x * Math.fma(alphaP, x, beta);
        }
        if (x == Double.NEGATIVE_INFINITY) {
            return alphaN == beta ? -alphaN : Math.copySign(Double.POSITIVE_INFINITY, alphaN - beta);
        }
        if (x < -1.0) {
            // αn·expm1(x) + (β − αn)·x: the −1 is not lost next to a huge x (f → −αn when αn = β)
            return Math.fma(alphaN, StrictMath.expm1(x), (beta - alphaN) * x);
        }
        return Math.fma(alphaN, expm1MinusX(x), beta * x);
    }

    @Override
    public double derivative(double x) {
        if (x == Double.POSITIVE_INFINITY) {
            return alphaP == 0 ? beta : x;
        }
        if (x > 0) {
            return Math.fma(2.0 * alphaP, x, beta);
        }
        return Math.fma(alphaN, StrictMath.expm1(x), beta);
    }

    /**
     * eˣ − 1 − x without cancellation, by its series.
     *
     * @param x  the argument, in [−1, 0].
     * @return the value.
     */
    static double expm1MinusX(double x) {
        double sum = INV_FACTORIAL[INV_FACTORIAL.length - 1];
        for (int k = INV_FACTORIAL.length - 2; k >= 0; k--) {
            sum = Math.fma(sum, x, INV_FACTORIAL[k]);
        }
        return x * x * sum;
    }

    private static double[] inverseFactorials(int last) {
        double[] c = new double[last - 1];
        double f = 1.0;
        for (int k = 2; k <= last; k++) {
            f *= k;
            c[k - 2] = 1.0 / f;
        }
        return c;
    }

    @Override
    public double[] kinks() {
        return alphaN == 2.0 * alphaP ? NO_POINTS : new double[] {0.0};
    }

    @Override
    public SaturationKind leftSaturation() {
        if (alphaN != beta) {
            return SaturationKind.NONE;
        }
        return beta == 0 ? SaturationKind.HARD : SaturationKind.SOFT;
    }

    @Override
    public SaturationKind rightSaturation() {
        return alphaP == 0 && beta == 0 ? SaturationKind.HARD : SaturationKind.NONE;
    }
}
