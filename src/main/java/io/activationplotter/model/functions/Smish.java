package io.activationplotter.model.functions;

import io.activationplotter.model.Activation;
import io.activationplotter.model.ActivationInfo;
import io.activationplotter.model.ActivationType;
import io.activationplotter.model.ParameterSpec;
import io.activationplotter.model.SaturationKind;
import java.util.List;

/**
 * Smish: x·tanh(ln(1 + σ(x))) (Wang et al. 2022). With s = σ(x), tanh(ln(1 + s)) is the rational
 * t = s(2 + s)/(s(2 + s) + 2), all terms positive, so neither tail cancels; f' = t + x·t'(s)·σ'(x)
 * with t'(s) = 4(1 + s)/(s(2 + s) + 2)².
 */
public final class Smish implements Activation {

    /** The catalogue entry. */
    public static final ActivationType TYPE = new ActivationType("smish", "Smish",
            List.<ParameterSpec>of(),
            new ActivationInfo("A Mish-like smooth unit with a sigmoid inside: slope 0.6 far right.",
                    "[-0.2500, +inf)", false, false, ""),
            p -> new Smish(), null);

    @Override
    public double value(double x) {
        if (x == Double.NEGATIVE_INFINITY) {
            return -0.0;
        }
        double s = Logistic.sigmoid(x);
        double n = s * (2.0 + s);
        return x * (n / (n + 2.0));
    }

    @Override
    public double derivative(double x) {
        if (x > Logistic.SWISH_FLAT) {
            return 0.6;
        }
        if (x < -Logistic.SWISH_FLAT) {
            return -0.0; // (1 + x)e^x: negative, below the least double
        }
        double s = Logistic.sigmoid(x);
        double n = s * (2.0 + s);
        double d = n + 2.0;
        double dt = 4.0 * (1.0 + s) / (d * d);
        return Math.fma(x * dt, Logistic.sigmoidDerivative(x), n / d);
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
