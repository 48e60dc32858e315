package io.activationplotter.model.functions;

import io.activationplotter.model.Activation;
import io.activationplotter.model.ActivationInfo;
import io.activationplotter.model.ActivationType;
import io.activationplotter.model.SaturationKind;
import java.util.List;

/** The logistic sigmoid σ(x) = 1 / (1 + e^−x) (torch.nn.Sigmoid); σ' = σ(x)·σ(−x). */
public final class Sigmoid implements Activation {

    /** The catalogue entry. */
    public static final ActivationType TYPE = new ActivationType("sigmoid", "Sigmoid", List.of(),
            new ActivationInfo("Squashes to a probability; gates in LSTMs and binary outputs.", "(0, 1)", true, false,
                    ""),
            p -> new Sigmoid(), null);

    @Override
    public double value(double x) {
        return Logistic.sigmoid(x);
    }

    @Override
    public double derivative(double x) {
        return Logistic.sigmoidDerivative(x);
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
