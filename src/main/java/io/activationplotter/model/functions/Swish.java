package io.activationplotter.model.functions;

import io.activationplotter.model.Activation;
import io.activationplotter.model.ActivationInfo;
import io.activationplotter.model.ActivationType;
import io.activationplotter.model.ParameterSpec;
import io.activationplotter.model.SaturationKind;
import java.util.List;

/**
 * Swish: x·σ(βx) (Ramachandran et al. 2017; β = 1 is SiLU); f' = σ(βx)(1 + βx·σ(−βx)).
 * With β = 0 it is the line x/2.
 */
public final class Swish implements Activation {

    /** The catalogue entry. */
    public static final ActivationType TYPE = new ActivationType("swish", "Swish (β)",
            List.of(new ParameterSpec("beta", "β", 1.0, 0.0, 5.0)),
            new ActivationInfo("SiLU with a sharpness beta: from the line x/2 (beta = 0) toward ReLU (large beta).",
                    "[-0.278/beta, +inf)", false, false, ""),
            p -> new Swish(p[0]), null);

    private final double beta;

    /**
     * Creates the function.
     *
     * @param beta  the sharpness (0 or more).
     */
    public Swish(double beta) {
        this.beta = beta;
    }

    @Override
    public double value(double x) {
        return x * Logistic.sigmoid(beta * x);
    }

    @Override
    public double derivative(double x) {
        return Logistic.swishDerivative(beta * x);
    }

    @Override
    public SaturationKind leftSaturation() {
        return beta == 0 ? SaturationKind.NONE : SaturationKind.SOFT;
    }

    @Override
    public SaturationKind rightSaturation() {
        return SaturationKind.NONE;
    }
}
