package io.activationplotter.model.functions;

import io.activationplotter.model.Activation;
import io.activationplotter.model.ActivationInfo;
import io.activationplotter.model.ActivationType;
import io.activationplotter.model.ParameterSpec;
import io.activationplotter.model.SaturationKind;
import java.util.List;

/**
 * SiLU: x·σ(x) (torch.nn.SiLU); f' = σ(x)(1 + x·σ(−x)), evaluated as a rational function of
 * e^−|x| (see {@link Logistic#swishDerivative(double)}) so neither tail loses digits.
 */
public final class Silu implements Activation {

    /** The catalogue entry. */
    public static final ActivationType TYPE = new ActivationType("silu", "SiLU", List.<ParameterSpec>of(),
            new ActivationInfo("x gated by its own sigmoid: smooth, slightly negative dip, used in EfficientNet and LLMs.",
                    "[-0.278, +inf)", false, false, ""),
            p -> new Silu(), null);

    @Override
    public double value(double x) {
        return Logistic.gated(x, x);
    }

    @Override
    public double derivative(double x) {
        return Logistic.swishDerivative(x);
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
