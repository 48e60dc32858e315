package io.activationplotter.model.functions;

import io.activationplotter.model.Activation;
import io.activationplotter.model.ActivationInfo;
import io.activationplotter.model.ActivationType;
import io.activationplotter.model.ParameterSpec;
import io.activationplotter.model.SaturationKind;
import java.util.List;

/**
 * Tanhshrink: x − tanh(x) (torch.nn.Tanhshrink); f' = tanh²(x). Near 0 the subtraction would
 * cancel, so for |x| &lt; 2 it uses x − tanh x = (x·cosh x − sinh x)/cosh x with the all-positive
 * series x·cosh x − sinh x = Σ 2k·x^(2k+1)/(2k+1)!.
 */
public final class Tanhshrink implements Activation {

    /** The catalogue entry. */
    public static final ActivationType TYPE = new ActivationType("tanhshrink", "Tanhshrink",
            List.<ParameterSpec>of(),
            new ActivationInfo("What tanh leaves out: flat near 0 (like x³/3), slope 1 far out; used in sparse coding.",
                    "(-inf, +inf)", true, true, ""),
            p -> new Tanhshrink(), null);

    private static final double SERIES_LIMIT = 2.0;
    private static final double[] COEFFS = coefficients(18);

    @Override
    public double value(double x) {
        double a = Math.abs(x);
        if (a >= SERIES_LIMIT) {
            return x - StrictMath.tanh(x);
        }
        double a2 = a * a;
        double s = COEFFS[COEFFS.length - 1];
        for (int k = COEFFS.length - 2; k >= 0; k--) {
            s = s * a2 + COEFFS[k];
        }
        double r = a * (a2 * s) / StrictMath.cosh(a);
        return Math.copySign(r, x);
    }

    @Override
    public double derivative(double x) {
        double t = StrictMath.tanh(x);
        return t * t;
    }

    /** c[k−1] = 2k/(2k+1)!, the coefficient of x^(2k+1) in x·cosh x − sinh x. */
    private static double[] coefficients(int n) {
        double[] c = new double[n];
        double factorial = 6.0;
        for (int k = 1; k <= n; k++) {
            c[k - 1] = 2.0 * k / factorial;
            factorial *= (2.0 * k + 2) * (2.0 * k + 3);
        }
        return c;
    }

    @Override
    public SaturationKind leftSaturation() {
        return SaturationKind.NONE;
    }

    @Override
    public SaturationKind rightSaturation() {
        return SaturationKind.NONE;
    }
}
