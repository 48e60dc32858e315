package io.activationplotter.model.functions;

import io.activationplotter.model.Activation;
import io.activationplotter.model.ActivationInfo;
import io.activationplotter.model.ActivationType;
import io.activationplotter.model.ParameterSpec;
import io.activationplotter.model.SaturationKind;
import java.util.List;

/**
 * Sparse sigmoid: 0 for x ≤ −1, (x + 1)/2 for −1 &lt; x &lt; 1, 1 for x ≥ 1 (jax.nn.sparse_sigmoid,
 * keras.ops.sparse_sigmoid), the derivative of sparse plus. f' = 1/2 on the open interval and 0
 * elsewhere, including at the kinks ±1 (our convention, as PyTorch's hardsigmoid at ±3).
 */
public final class SparseSigmoid implements Activation {

    /** The catalogue entry. */
    public static final ActivationType TYPE = new ActivationType("sparse_sigmoid", "Sparse sigmoid",
            List.<ParameterSpec>of(),
            new ActivationInfo("A hard sigmoid that ramps on [−1, 1]: the derivative of sparse plus.",
                    "[0, 1]", true, false, "f'(±1) = 0: the slope 1/2 on the open interval (-1, 1) only"),
            p -> new SparseSigmoid(), null);

    private static final double[] KINKS = {-1.0, 1.0};

    @Override
    public double value(double x) {
        if (x <= -1.0) {
            return 0.0;
        }
        return x >= 1.0 ? 1.0 : 0.5 * (x + 1.0);
    }

    @Override
    public double derivative(double x) {
        return x > -1.0 && x < 1.0 ? 0.5 : 0.0;
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
        return SaturationKind.HARD;
    }
}
