package io.activationplotter.model.functions;

import io.activationplotter.model.Activation;
import io.activationplotter.model.ActivationInfo;
import io.activationplotter.model.ActivationType;
import io.activationplotter.model.ParameterSpec;
import io.activationplotter.model.SaturationKind;
import java.util.List;

/**
 * ELU: x for x &gt; 0, α·(e^x − 1) otherwise (torch.nn.ELU), with expm1 so tiny x keeps its digits;
 * f'(0) = α as in PyTorch autograd (so with α = 1 f' is continuous and there is no kink).
 */
public final class Elu implements Activation {

    /** The catalogue entry. */
    public static final ActivationType TYPE = new ActivationType("elu", "ELU",
            List.of(new ParameterSpec("alpha", "α", 1.0, 0.0, 3.0)),
            new ActivationInfo("Smooth negative part pushes mean activations toward zero.", "(-alpha, +inf)", true,
                    false, "f'(0) = alpha (PyTorch autograd)"),
            p -> new Elu(p[0]), null);

    private static final double[] KINKS = {0.0};

    private final double alpha;

    /**
     * Creates the function.
     *
     * @param alpha  the scale of the negative part.
     */
    public Elu(double alpha) {
        this.alpha = alpha;
    }

    @Override
    public double value(double x) {
        return x > 0 ? x : alpha * StrictMath.expm1(x);
    }

    @Override
    public double derivative(double x) {
        return x > 0 ? 1.0 : alpha * StrictMath.exp(x);
    }

    @Override
    public double[] kinks() {
        return alpha == 1.0 ? NO_POINTS : KINKS.clone();
    }

    @Override
    public SaturationKind leftSaturation() {
        return alpha == 0 ? SaturationKind.HARD : SaturationKind.SOFT;
    }

    @Override
    public SaturationKind rightSaturation() {
        return SaturationKind.NONE;
    }
}
