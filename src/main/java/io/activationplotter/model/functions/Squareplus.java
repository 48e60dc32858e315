package io.activationplotter.model.functions;

import io.activationplotter.model.Activation;
import io.activationplotter.model.ActivationInfo;
import io.activationplotter.model.ActivationType;
import io.activationplotter.model.ParameterSpec;
import io.activationplotter.model.SaturationKind;
import java.util.List;

/**
 * Squareplus: (x + √(x² + b))/2 (Barron 2021; jax.nn.squareplus, keras.ops.squareplus), a softplus
 * made of a square root. For x &lt; 0 both f = b/(2(√(x² + b) − x)) and f' = b/(2s(s − x)), s = √(x² + b),
 * are written without the cancellation of x + s; x² + b is formed with one rounding (fma).
 * With b = 0 it is ReLU, with f'(0) = 1/2 (the value every b &gt; 0 gives).
 */
public final class Squareplus implements Activation {

    /** Beyond this |x|, x² + b is x² to double precision (and x² would overflow soon after). */
    private static final double FAR = 1e150;

    /** The catalogue entry. */
    public static final ActivationType TYPE = new ActivationType("squareplus", "Squareplus",
            List.of(new ParameterSpec("b", "b", 4.0, 0.0, 20.0)),
            new ActivationInfo("A softplus built from a square root: smooth, positive, b sets the curvature at 0.",
                    "(0, +inf); [0, +inf) for b = 0", true, false,
                    "with b = 0, f'(0) = 1/2 (the value of every b > 0)"),
            p -> new Squareplus(p[0]), null);

    private final double b;

    /**
     * Creates the function.
     *
     * @param b  the curvature (0 or more).
     */
    public Squareplus(double b) {
        this.b = b;
    }

    @Override
    public double value(double x) {
        if (b == 0) {
            return x > 0 ? x : 0.0; // ReLU; √(x²) would lose tiny x to underflow
        }
        if (x >= 0) {
            return 0.5 * (x + root(x));
        }
        if (x < -FAR) {
            return 0.25 * b / -x;
        }
        return 0.5 * b / (root(x) - x);
    }

    @Override
    public double derivative(double x) {
        if (b == 0) {
            return x > 0 ? 1.0 : x == 0 ? 0.5 : 0.0;
        }
        if (x >= 0) {
            return x > FAR ? 1.0 : 0.5 + 0.5 * (x / root(x));
        }
        if (x < -FAR) {
            return 0.0; // b/(4x²) < 1e-298 · b: below the least double once x² overflows
        }
        double s = root(x);
        return 0.5 * b / s / (s - x);
    }

    private double root(double x) {
        return Math.abs(x) > FAR ? Math.abs(x) : Math.sqrt(Math.fma(x, x, b));
    }

    @Override
    public double[] kinks() {
        return b == 0 ? new double[] {0.0} : NO_POINTS;
    }

    @Override
    public SaturationKind leftSaturation() {
        return b == 0 ? SaturationKind.HARD : SaturationKind.SOFT;
    }

    @Override
    public SaturationKind rightSaturation() {
        return SaturationKind.NONE;
    }
}
