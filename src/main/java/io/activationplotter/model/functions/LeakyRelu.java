package io.activationplotter.model.functions;

import io.activationplotter.model.Activation;
import io.activationplotter.model.ActivationInfo;
import io.activationplotter.model.ActivationType;
import io.activationplotter.model.ParameterSpec;
import io.activationplotter.model.SaturationKind;
import java.util.List;

/**
 * Leaky ReLU: x for x ≥ 0, negative_slope·x otherwise (torch.nn.LeakyReLU);
 * f'(0) = negative_slope as in PyTorch autograd.
 */
public final class LeakyRelu implements Activation {

    /** The catalogue entry. */
    public static final ActivationType TYPE = new ActivationType("leaky_relu", "Leaky ReLU",
            List.of(new ParameterSpec("negative_slope", "negative_slope", 0.01, 0.0, 1.0)),
            new ActivationInfo("ReLU with a small slope for x < 0 so units never die.", "(-inf, +inf)", true, false,
                    "f'(0) = negative_slope (PyTorch autograd)"),
            p -> new LeakyRelu(p[0]), null);

    private static final double[] KINKS = {0.0};

    private final double negativeSlope;

    /**
     * Creates the function.
     *
     * @param negativeSlope  the slope for x &lt; 0.
     */
    public LeakyRelu(double negativeSlope) {
        this.negativeSlope = negativeSlope;
    }

    @Override
    public double value(double x) {
        if (x >= 0) {
            return x;
        }
        return negativeSlope == 0 ? -0.0 : negativeSlope * x; // 0·(−∞) would be NaN
    }

    @Override
    public double derivative(double x) {
        return x > 0 ? 1.0 : negativeSlope;
    }

    @Override
    public double[] kinks() {
        return negativeSlope == 1.0 ? NO_POINTS : KINKS.clone();
    }

    @Override
    public SaturationKind leftSaturation() {
        return negativeSlope == 0 ? SaturationKind.HARD : SaturationKind.NONE;
    }

    @Override
    public SaturationKind rightSaturation() {
        return SaturationKind.NONE;
    }
}
