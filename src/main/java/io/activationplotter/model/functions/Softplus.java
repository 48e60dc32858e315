package io.activationplotter.model.functions;

import io.activationplotter.model.Activation;
import io.activationplotter.model.ActivationInfo;
import io.activationplotter.model.ActivationType;
import io.activationplotter.model.ParameterSpec;
import io.activationplotter.model.SaturationKind;
import java.util.List;

/**
 * Softplus: (1/β)·log(1 + e^(βx)) (torch.nn.Softplus); f' = σ(βx). For βx &gt; 0 it is
 * x + log1p(e^−βx)/β.
 * <p>
 * {@code threshold} reproduces nn.Softplus's linear shortcut: once βx &gt; threshold (βx rounded as
 * a double, as PyTorch computes it) f = x and f' = 1. Its default and largest value, {@value #OFF},
 * is the exact function: from βx &gt; 40 on, log1p(e^−βx)/β is below half an ulp of x and σ(βx)
 * rounds to 1, so the shortcut changes no bit. PyTorch's own default is 20.
 */
public final class Softplus implements Activation {

    /** The threshold that leaves the function exact (the default). */
    public static final double OFF = 40.0;

    /** A jump smaller than this, relative to the value, is not declared (no plot or probe can show it). */
    private static final double VISIBLE_JUMP = 1e-5;

    /** The catalogue entry. */
    public static final ActivationType TYPE = new ActivationType("softplus", "Softplus",
            List.of(new ParameterSpec("beta", "β", 1.0, 0.1, 10.0),
                    new ParameterSpec("threshold", "threshold", OFF, 0.0, OFF)),
            new ActivationInfo("A smooth ReLU whose derivative is the sigmoid; larger beta hugs ReLU closer.",
                    "(0, +inf)", true, false, "with threshold < 40, f = x and f' = 1 once beta x > threshold "
                            + "(nn.Softplus); f jumps there by log1p(e^-threshold)/beta"),
            p -> new Softplus(p[0], p[1]), null);

    private final double beta;
    private final double threshold;

    /**
     * Creates the exact function.
     *
     * @param beta  the sharpness (positive).
     */
    public Softplus(double beta) {
        this(beta, OFF);
    }

    /**
     * Creates the function with nn.Softplus's linear shortcut.
     *
     * @param beta       the sharpness (positive).
     * @param threshold  f = x once βx exceeds it ({@link #OFF} for the exact function).
     */
    public Softplus(double beta, double threshold) {
        this.beta = beta;
        this.threshold = threshold;
    }

    @Override
    public double value(double x) {
        double z = beta * x;
        if (z > threshold) {
            return x;
        }
        if (z > 0) {
            return x + StrictMath.log1p(StrictMath.exp(-z)) / beta;
        }
        return StrictMath.log1p(StrictMath.exp(z)) / beta;
    }

    @Override
    public double derivative(double x) {
        double z = beta * x;
        return z > threshold ? 1.0 : Logistic.sigmoid(z);
    }

    /**
     * Returns the shortcut's jump, where it is large enough to see: at the first x with βx &gt; threshold.
     *
     * @return the jump point, or none.
     */
    @Override
    public double[] jumps() {
        if (threshold >= OFF) {
            return NO_POINTS;
        }
        double p = threshold / beta;
        while (beta * p > threshold) {
            p = Math.nextDown(p);
        }
        while (!(beta * p > threshold)) {
            p = Math.nextUp(p);
        }
        double jump = StrictMath.log1p(StrictMath.exp(-threshold)) / beta;
        return jump >= VISIBLE_JUMP * Math.max(1.0, Math.abs(p)) ? new double[] {p} : NO_POINTS;
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
