package io.activationplotter.model.softmax;

import io.activationplotter.model.Activation;
import io.activationplotter.model.SaturationKind;

/**
 * The slice x -> softmax([x, z] / τ)[0] = sigmoid((x - z) / τ) of a two-class softmax, as an
 * activation of x, so it can be plotted and analysed like the others.
 *
 * @param z            the other logit (finite).
 * @param temperature  the temperature (finite, &gt; 0).
 */
public record SoftmaxSlice(double z, double temperature) implements Activation {

    /** Checks the arguments. */
    public SoftmaxSlice {
        if (!Double.isFinite(z) || !(temperature > 0) || Double.isInfinite(temperature)) {
            throw new IllegalArgumentException("z must be finite and the temperature finite and > 0");
        }
    }

    @Override
    public double value(double x) {
        return Softmax.pair(x, z, temperature);
    }

    @Override
    public double derivative(double x) {
        return Softmax.pairDerivative(x, z, temperature);
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
