package io.activationplotter.model.functions;

import io.activationplotter.model.Activation;
import io.activationplotter.model.ActivationInfo;
import io.activationplotter.model.ActivationType;
import io.activationplotter.model.ParameterSpec;
import io.activationplotter.model.SaturationKind;
import java.util.List;

/**
 * Squared ReLU: max(0, x)² (So et al. 2021, "Primer"); f' = 2·max(0, x), continuous at 0, where
 * only f'' jumps (declared as a kink).
 */
public final class ReluSquared implements Activation {

    /** The catalogue entry. */
    public static final ActivationType TYPE = new ActivationType("relu_squared", "Squared ReLU",
            List.<ParameterSpec>of(),
            new ActivationInfo("ReLU squared: zero on the left, a parabola on the right (Primer transformers).",
                    "[0, +inf)", true, false, "f'(0) = 0 from both sides; only f'' jumps at 0"),
            p -> new ReluSquared(), null);

    private static final double[] KINKS = {0.0};

    @Override
    public double value(double x) {
        return x > 0 ? x * x : 0.0;
    }

    @Override
    public double derivative(double x) {
        return x > 0 ? 2.0 * x : 0.0;
    }

    @Override
    public double[] kinks() {
        return KINKS.clone();
    }

    @Override
    public SaturationKind leftSaturation() {
        return SaturationKind.HARD;
    }

    @Override
    public SaturationKind rightSaturation() {
        return SaturationKind.NONE;
    }
}
