package io.activationplotter.model.functions;

import io.activationplotter.model.Activation;
import io.activationplotter.model.ActivationInfo;
import io.activationplotter.model.ActivationType;
import io.activationplotter.model.ParameterSpec;
import io.activationplotter.model.SaturationKind;
import java.util.List;
import org.apache.commons.numbers.gamma.Erfc;

/**
 * Exact GELU: x·Φ(x) with Φ the standard normal CDF (torch.nn.GELU, approximate='none'), where
 * Φ(x) = erfc(−x/√2)/2 keeps full relative accuracy in the left tail; f' = Φ(x) + x·φ(x), summed
 * with one rounding (fma).
 */
public final class Gelu implements Activation {

    /** Beyond this |x| the value is x (right) or −0 (left) and f' is 1 or −0 to double precision. */
    private static final double FAR = 1e4;

    /** The catalogue entry. */
    public static final ActivationType TYPE = new ActivationType("gelu", "GELU", List.<ParameterSpec>of(),
            new ActivationInfo("Weights x by the chance a standard normal is below it; the transformer default.",
                    "[-0.170, +inf)", false, false, ""),
            p -> new Gelu(), null);

    /** 1/√2 = INV_SQRT2 + INV_SQRT2_LO. */
    private static final double INV_SQRT2 = 0.7071067811865476;
    private static final double INV_SQRT2_LO = -4.833646656726457e-17;
    private static final double SQRT2 = 1.4142135623730951;
    private static final double INV_SQRT_2PI = 0.3989422804014327;

    @Override
    public double value(double x) {
        if (Math.abs(x) > FAR) {
            return x > 0 ? x : -0.0; // exact to double precision; avoids inf·0 = NaN inside
        }
        return x * cdf(x, pdf(x));
    }

    @Override
    public double derivative(double x) {
        if (Math.abs(x) > FAR) {
            return x > 0 ? 1.0 : -0.0; // exact to double precision; avoids inf·0 = NaN inside
        }
        double density = pdf(x);
        return Math.fma(x, density, cdf(x, density));
    }

    /**
     * Φ(x) = erfc(z)/2 with z = −x/√2. The rounding error δ of z_hi = −x·fl(1/√2) is put back to first
     * order, Φ ≈ erfc(z_hi)/2 − √2·φ(x)·δ, so it is not amplified by erfc's condition number.
     *
     * @param x        the argument.
     * @param density  φ(x).
     * @return Φ(x).
     */
    private static double cdf(double x, double density) {
        double p = x * INV_SQRT2;
        double zLo = -(Math.fma(x, INV_SQRT2, -p) + x * INV_SQRT2_LO);
        return Math.fma(-SQRT2 * zLo, density, 0.5 * Erfc.value(-p));
    }

    /**
     * The standard normal density, with x² split exactly (fma) so its rounding does not reach exp.
     *
     * @param x  the argument.
     * @return φ(x).
     */
    static double pdf(double x) {
        double x2 = x * x;
        double lo = Math.fma(x, x, -x2);
        double e = StrictMath.exp(-0.5 * x2);
        return INV_SQRT_2PI * Math.fma(-0.5 * lo, e, e);
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
