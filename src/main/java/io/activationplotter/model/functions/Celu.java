package io.activationplotter.model.functions;

import io.activationplotter.model.Activation;
import io.activationplotter.model.ActivationInfo;
import io.activationplotter.model.ActivationType;
import io.activationplotter.model.ParameterSpec;
import io.activationplotter.model.SaturationKind;
import java.util.List;

/**
 * CELU: x for x &gt; 0, α·(e^(x/α) − 1) otherwise (torch.nn.CELU), with expm1. Unlike ELU it is
 * continuously differentiable for every α: f'(0) = 1 from both sides, so it has no kink.
 */
public final class Celu implements Activation {

    /** The catalogue entry. */
    public static final ActivationType TYPE = new ActivationType("celu", "CELU",
            List.of(new ParameterSpec("alpha", "α", 1.0, 0.1, 3.0)),
            new ActivationInfo("ELU rescaled so the slope is 1 at 0 for every alpha (continuously differentiable).",
                    "(-alpha, +inf)", true, false, "none: f' is continuous, f'(0) = 1"),
            p -> new Celu(p[0]), null);

    private final double alpha;

    /**
     * Creates the function.
     *
     * @param alpha  the scale of the negative part (positive).
     */
    public Celu(double alpha) {
        this.alpha = alpha;
    }

    @Override
    public double value(double x) {
        return x > 0 ? x : alpha * StrictMath.expm1(x / alpha);
    }

    @Override
    public double derivative(double x) {
        return x > 0 ? 1.0 : StrictMath.exp(x / alpha);
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
