package io.activationplotter.model.functions;

import io.activationplotter.model.Activation;
import io.activationplotter.model.ActivationInfo;
import io.activationplotter.model.ActivationType;
import io.activationplotter.model.ParameterSpec;
import io.activationplotter.model.SaturationKind;
import java.util.List;

/**
 * GELU with PyTorch's tanh approximation (torch.nn.GELU(approximate='tanh')):
 * ½x(1 + tanh(u)), u = √(2/π)(x + 0.044715x³). Since 1 + tanh(u) = 2σ(2u) and
 * 1 − tanh²(u) = 4σ(2u)σ(−2u), it is evaluated as x·σ(2u) with f' = σ(2u)(1 + 2x·u'·σ(−2u)),
 * which neither cancels in the left tail nor overflows. Far left (2u &lt; −600, where σ(2u) = e^(2u)
 * to the last bit) f' = −exp(2u + log(−m)) with m = 1 + 2x·u', so a subnormal σ(2u) is never
 * multiplied up by the large factor m.
 */
public final class GeluTanh implements Activation {

    /** The catalogue entry. */
    public static final ActivationType TYPE = new ActivationType("gelu_tanh", "GELU (tanh approx.)",
            List.<ParameterSpec>of(),
            new ActivationInfo("The tanh approximation of GELU used by GPT-2 and BERT implementations.",
                    "[-0.17, +inf)", false, false, ""),
            p -> new GeluTanh(), null);

    private static final double SQRT_2_OVER_PI = 0.7978845608028654;
    private static final double KAPPA = 0.044715;
    private static final double FAR_LEFT = -600.0;

    @Override
    public double value(double x) {
        return x * Logistic.sigmoid(2.0 * inner(x));
    }

    @Override
    public double derivative(double x) {
        double u2 = 2.0 * inner(x);
        double innerSlope = SQRT_2_OVER_PI * (1.0 + 3.0 * KAPPA * (x * x));
        if (u2 < FAR_LEFT) {
            return -StrictMath.exp(u2 + StrictMath.log(-(1.0 + 2.0 * x * innerSlope)));
        }
        return Logistic.sigmoid(u2) * (1.0 + 2.0 * x * innerSlope * Logistic.sigmoid(-u2));
    }

    private static double inner(double x) {
        return SQRT_2_OVER_PI * (x * (1.0 + KAPPA * (x * x)));
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
