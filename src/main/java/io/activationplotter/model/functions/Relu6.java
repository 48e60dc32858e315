package io.activationplotter.model.functions;

import io.activationplotter.model.Activation;
import io.activationplotter.model.ActivationInfo;
import io.activationplotter.model.ActivationType;
import io.activationplotter.model.ParameterSpec;
import io.activationplotter.model.SaturationKind;
import java.util.List;

/**
 * ReLU6: min(max(0, x), 6) (torch.nn.ReLU6, which is hardtanh(0, 6)); f' = 1 only strictly
 * inside (0, 6), so f'(0) = f'(6) = 0 as in PyTorch autograd.
 */
public final class Relu6 implements Activation {

    /** The catalogue entry. */
    public static final ActivationType TYPE = new ActivationType("relu6", "ReLU6", List.<ParameterSpec>of(),
            new ActivationInfo("ReLU capped at 6, so activations stay small for low-precision mobile networks.",
                    "[0, 6]", true, false, "f' = 1 only strictly inside (0, 6); f'(0) = f'(6) = 0 (PyTorch autograd)"),
            p -> new Relu6(), null);

    private static final double[] KINKS = {0.0, 6.0};

    @Override
    public double value(double x) {
        return x <= 0 ? 0.0 : Math.min(x, 6.0);
    }

    @Override
    public double derivative(double x) {
        return x > 0 && x < 6.0 ? 1.0 : 0.0;
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
