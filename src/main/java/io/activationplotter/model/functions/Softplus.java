package io.activationplotter.model.functions;

import io.activationplotter.model.Activation;
import io.activationplotter.model.ActivationInfo;
import io.activationplotter.model.ActivationType;
import io.activationplotter.model.ParameterSpec;
import io.activationplotter.model.SaturationKind;
import java.util.List;

/**
 * Softplus: (1/β)·log(1 + e^(βx)) (torch.nn.Softplus) as the exact function, without PyTorch's
 * linear shortcut above {@code threshold}; f' = σ(βx). For βx &gt; 0 it is x + log1p(e^−βx)/β.
 */
public final class Softplus implements Activation {

    /** The catalogue entry. */
    public static final ActivationType TYPE = new ActivationType("softplus", "Softplus",
            List.of(new ParameterSpec("beta", "β", 1.0, 0.1, 10.0)),
            new ActivationInfo("A smooth ReLU whose derivative is the sigmoid; larger beta hugs ReLU closer.",
                    "(0, +inf)", true, false, ""),
            p -> new Softplus(p[0]), null);

    private final double beta;

    /**
     * Creates the function.
     *
     * @param beta  the sharpness (positive).
     */
    public Softplus(double beta) {
        this.beta = beta;
    }

    @Override
    public double value(double x) {
        double z = beta * x;
        if (z > 0) {
            return x + StrictMath.log1p(StrictMath.exp(-z)) / beta;
        }
        return StrictMath.log1p(StrictMath.exp(z)) / beta;
    }

    @Override
    public double derivative(double x) {
        return Logistic.sigmoid(beta * x);
    }

    @Override
    public SaturationKind leftSaturation() {
        return SaturationKind.SOFT;
    }

    @Override
    public SaturationKind rightSaturation() {
        return SaturationKind.NONE;
    }
}
