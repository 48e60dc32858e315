package io.activationplotter.model.functions;

import io.activationplotter.model.Activation;
import io.activationplotter.model.ActivationInfo;
import io.activationplotter.model.ActivationType;
import io.activationplotter.model.SaturationKind;
import java.util.List;

/** The rectifier max(0, x) (torch.nn.ReLU); relu'(0) = 0 as in PyTorch autograd. */
public final class Relu implements Activation {

    /** The catalogue entry. */
    public static final ActivationType TYPE = new ActivationType("relu", "ReLU", List.of(),
            new ActivationInfo("The default hidden-layer activation: cheap, sparse, no right saturation.",
                    "[0, +inf)", true, false, "f'(0) = 0 (PyTorch autograd)"),
            p -> new Relu(), null);

    private static final double[] KINKS = {0.0};

    @Override
    public double value(double x) {
        return Math.max(0.0, x);
    }

    @Override
    public double derivative(double x) {
        return x > 0 ? 1.0 : 0.0;
    }

    @Override
    public double[] kinks() {
        return KINKS.clone();
    }

    @Override
    public SaturationKind leftSaturation() {
        return SaturationKind.HARD;
    }

    @Override
    public SaturationKind rightSaturation() {
        return SaturationKind.NONE;
    }
}
