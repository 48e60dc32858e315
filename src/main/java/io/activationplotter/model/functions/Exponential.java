package io.activationplotter.model.functions;

import io.activationplotter.model.Activation;
import io.activationplotter.model.ActivationInfo;
import io.activationplotter.model.ActivationType;
import io.activationplotter.model.ParameterSpec;
import io.activationplotter.model.SaturationKind;
import java.util.List;

/** The exponential eˣ (keras.activations.exponential); f' = eˣ. It overflows to +∞ above x ≈ 709.78. */
public final class Exponential implements Activation {

    /** The catalogue entry. */
    public static final ActivationType TYPE = new ActivationType("exponential", "Exponential",
            List.<ParameterSpec>of(),
            new ActivationInfo("e^x: positive, its own derivative; used for rates and scales, rarely hidden layers.",
                    "(0, +inf)", true, false, ""),
            p -> new Exponential(), null);

    @Override
    public double value(double x) {
        return StrictMath.exp(x);
    }

    @Override
    public double derivative(double x) {
        return StrictMath.exp(x);
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
