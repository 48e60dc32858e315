package io.activationplotter.model.functions;

import io.activationplotter.model.Activation;
import io.activationplotter.model.ActivationInfo;
import io.activationplotter.model.ActivationType;
import io.activationplotter.model.ParameterSpec;
import io.activationplotter.model.SaturationKind;
import java.util.List;

/**
 * Hard sigmoid: (x + 3)/6 clipped to [0, 1] (torch.nn.Hardsigmoid); f' = 1/6 only strictly
 * inside (−3, 3) and 0 at ±3, as in PyTorch autograd.
 */
public final class Hardsigmoid implements Activation {

    /** The catalogue entry. */
    public static final ActivationType TYPE = new ActivationType("hardsigmoid", "Hardsigmoid",
            List.<ParameterSpec>of(),
            new ActivationInfo("A piecewise-linear sigmoid for cheap gates on mobile networks (MobileNetV3).",
                    "[0, 1]", true, false, "f' = 1/6 only strictly inside (-3, 3); 0 at x = -3 and x = 3 (PyTorch autograd)"),
            p -> new Hardsigmoid(), null);

    private static final double[] KINKS = {-3.0, 3.0};

    @Override
    public double value(double x) {
        if (x <= -3.0) {
            return 0.0;
        }
        return x >= 3.0 ? 1.0 : (x + 3.0) / 6.0;
    }

    @Override
    public double derivative(double x) {
        return x > -3.0 && x < 3.0 ? 1.0 / 6.0 : 0.0;
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
