package io.activationplotter.model.functions;

import io.activationplotter.model.Activation;
import io.activationplotter.model.ActivationInfo;
import io.activationplotter.model.ActivationType;
import io.activationplotter.model.ParameterSpec;
import io.activationplotter.model.SaturationKind;
import java.util.List;

/**
 * The Heaviside step: 1 for x ≥ 0, else 0 (torch.heaviside with values = 1). It jumps at 0;
 * f' = 0 everywhere, including at 0, as autograd treats it (no gradient flows through a step).
 */
public final class Step implements Activation {

    /** The catalogue entry. */
    public static final ActivationType TYPE = new ActivationType("step", "Step (Heaviside)", List.<ParameterSpec>of(),
            new ActivationInfo("The perceptron's all-or-nothing unit; its zero gradient is why we use smooth ones.",
                    "{0, 1}", true, false, "f'(x) = 0 everywhere, also at the jump x = 0 (no gradient)"),
            p -> new Step(), null);

    private static final double[] JUMPS = {0.0};

    @Override
    public double value(double x) {
        return x >= 0 ? 1.0 : 0.0;
    }

    @Override
    public double derivative(double x) {
        return 0.0;
    }

    @Override
    public double[] jumps() {
        return JUMPS.clone();
    }

    @Override
    public SaturationKind leftSaturation() {
        return SaturationKind.HARD;
    }

    @Override
    public SaturationKind rightSaturation() {
        return SaturationKind.HARD;
    }
}
