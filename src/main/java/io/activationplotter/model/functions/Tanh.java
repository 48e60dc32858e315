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
        return StrictMath.tanh(x);
    }

    @Override
    public double derivative(double x) {
        return Logistic.sech2(x);
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
