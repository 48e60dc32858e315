package io.activationplotter.model.functions;

import io.activationplotter.model.Activation;
import io.activationplotter.model.ActivationInfo;
import io.activationplotter.model.ActivationType;
import io.activationplotter.model.ParameterSpec;
import io.activationplotter.model.SaturationKind;
import java.util.List;

/**
 * Snake: x + sin²(αx)/α (Ziyin et al. 2020; BigVGAN), α &gt; 0, a periodic ripple on the identity.
 * f' = 1 + sin(2αx), computed as (sin αx + cos αx)², whose rounding error shrinks with f' itself at
 * the double zeros of f' (1 + sin(2αx) would keep an absolute error of 1e−16 there). αx is carried
 * with its rounding error (fma) and sin, cos corrected by it to first order: x and sin²(αx)/α cancel
 * for x &lt; 0, and the rounding of αx would otherwise show through; for |αx| ≥ 1/2, sin² is taken as
 * (1 − cos 2αx)/2, one rounded function value instead of a squared one.
 */
public final class Snake implements Activation {

    /** The catalogue entry. */
    public static final ActivationType TYPE = new ActivationType("snake", "Snake",
            List.of(new ParameterSpec("alpha", "α", 1.0, 0.01, 3.0)),
            new ActivationInfo("The identity plus a periodic ripple of frequency alpha, for periodic signals (audio).",
                    "(-inf, +inf)", true, false, ""),
            p -> new Snake(p[0]), null);

    /** How far out the saturation analysis lists snake's zones. */
    private static final double REACH = 16.0;

    private final double alpha;

    /**
     * Creates the function.
     *
     * @param alpha  the frequency (positive).
     */
    public Snake(double alpha) {
        this.alpha = alpha;
    }

    @Override
    public double value(double x) {
        double u = alpha * x;
        if (Double.isInfinite(u)) {
            return x; // sin²/α ≤ 1/α is below the last bit of x
        }
        double du = error(u, x); // αx = u + du
        if (Math.abs(u) < 0.5 || Math.abs(u) > 1e300) { // 2u must not overflow
            double s = Math.fma(StrictMath.cos(u), du, StrictMath.sin(u));
            return Math.fma(s, s / alpha, x);
        }
        // sin²u = (1 − cos 2u)/2: one rounded function value instead of a squared one
        double c = Math.fma(-StrictMath.sin(2.0 * u), 2.0 * du, StrictMath.cos(2.0 * u));
        return Math.fma(1.0 - c, 0.5 / alpha, x);
    }

    @Override
    public double derivative(double x) {
        double u = alpha * x;
        if (Double.isInfinite(u)) {
            return 1.0; // no limit, and αx is no number: the mean slope, so that f' is a number
        }
        double du = error(u, x);
        double sin = StrictMath.sin(u);
        double cos = StrictMath.cos(u);
        double r = Math.fma(cos - sin, du, sin + cos);
        return r * r;
    }

    /**
     * Returns 16: f' = (sin αx + cos αx)² touches 0 every π/α out to ±∞, so the saturation analysis lists the
     * low-gradient zones within ±16 (its dense grid, fine enough for every α and T) and none beyond, where
     * the same zones repeat.
     *
     * @return 16.
     */
    @Override
    public double analysisReach() {
        return REACH;
    }

    /** The rounding error of u = αx, used to first order; 0 where the ulp of u is no longer small. */
    private double error(double u, double x) {
        return Math.abs(u) < 0x1p40 ? Math.fma(alpha, x, -u) : 0.0;
    }

    @Override
    public SaturationKind leftSaturation() {
        return SaturationKind.NONE;
    }

    @Override
    public SaturationKind rightSaturation() {
        return SaturationKind.NONE;
    }
}
