package io.activationplotter.model.functions;

import io.activationplotter.model.Activation;
import io.activationplotter.model.ActivationInfo;
import io.activationplotter.model.ActivationType;
import io.activationplotter.model.ParameterSpec;
import io.activationplotter.model.SaturationKind;
import java.util.List;

/**
 * Log-sigmoid: log σ(x) = −softplus(−x) (torch.nn.LogSigmoid), as x − log1p(e^x) for x &lt; 0 and
 * −log1p(e^−x) otherwise; f' = σ(−x).
 */
public final class Logsigmoid implements Activation {

    /** The catalogue entry. */
    public static final ActivationType TYPE = new ActivationType("logsigmoid", "LogSigmoid",
            List.<ParameterSpec>of(),
            new ActivationInfo("The log of a probability, computed stably; the building block of logistic losses.",
                    "(-inf, 0)", true, false, ""),
            p -> new Logsigmoid(), null);

    @Override
    public double value(double x) {
        if (x < 0) {
            return x - StrictMath.log1p(StrictMath.exp(x));
        }
        return -StrictMath.log1p(StrictMath.exp(-x));
    }

    @Override
    public double derivative(double x) {
        return Logistic.sigmoid(-x);
    }

    @Override
    public SaturationKind leftSaturation() {
        return SaturationKind.NONE;
    }

    @Override
    public SaturationKind rightSaturation() {
        return SaturationKind.SOFT;
    }
}
