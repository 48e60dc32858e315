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
 * Φ(x) = erfc(−x/√2)/2 keeps full relative accuracy in the left tail; f' = Φ(x) + x·φ(x).
 */
public final class Gelu implements Activation {

    /** The catalogue entry. */
    public static final ActivationType TYPE = new ActivationType("gelu", "GELU", List.<ParameterSpec>of(),
            new ActivationInfo("Weights x by the chance a standard normal is below it; the transformer default.",
                    "[-0.17, +inf)", false, false, ""),
            p -> new Gelu(), null);

    private static final double INV_SQRT2 = 0.7071067811865476;
    private static final double INV_SQRT_2PI = 0.3989422804014327;

    @Override
    public double value(double x) {
        return 0.5 * x * Erfc.value(-x * INV_SQRT2);
    }

    @Override
    public double derivative(double x) {
        return Math.fma(x, pdf(x), 0.5 * Erfc.value(-x * INV_SQRT2));
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
