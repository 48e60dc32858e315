package io.activationplotter.model.functions;

import io.activationplotter.model.Activation;
import io.activationplotter.model.ActivationInfo;
import io.activationplotter.model.ActivationType;
import io.activationplotter.model.ParameterSpec;
import io.activationplotter.model.SaturationKind;
import java.util.List;

/**
 * Randomized leaky ReLU in evaluation mode (torch.nn.RReLU, training=False): a leaky ReLU whose
 * slope is the mean (lower + upper)/2 of the training-time random slopes; f'(0) = that slope.
 */
public final class Rrelu implements Activation {

    /** The catalogue entry. */
    public static final ActivationType TYPE = new ActivationType("rrelu", "RReLU (eval)",
            List.of(new ParameterSpec("lower", "lower", 1.0 / 8.0, 0.0, 1.0),
                    new ParameterSpec("upper", "upper", 1.0 / 3.0, 0.0, 1.0)),
            new ActivationInfo("Leaky ReLU with a random slope in training; at inference the mean slope (lower+upper)/2.",
                    "(-inf, +inf)", true, false, "f'(0) = (lower + upper)/2 (PyTorch autograd: slope for x <= 0)"),
            p -> new Rrelu(p[0], p[1]),
            p -> p[0] <= p[1] ? null : "lower must not exceed upper (got lower = " + ParameterSpec.format(p[0])
                    + ", upper = " + ParameterSpec.format(p[1]) + ")");

    private static final double[] KINKS = {0.0};

    private final double slope;

    /**
     * Creates the function.
     *
     * @param lower  the lower bound of the training-time slope.
     * @param upper  the upper bound of the training-time slope (not less than {@code lower}).
     */
    public Rrelu(double lower, double upper) {
        this.slope = (lower + upper) / 2;
    }

    @Override
    public double value(double x) {
        if (x >= 0) {
            return x;
        }
        return slope == 0 ? -0.0 : slope * x; // 0·(−∞) would be NaN
    }

    @Override
    public double derivative(double x) {
        return x > 0 ? 1.0 : slope;
    }

    @Override
    public double[] kinks() {
        return slope == 1.0 ? NO_POINTS : KINKS.clone();
    }

    @Override
    public SaturationKind leftSaturation() {
        return slope == 0 ? SaturationKind.HARD : SaturationKind.NONE;
    }

    @Override
    public SaturationKind rightSaturation() {
        return SaturationKind.NONE;
    }
}
