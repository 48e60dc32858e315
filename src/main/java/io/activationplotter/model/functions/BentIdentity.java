package io.activationplotter.model.functions;

import io.activationplotter.model.Activation;
import io.activationplotter.model.ActivationInfo;
import io.activationplotter.model.ActivationType;
import io.activationplotter.model.ParameterSpec;
import io.activationplotter.model.SaturationKind;
import java.util.List;

/**
 * Bent identity: (√(x² + 1) − 1)/2 + x, written x + x²/(2(√(x² + 1) + 1)) so that nothing cancels
 * near 0; f' = 1 + x/(2√(x² + 1)), between 1/2 and 3/2.
 */
public final class BentIdentity implements Activation {

    /** Beyond this |x|, x² + 1 is x² to double precision. */
    private static final double FAR = 1e150;

    /** The catalogue entry. */
    public static final ActivationType TYPE = new ActivationType("bent_identity", "Bent identity",
            List.<ParameterSpec>of(),
            new ActivationInfo("The identity bent upward: slope 1/2 far left, 3/2 far right, never flat.",
                    "(-inf, +inf)", true, false, ""),
            p -> new BentIdentity(), null);

    @Override
    public double value(double x) {
        if (Math.abs(x) > FAR) {
            return x > 0 ? 1.5 * x : 0.5 * x; // the −1/2 is below the last bit
        }
        double s = root(x);
        return Math.fma(0.5 * x, x / (s + 1.0), x);
    }

    @Override
    public double derivative(double x) {
        if (Math.abs(x) > FAR) {
            return x > 0 ? 1.5 : 0.5;
        }
        return 1.0 + 0.5 * (x / root(x));
    }

    private static double root(double x) {
        return Math.sqrt(Math.fma(x, x, 1.0));
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
