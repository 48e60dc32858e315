package io.activationplotter.model.functions;

import io.activationplotter.model.Activation;
import io.activationplotter.model.ActivationInfo;
import io.activationplotter.model.ActivationType;
import io.activationplotter.model.ParameterSpec;
import io.activationplotter.model.SaturationKind;
import java.util.List;

/**
 * Hard swish: x·relu6(x + 3)/6 (torch.nn.Hardswish), −0.0 for x ≤ −3 as PyTorch's x·0/6 gives.
 * f' follows PyTorch's current hardswish_backward: 0 for x ≤ −3, x/3 + 1/2 for −3 &lt; x &lt; 3,
 * 1 for x ≥ 3, so f'(−3) = 0 and f'(3) = 1 (before a 2025 fix the kernels used the middle formula
 * on the closed interval, giving −1/2 and 3/2).
 */
public final class Hardswish implements Activation {

    /** The catalogue entry. */
    public static final ActivationType TYPE = new ActivationType("hardswish", "Hardswish",
            List.<ParameterSpec>of(),
            new ActivationInfo("A piecewise-quadratic swish that is cheap on phones (MobileNetV3).", "[-0.375, +inf)",
                    false, false, "f'(-3) = 0 and f'(3) = 1: the middle formula x/3 + 1/2 on the open interval "
                            + "(-3, 3) only (current PyTorch hardswish_backward; -1/2 and 3/2 before its 2025 fix)"),
            p -> new Hardswish(), null);

    private static final double[] KINKS = {-3.0, 3.0};

    @Override
    public double value(double x) {
        if (x <= -3.0) {
            return -0.0; // x·relu6(x + 3)/6 = x·0/6, negative zero as in PyTorch
        }
        return x >= 3.0 ? x : x * (x + 3.0) / 6.0;
    }

    @Override
    public double derivative(double x) {
        if (x <= -3.0) {
            return 0.0;
        }
        return x >= 3.0 ? 1.0 : x / 3.0 + 0.5;
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
