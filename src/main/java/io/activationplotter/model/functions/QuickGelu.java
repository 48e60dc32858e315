package io.activationplotter.model.functions;

import io.activationplotter.model.Activation;
import io.activationplotter.model.ActivationInfo;
import io.activationplotter.model.ActivationType;
import io.activationplotter.model.ParameterSpec;
import io.activationplotter.model.SaturationKind;
import java.util.List;

/**
 * Quick GELU: x·σ(1.702x) (CLIP, OpenAI 2021), a sigmoid approximation of GELU; it is Swish with
 * β = 1.702 (the double nearest 1.702), so value and derivative share Swish's tail-safe formulas.
 */
public final class QuickGelu implements Activation {

    /** The constant of the sigmoid's argument (the double nearest 1.702). */
    public static final double SCALE = 1.702;

    /** The catalogue entry. */
    public static final ActivationType TYPE = new ActivationType("quick_gelu", "Quick GELU (CLIP)",
            List.<ParameterSpec>of(),
            new ActivationInfo("GELU approximated by x·σ(1.702x): one exp, used by CLIP.",
                    "[-0.164, +inf)", false, false, ""),
            p -> new QuickGelu(), null);

    @Override
    public double value(double x) {
        return Logistic.gated(x, SCALE * x);
    }

    @Override
    public double derivative(double x) {
        return Logistic.swishDerivative(SCALE * x);
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
