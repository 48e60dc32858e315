package io.activationplotter.model.functions;

import io.activationplotter.model.Activation;
import io.activationplotter.model.ActivationInfo;
import io.activationplotter.model.ActivationType;
import io.activationplotter.model.ParameterSpec;
import io.activationplotter.model.SaturationKind;
import java.util.List;

/**
 * The Gaussian bump e^(−x²); f' = −2x·e^(−x²). x² is split into its rounded value and the rounding
 * error (fma), and e^(−x²) = e^(−hi)·(1 − lo), so the result does not carry the 2x²-fold
 * amplification of the rounding of x².
 */
public final class Gaussian implements Activation {

    /** The catalogue entry. */
    public static final ActivationType TYPE = new ActivationType("gaussian", "Gaussian",
            List.<ParameterSpec>of(),
            new ActivationInfo("A bump at 0 (radial-basis networks): not monotonic, saturates on both sides.",
                    "(0, 1]", false, false, ""),
            p -> new Gaussian(), null);

    @Override
    public double value(double x) {
        double hi = x * x;
        if (hi == Double.POSITIVE_INFINITY) {
            return 0.0;
        }
        double lo = Math.fma(x, x, -hi);
        double e = StrictMath.exp(-hi);
        return e - e * lo;
    }

    @Override
    public double derivative(double x) {
        double g = value(x);
        return g == 0 ? -0.0 * Math.signum(x) : -2.0 * x * g;
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
