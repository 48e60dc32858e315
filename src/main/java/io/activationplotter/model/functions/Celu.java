package io.activationplotter.model.functions;

import io.activationplotter.model.Activation;
import io.activationplotter.model.ActivationInfo;
import io.activationplotter.model.ActivationType;
import io.activationplotter.model.ParameterSpec;
import io.activationplotter.model.SaturationKind;
import java.util.List;

/**
 * CELU: x for x &gt; 0, α·(e^(x/α) − 1) otherwise (torch.nn.CELU), with expm1. Unlike ELU it is
 * continuously differentiable for every α: f'(0) = 1 from both sides. Only f'' jumps at 0
 * (1/α on the left, 0 on the right), which is why 0 is still listed in {@link #kinks()}.
 */
public final class Celu implements Activation {

    /** The catalogue entry. */
    public static final ActivationType TYPE = new ActivationType("celu", "CELU",
            List.of(new ParameterSpec("alpha", "α", 1.0, 0.1, 3.0)),
            new ActivationInfo("ELU rescaled so the slope is 1 at 0 for every alpha (continuously differentiable).",
                    "(-alpha, +inf)", true, false, "f' is continuous: f'(0) = 1 from both sides; only f'' jumps at 0"),
            p -> new Celu(p[0]), null);

    private static final double[] KINKS = {0.0};

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
