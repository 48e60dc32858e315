package io.activationplotter.model.functions;

import io.activationplotter.model.Activation;
import io.activationplotter.model.ActivationInfo;
import io.activationplotter.model.ActivationType;
import io.activationplotter.model.ParameterSpec;
import io.activationplotter.model.SaturationKind;
import java.util.List;

/**
 * Sparse plus: 0 for x ≤ −1, (x + 1)²/4 for −1 &lt; x &lt; 1, x for x ≥ 1 (jax.nn.sparse_plus,
 * keras.ops.sparse_plus); f' = 0, (x + 1)/2, 1 is continuous; only f'' jumps at ±1 (declared as kinks).
 */
public final class SparsePlus implements Activation {

    /** The catalogue entry. */
    public static final ActivationType TYPE = new ActivationType("sparse_plus", "Sparse plus",
            List.<ParameterSpec>of(),
            new ActivationInfo("A softplus that is exactly 0 left of −1 and exactly x right of 1.",
                    "[0, +inf)", true, false, "f'(-1) = 0 and f'(1) = 1 from both sides; only f'' jumps there"),
            p -> new SparsePlus(), null);

    private static final double[] KINKS = {-1.0, 1.0};

    @Override
    public double value(double x) {
        if (x <= -1.0) {
            return 0.0;
        }
        if (x >= 1.0) {
            return x;
        }
        double u = x + 1.0; // exact for x near −1 (Sterbenz)
        return 0.25 * (u * u);
    }

    @Override
    public double derivative(double x) {
        if (x <= -1.0) {
            return 0.0;
        }
        return x >= 1.0 ? 1.0 : 0.5 * (x + 1.0);
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
        return SaturationKind.NONE;
    }
}
