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
                    "[-0.278/beta, +inf); all reals for beta = 0", false, false, ""),
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
        if (beta == 0) {
            return 0.5 * x; // not x·σ(0·x): 0·∞ is NaN
        }
        return Logistic.gated(x, beta * x);
    }

    @Override
    public double derivative(double x) {
        if (beta == 0) {
            return 0.5;
        }
        return Logistic.swishDerivative(beta * x); // βx = ±∞ for huge x: the limit, see swishDerivative
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
