package io.activationplotter.model.functions;

import io.activationplotter.model.Activation;
import io.activationplotter.model.ActivationInfo;
import io.activationplotter.model.ActivationType;
import io.activationplotter.model.ParameterSpec;
import io.activationplotter.model.SaturationKind;
import java.util.List;

/**
 * Threshold: x for x &gt; threshold, else value (torch.nn.Threshold). f jumps at the threshold
 * unless value == threshold (then it is a kink); f' = 1 for x &gt; threshold, else 0, as in
 * PyTorch autograd.
 */
public final class Threshold implements Activation {

    /** The catalogue entry. */
    public static final ActivationType TYPE = new ActivationType("threshold", "Threshold",
            List.of(new ParameterSpec("threshold", "threshold", 1.0, -5.0, 5.0),
                    new ParameterSpec("value", "value", 0.0, -5.0, 5.0)),
            new ActivationInfo("Passes inputs above a threshold and replaces the rest by a constant.",
                    "{value} U (threshold, +inf)", true, false,
                    "f'(x) = 1 for x > threshold, else 0, also at the threshold (PyTorch autograd)"),
            p -> new Threshold(p[0], p[1]), null);

    private final double threshold;
    private final double replacement;

    /**
     * Creates the function.
     *
     * @param threshold  the threshold.
     * @param value      the output for inputs at or below the threshold.
     */
    public Threshold(double threshold, double value) {
        this.threshold = threshold;
        this.replacement = value;
    }

    @Override
    public double value(double x) {
        return x > threshold ? x : replacement;
    }

    @Override
    public double derivative(double x) {
        return x > threshold ? 1.0 : 0.0;
    }

    @Override
    public double[] jumps() {
        return replacement == threshold ? NO_POINTS : new double[] {threshold};
    }

    @Override
    public double[] kinks() {
        return replacement == threshold ? new double[] {threshold} : NO_POINTS;
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
