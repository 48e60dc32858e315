package io.activationplotter.model.functions;

import io.activationplotter.model.Activation;
import io.activationplotter.model.ActivationInfo;
import io.activationplotter.model.ActivationType;
import io.activationplotter.model.SaturationKind;
import java.util.List;

/** The hyperbolic tangent (torch.nn.Tanh); tanh' = sech², computed as 4e^−2|x| / (1 + e^−2|x|)². */
public final class Tanh implements Activation {

    /** The catalogue entry. */
    public static final ActivationType TYPE = new ActivationType("tanh", "Tanh", List.of(),
            new ActivationInfo("Zero-centred squashing; classic for RNN hidden states.", "(-1, 1)", true, true, ""),
            p -> new Tanh(), null);

    @Override
    public double value(double x) {
        return Math.tanh(x);
    }

    @Override
    public double derivative(double x) {
        // sech²x without the cancellation of 1 − tanh²x in the tails
        double e = Math.exp(-2.0 * Math.abs(x));
        double d = 1.0 + e;
        return 4.0 * e / (d * d);
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
