package io.activationplotter.model.functions;

import io.activationplotter.model.Activation;
import io.activationplotter.model.ActivationInfo;
import io.activationplotter.model.ActivationType;
import io.activationplotter.model.ParameterSpec;
import io.activationplotter.model.SaturationKind;
import java.util.List;

/**
 * Hard shrinkage: x for |x| &gt; λ, else 0 (torch.nn.Hardshrink). f jumps at ±λ (for λ &gt; 0);
 * f' = 0 on the closed interval [−λ, λ], 1 outside, as in PyTorch autograd (with λ = 0 that leaves
 * a one-point kink in f' at 0).
 */
public final class Hardshrink implements Activation {

    /** The catalogue entry. */
    public static final ActivationType TYPE = new ActivationType("hardshrink", "Hardshrink",
            List.of(new ParameterSpec("lambd", "λ", 0.5, 0.0, 3.0)),
            new ActivationInfo("Hard thresholding: keeps inputs beyond lambda unchanged and zeroes the rest.",
                    "(-inf, -lambd) U {0} U (lambd, +inf)", true, true,
                    "f' = 0 on the closed [-lambd, lambd], also at the jumps +-lambd (PyTorch autograd)"),
            p -> new Hardshrink(p[0]), null);

    private static final double[] ZERO = {0.0};

    private final double lambd;

    /**
     * Creates the function.
     *
     * @param lambd  the half-width of the dead zone (0 or more).
     */
    public Hardshrink(double lambd) {
        this.lambd = lambd;
    }

    @Override
    public double value(double x) {
        return x >= -lambd && x <= lambd ? 0.0 : x;
    }

    @Override
    public double derivative(double x) {
        return x >= -lambd && x <= lambd ? 0.0 : 1.0;
    }

    @Override
    public double[] jumps() {
        return lambd > 0 ? Points.of(-lambd, lambd) : NO_POINTS;
    }

    @Override
    public double[] kinks() {
        return lambd > 0 ? NO_POINTS : ZERO.clone();
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
