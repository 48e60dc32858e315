package io.activationplotter.model.functions;

import io.activationplotter.model.Activation;
import io.activationplotter.model.ActivationInfo;
import io.activationplotter.model.ActivationType;
import io.activationplotter.model.ParameterSpec;
import io.activationplotter.model.SaturationKind;
import java.util.List;

/**
 * TanhExp: x·tanh(eˣ) (Liu &amp; Di 2020); f' = tanh(eˣ) + x·eˣ·sech²(eˣ), with sech² written without
 * the cancellation of 1 − tanh². From x = 20 on, tanh(eˣ) is 1 to double precision and the second
 * term below 1e−200, so f = x and f' = 1 there (no ∞·0 where eˣ overflows).
 */
public final class TanhExp implements Activation {

    /** From here on f' = 1 and f = x to double precision. */
    private static final double FLAT = 20.0;

    /** The catalogue entry. */
    public static final ActivationType TYPE = new ActivationType("tanhexp", "TanhExp",
            List.<ParameterSpec>of(),
            new ActivationInfo("x gated by tanh(e^x): close to x for x > 1, a small dip to about −0.35.",
                    "[-0.3532, +inf)", false, false, ""),
            p -> new TanhExp(), null);

    @Override
    public double value(double x) {
        if (x > FLAT) {
            return x;
        }
        if (x == Double.NEGATIVE_INFINITY) {
            return -0.0;
        }
        return x * StrictMath.tanh(StrictMath.exp(x));
    }

    @Override
    public double derivative(double x) {
        if (x > FLAT) {
            return 1.0;
        }
        if (x < -Logistic.SWISH_FLAT) {
            return -0.0; // (1 + x)e^x: negative, below the least double
        }
        double e = StrictMath.exp(x);
        return Math.fma(x * e, Logistic.sech2(e), StrictMath.tanh(e));
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
