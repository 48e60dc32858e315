package io.activationplotter.model.functions;

import io.activationplotter.model.Activation;
import io.activationplotter.model.ActivationInfo;
import io.activationplotter.model.ActivationType;
import io.activationplotter.model.ParameterSpec;
import io.activationplotter.model.SaturationKind;
import java.util.List;

/**
 * PReLU with its single learnable slope fixed at {@code init}: x for x ≥ 0, init·x otherwise
 * (torch.nn.PReLU(num_parameters=1, init)); f'(0) = init as in PyTorch autograd.
 */
public final class Prelu implements Activation {

    /** The catalogue entry. */
    public static final ActivationType TYPE = new ActivationType("prelu", "PReLU",
            List.of(new ParameterSpec("init", "init", 0.25, 0.0, 1.0)),
            new ActivationInfo("Leaky ReLU whose negative slope is learned; shown here at its initial value.",
                    "(-inf, +inf)", true, false, "f'(0) = init (PyTorch autograd: slope for x <= 0)"),
            p -> new Prelu(p[0]), null);

    private static final double[] KINKS = {0.0};

    private final double weight;

    /**
     * Creates the function.
     *
     * @param weight  the slope for x &lt; 0.
     */
    public Prelu(double weight) {
        this.weight = weight;
    }

    @Override
    public double value(double x) {
        if (x >= 0) {
            return x;
        }
        return weight == 0 ? -0.0 : weight * x; // 0·(−∞) would be NaN
    }

    @Override
    public double derivative(double x) {
        return x > 0 ? 1.0 : weight;
    }

    @Override
    public double[] kinks() {
        return weight == 1.0 ? NO_POINTS : KINKS.clone();
    }

    @Override
    public SaturationKind leftSaturation() {
        return weight == 0 ? SaturationKind.HARD : SaturationKind.NONE;
    }

    @Override
    public SaturationKind rightSaturation() {
        return SaturationKind.NONE;
    }
}
