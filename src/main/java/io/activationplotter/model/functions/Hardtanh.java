package io.activationplotter.model.functions;

import io.activationplotter.model.Activation;
import io.activationplotter.model.ActivationInfo;
import io.activationplotter.model.ActivationType;
import io.activationplotter.model.ParameterSpec;
import io.activationplotter.model.SaturationKind;
import java.util.List;

/**
 * Hardtanh: x clipped to [min_val, max_val] (torch.nn.Hardtanh); f' = 1 only strictly inside
 * (min_val, max_val) and 0 at both corners, as in PyTorch autograd.
 */
public final class Hardtanh implements Activation {

    /** The catalogue entry. */
    public static final ActivationType TYPE = new ActivationType("hardtanh", "Hardtanh",
            List.of(new ParameterSpec("min_val", "min_val", -1.0, -5.0, 5.0),
                    new ParameterSpec("max_val", "max_val", 1.0, -5.0, 5.0)),
            new ActivationInfo("A piecewise-linear tanh: cheap clipping to [min_val, max_val].",
                    "[min_val, max_val]", true, true,
                    "f' = 1 only strictly inside (min_val, max_val); 0 at both corners (PyTorch autograd)"),
            p -> new Hardtanh(p[0], p[1]),
            p -> p[0] < p[1] ? null : "min_val must be less than max_val (got min_val = "
                    + ParameterSpec.format(p[0]) + ", max_val = " + ParameterSpec.format(p[1]) + ")");

    private final double minVal;
    private final double maxVal;

    /**
     * Creates the function.
     *
     * @param minVal  the lower clip.
     * @param maxVal  the upper clip (greater than {@code minVal}).
     */
    public Hardtanh(double minVal, double maxVal) {
        this.minVal = minVal;
        this.maxVal = maxVal;
    }

    @Override
    public double value(double x) {
        if (x <= minVal) {
            return minVal;
        }
        return Math.min(x, maxVal);
    }

    @Override
    public double derivative(double x) {
        return x > minVal && x < maxVal ? 1.0 : 0.0;
    }

    @Override
    public double[] kinks() {
        return Points.of(minVal, maxVal);
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
