package io.activationplotter.model.functions;

import io.activationplotter.model.Activation;
import io.activationplotter.model.ActivationInfo;
import io.activationplotter.model.ActivationType;
import io.activationplotter.model.ParameterSpec;
import io.activationplotter.model.SaturationKind;
import java.util.List;

/**
 * Soft shrinkage: x − λ for x &gt; λ, x + λ for x &lt; −λ, else 0 (torch.nn.Softshrink);
 * f' = 0 on the closed interval [−λ, λ] (so also at the kinks ±λ), 1 outside, as in PyTorch autograd.
 */
public final class Softshrink implements Activation {

    /** The catalogue entry. */
    public static final ActivationType TYPE = new ActivationType("softshrink", "Softshrink",
            List.of(new ParameterSpec("lambd", "λ", 0.5, 0.0, 3.0)),
            new ActivationInfo("Soft thresholding: zeroes small inputs and shrinks the rest by lambda (LASSO, denoising).",
                    "(-inf, +inf)", true, true, "f'(-lambd) = f'(lambd) = 0: zero on the closed [-lambd, lambd] "
                            + "(PyTorch autograd)"),
            p -> new Softshrink(p[0]), null);

    private final double lambd;

    /**
     * Creates the function.
     *
     * @param lambd  the half-width of the dead zone (0 or more).
     */
    public Softshrink(double lambd) {
        this.lambd = lambd;
    }

    @Override
    public double value(double x) {
        if (x > lambd) {
            return x - lambd;
        }
        return x < -lambd ? x + lambd : 0.0;
    }

    @Override
    public double derivative(double x) {
        return x >= -lambd && x <= lambd ? 0.0 : 1.0;
    }

    @Override
    public double[] kinks() {
        return Points.of(-lambd, lambd);
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
