package io.activationplotter.model.functions;

import io.activationplotter.model.Activation;
import io.activationplotter.model.ActivationInfo;
import io.activationplotter.model.ActivationType;
import io.activationplotter.model.ParameterSpec;
import io.activationplotter.model.SaturationKind;
import java.util.List;

/**
 * SELU: scale·x for x &gt; 0, scale·α·(e^x − 1) otherwise (torch.nn.SELU), with PyTorch's
 * constants and expm1; f'(0) = scale·α as in PyTorch autograd.
 */
public final class Selu implements Activation {

    /** α = 1.6732632423543772848170429916717, rounded to the nearest double. */
    public static final double ALPHA = 1.6732632423543772848170429916717;

    /** scale = 1.0507009873554804934193349852946, rounded to the nearest double. */
    public static final double SCALE = 1.0507009873554804934193349852946;

    /** The product scale·α computed exactly, then rounded once to the nearest double. */
    static final double SCALE_ALPHA = 1.7580993408473768;

    /** The catalogue entry. */
    public static final ActivationType TYPE = new ActivationType("selu", "SELU", List.<ParameterSpec>of(),
            new ActivationInfo("Scaled ELU whose constants keep activations near zero mean and unit variance.",
                    "(-scale*alpha, +inf) = (-1.7581, +inf)", true, true,
                    "f'(0) = scale*alpha = 1.7581 (PyTorch autograd: left branch)"),
            p -> new Selu(), null);

    private static final double[] KINKS = {0.0};

    @Override
    public double value(double x) {
        return x > 0 ? SCALE * x : SCALE_ALPHA * StrictMath.expm1(x);
    }

    @Override
    public double derivative(double x) {
        return x > 0 ? SCALE : SCALE_ALPHA * StrictMath.exp(x);
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
