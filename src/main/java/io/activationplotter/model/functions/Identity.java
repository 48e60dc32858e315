package io.activationplotter.model.functions;

import io.activationplotter.model.Activation;
import io.activationplotter.model.ActivationInfo;
import io.activationplotter.model.ActivationType;
import io.activationplotter.model.ParameterSpec;
import io.activationplotter.model.SaturationKind;
import java.util.List;

/** The identity x ↦ x (torch.nn.Identity); f' = 1 everywhere. */
public final class Identity implements Activation {

    /** The catalogue entry. */
    public static final ActivationType TYPE = new ActivationType("identity", "Identity", List.<ParameterSpec>of(),
            new ActivationInfo("No activation at all: the linear baseline, as in regression output layers.",
                    "(-inf, +inf)", true, true, ""),
            p -> new Identity(), null);

    @Override
    public double value(double x) {
        return x;
    }

    @Override
    public double derivative(double x) {
        return 1.0;
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
