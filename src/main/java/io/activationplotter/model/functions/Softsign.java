package io.activationplotter.model.functions;

import io.activationplotter.model.Activation;
import io.activationplotter.model.ActivationInfo;
import io.activationplotter.model.ActivationType;
import io.activationplotter.model.ParameterSpec;
import io.activationplotter.model.SaturationKind;
import java.util.List;

/**
 * Softsign: x / (1 + |x|) (torch.nn.Softsign); f' = 1 / (1 + |x|)² is continuous, but f' has a
 * corner at 0 (f'' jumps from 2 to −2), so 0 is listed in {@link #kinks()}.
 */
public final class Softsign implements Activation {

    /** The catalogue entry. */
    public static final ActivationType TYPE = new ActivationType("softsign", "Softsign", List.<ParameterSpec>of(),
            new ActivationInfo("A tanh-like squashing with polynomial tails, so it saturates more slowly.", "(-1, 1)",
                    true, true, "f' is continuous: f'(0) = 1; only f'' jumps at 0 (f' has a corner)"),
            p -> new Softsign(), null);

    private static final double[] KINKS = {0.0};

    @Override
    public double value(double x) {
        if (Double.isInfinite(x)) {
            return Math.signum(x); // not ∞/∞
        }
        return x / (1.0 + Math.abs(x));
    }

    @Override
    public double derivative(double x) {
        double d = 1.0 + Math.abs(x);
        return 1.0 / (d * d);
    }

    @Override
    public double[] kinks() {
        return KINKS.clone();
    }

    @Override
    public SaturationKind leftSaturation() {
        return SaturationKind.SOFT;
    }

    @Override
    public SaturationKind rightSaturation() {
        return SaturationKind.SOFT;
    }
}
