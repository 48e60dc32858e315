package io.activationplotter.model.functions;

import io.activationplotter.model.Activation;
import io.activationplotter.model.ActivationInfo;
import io.activationplotter.model.ActivationType;
import io.activationplotter.model.ParameterSpec;
import io.activationplotter.model.SaturationKind;
import java.util.List;

/**
 * Inverse square root linear unit: x/√(1 + αx²) for x &lt; 0, x for x ≥ 0 (Carlile et al. 2017);
 * f' = (1 + αx²)^(−3/2) on the left and 1 on the right, continuous (and smooth to f'') at 0.
 */
public final class Isrlu implements Activation {

    /** The catalogue entry. */
    public static final ActivationType TYPE = new ActivationType("isrlu", "ISRLU",
            List.of(new ParameterSpec("alpha", "α", 1.0, 0.0, 10.0)),
            new ActivationInfo("An ELU-like unit without exp: linear on the right, ISRU's curve on the left.",
                    "(-1/sqrt(alpha), +inf); all reals for alpha = 0", true, false, ""),
            p -> new Isrlu(p[0]), null);

    private final double alpha;

    /**
     * Creates the function.
     *
     * @param alpha  the squeeze of the left branch (0 or more).
     */
    public Isrlu(double alpha) {
        this.alpha = alpha;
    }

    @Override
    public double value(double x) {
        return x >= 0 ? x : Isru.value(alpha, x);
    }

    @Override
    public double derivative(double x) {
        return x >= 0 ? 1.0 : Isru.derivative(alpha, x);
    }

    @Override
    public SaturationKind leftSaturation() {
        return alpha == 0 ? SaturationKind.NONE : SaturationKind.SOFT;
    }

    @Override
    public SaturationKind rightSaturation() {
        return SaturationKind.NONE;
    }
}
