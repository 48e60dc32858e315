package io.activationplotter.model.functions;

import io.activationplotter.model.Activation;
import io.activationplotter.model.ActivationInfo;
import io.activationplotter.model.ActivationType;
import io.activationplotter.model.ParameterSpec;
import io.activationplotter.model.SaturationKind;
import java.util.List;

/**
 * ELiSH: x·σ(x) for x ≥ 0, (eˣ − 1)·σ(x) for x &lt; 0 (Basirat &amp; Roth 2018). On the left, with
 * e = eˣ, f = expm1(x)·σ(x) and f' = e(e² + 2e − 1)/(1 + e)²; on the right it is SiLU. f' = 1/2 from
 * both sides at 0; only f'' jumps there (1 on the left, 1/2 on the right).
 */
public final class Elish implements Activation {

    /** The catalogue entry. */
    public static final ActivationType TYPE = new ActivationType("elish", "ELiSH",
            List.<ParameterSpec>of(),
            new ActivationInfo("SiLU on the right, an ELU-like (e^x − 1)·σ(x) on the left.",
                    "[-0.1716, +inf)", false, false, "f'(0) = 1/2 from both sides; only f'' jumps at 0"),
            p -> new Elish(), null);

    private static final double[] KINKS = {0.0};

    @Override
    public double value(double x) {
        if (x >= 0) {
            return Logistic.gated(x, x);
        }
        return StrictMath.expm1(x) * Logistic.sigmoid(x);
    }

    @Override
    public double derivative(double x) {
        if (x >= 0) {
            return Logistic.swishDerivative(x);
        }
        double e = StrictMath.exp(x);
        double d = 1.0 + e;
        return e * Math.fma(e, e + 2.0, -1.0) / (d * d);
    }

    @Override
    public double[] kinks() {
        return KINKS.clone();
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
