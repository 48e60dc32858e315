package io.activationplotter.model.functions;

import io.activationplotter.model.Activation;
import io.activationplotter.model.ActivationInfo;
import io.activationplotter.model.ActivationType;
import io.activationplotter.model.ParameterSpec;
import io.activationplotter.model.SaturationKind;
import java.util.List;

/**
 * GELU with PyTorch's tanh approximation (torch.nn.GELU(approximate='tanh')):
 * ½x(1 + tanh(u)), u = √(2/π)(x + 0.044715x³).
 * <p>
 * Since 1 + tanh(u) = 2σ(2u) and 1 − tanh²(u) = 4σ(2u)σ(−2u), f = x·σ(2u) and
 * f' = σ(2u)(1 + 2w·σ(−2u)) with w = x·u'. Both are written as rational functions of e = e^(−2|u|)
 * (no cancellation in either tail, no overflow); u and w are carried in double-double so their
 * rounding is not amplified by exp, and for x &lt; 0 the sum 1 + e + 2w, which cancels near the
 * minimum of f, is formed from exact parts. Far left (2u &lt; −600) f' = −exp(2u + log(−(1 + 2w))),
 * so a subnormal e^(2u) is never multiplied up by the large factor 1 + 2w.
 */
public final class GeluTanh implements Activation {

    /** Beyond this |x| the value is x (right) or −0 (left) and f' is 1 or −0 to double precision. */
    private static final double FAR = 1e4;

    /** The catalogue entry. */
    public static final ActivationType TYPE = new ActivationType("gelu_tanh", "GELU (tanh approx.)",
            List.<ParameterSpec>of(),
            new ActivationInfo("The tanh approximation of GELU used by GPT-2 and BERT implementations.",
                    "[-0.17, +inf)", false, false, ""),
            p -> new GeluTanh(), null);

    /** √(2/π) = C_HI + C_LO. */
    private static final double C_HI = 0.7978845608028654;
    private static final double C_LO = -4.98465440455546e-17;
    /** √(2/π)·0.044715 = CK_HI + CK_LO. */
    private static final double CK_HI = 0.035677408136300125;
    private static final double CK_LO = -3.0875749590776575e-19;
    private static final double FAR_LEFT = -600.0;

    @Override
    public double value(double x) {
        if (Math.abs(x) > FAR) {
            return x > 0 ? x : -0.0; // exact to double precision; avoids inf·0 = NaN inside
        }
        double[] uw = inner(x);
        double u2 = 2.0 * uw[0];
        double u2lo = 2.0 * uw[1];
        if (u2 >= 0) {
            double e = expHiLo(-u2, -u2lo);
            return x / (1.0 + e);
        }
        double e = expHiLo(u2, u2lo);
        return x * (e / (1.0 + e));
    }

    @Override
    public double derivative(double x) {
        if (Math.abs(x) > FAR) {
            return x > 0 ? 1.0 : -0.0; // exact to double precision; avoids inf·0 = NaN inside
        }
        double[] uw = inner(x);
        double u2 = 2.0 * uw[0];
        double u2lo = 2.0 * uw[1];
        double w2 = 2.0 * uw[2];
        if (u2 >= 0) {
            double e = expHiLo(-u2, -u2lo);
            double d = 1.0 + e;
            return Math.fma(w2, e, d) / (d * d);
        }
        // S = 1 + 2w + e, with 1 + 2w summed exactly (it cancels near the minimum of f)
        double s = 1.0 + w2;
        double sErr = twoSumError(1.0, w2, s);
        if (u2 < FAR_LEFT) {
            double sum = s + (sErr + 2.0 * uw[3]);
            return -expHiLo(u2 + StrictMath.log(-sum), u2lo);
        }
        double e = expHiLo(u2, u2lo);
        double sum = s + (sErr + 2.0 * uw[3] + e);
        double d = 1.0 + e;
        return e * sum / (d * d);
    }

    /** e^(hi + lo) for |lo| ≤ ulp(hi), as exp(hi)·(1 + lo). */
    private static double expHiLo(double hi, double lo) {
        double e = StrictMath.exp(hi);
        return Math.fma(e, lo, e);
    }

    /**
     * Returns u = √(2/π)(x + κx³) and w = x·u' = √(2/π)(x + 3κx³), each as a double-double.
     *
     * @param x  the argument.
     * @return {u_hi, u_lo, w_hi, w_lo}.
     */
    private static double[] inner(double x) {
        double x2 = x * x;
        double x2lo = Math.fma(x, x, -x2);
        double x3 = x2 * x;
        double x3lo = Math.fma(x2, x, -x3) + x2lo * x;
        double t1 = C_HI * x;
        double t1lo = Math.fma(C_HI, x, -t1) + C_LO * x;
        double t3 = CK_HI * x3;
        double t3lo = Math.fma(CK_HI, x3, -t3) + (CK_HI * x3lo + CK_LO * x3);
        double u = t1 + t3;
        double uLo = twoSumError(t1, t3, u) + (t1lo + t3lo);
        double p = 3.0 * t3;
        double pLo = Math.fma(3.0, t3, -p) + 3.0 * t3lo;
        double w = t1 + p;
        double wLo = twoSumError(t1, p, w) + (t1lo + pLo);
        double uHi = u + uLo;
        double wHi = w + wLo;
        return new double[] {uHi, uLo - (uHi - u), wHi, wLo - (wHi - w)};
    }

    /** The exact rounding error of s = a + b (Knuth's TwoSum). */
    private static double twoSumError(double a, double b, double s) {
        double bb = s - a;
        return (a - (s - bb)) + (b - bb);
    }

    @Override
    public SaturationKind leftSaturation() {
        return SaturationKind.SOFT;
    }

    @Override
    public SaturationKind rightSaturation() {
        return SaturationKind.NONE;
    }
}
