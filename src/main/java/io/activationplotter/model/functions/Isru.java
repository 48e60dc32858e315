package io.activationplotter.model.functions;

import io.activationplotter.model.Activation;
import io.activationplotter.model.ActivationInfo;
import io.activationplotter.model.ActivationType;
import io.activationplotter.model.ParameterSpec;
import io.activationplotter.model.SaturationKind;
import java.util.List;

/**
 * Inverse square root unit: x/√(1 + αx²) (Carlile et al. 2017); f' = (1 + αx²)^(−3/2).
 * 1 + αx² is formed with one rounding (fma); where αx² overflows, f is its limit ±1/√α and f' is 0
 * (the true value is below 1e−462).
 */
public final class Isru implements Activation {

    /** The catalogue entry. */
    public static final ActivationType TYPE = new ActivationType("isru", "ISRU",
            List.of(new ParameterSpec("alpha", "α", 1.0, 0.0, 10.0)),
            new ActivationInfo("A tanh-like squashing function without exp: x over a square root.",
                    "(-1/sqrt(alpha), 1/sqrt(alpha)); all reals for alpha = 0", true, true, ""),
            p -> new Isru(p[0]), null);

    /** Below this 1 + αx², u·√u does not overflow. */
    private static final double SAFE_CUBE = 1e200;

    private final double alpha;

    /**
     * Creates the function.
     *
     * @param alpha  the squeeze (0 or more).
     */
    public Isru(double alpha) {
        this.alpha = alpha;
    }

    @Override
    public double value(double x) {
        return value(alpha, x);
    }

    @Override
    public double derivative(double x) {
        return derivative(alpha, x);
    }

    /**
     * x/√(1 + αx²).
     *
     * @param alpha  the squeeze (0 or more).
     * @param x      the argument.
     * @return the value.
     */
    static double value(double alpha, double x) {
        if (alpha == 0) {
            return x; // not x/√(1 + 0·∞): NaN at x = ±∞
        }
        double ax = alpha * x;
        double u = Math.fma(ax, x, 1.0);
        if (Double.isInfinite(u) || Double.isInfinite(ax)) {
            return Math.copySign(1.0 / Math.sqrt(alpha), x);
        }
        return x / Math.sqrt(u);
    }

    /**
     * (1 + αx²)^(−3/2).
     *
     * @param alpha  the squeeze (0 or more).
     * @param x      the argument.
     * @return the derivative.
     */
    static double derivative(double alpha, double x) {
        if (alpha == 0) {
            return 1.0;
        }
        double ax = alpha * x;
        double u = Math.fma(ax, x, 1.0);
        if (Double.isInfinite(u) || Double.isInfinite(ax)) {
            return 0.0;
        }
        if (u < SAFE_CUBE) {
            return 1.0 / (u * Math.sqrt(u));
        }
        double r = 1.0 / Math.sqrt(u);
        return r * r * r;
    }

    @Override
    public SaturationKind leftSaturation() {
        return alpha == 0 ? SaturationKind.NONE : SaturationKind.SOFT;
    }

    @Override
    public SaturationKind rightSaturation() {
        return leftSaturation();
    }
}
