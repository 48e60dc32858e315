package io.activationplotter.model;

/**
 * An activation function with fixed parameters: its value and its analytic derivative.
 * <p>
 * Implementations are small immutable classes, one per function, and contain all the numerical
 * care (expm1, log1p, erfc, tails without cancellation). They never import UI code.
 */
public interface Activation {

    /** An empty array, shared by functions without breakpoints. */
    double[] NO_POINTS = new double[0];

    /**
     * Returns the value f(x).
     *
     * @param x  the argument.
     * @return the value.
     */
    double value(double x);

    /**
     * Returns the analytic derivative f'(x); at a kink the value PyTorch autograd uses.
     *
     * @param x  the argument.
     * @return the derivative.
     */
    double derivative(double x);

    /**
     * Returns the points where f itself is discontinuous (step, threshold, hardshrink).
     * Plots break both f and f' there.
     *
     * @return the sorted jump points (never {@code null}).
     */
    default double[] jumps() {
        return NO_POINTS;
    }

    /**
     * Returns the points where f is continuous but f' is not (ReLU at 0, hardswish at ±3).
     * Plots sample exactly there and break the f' curve there.
     *
     * @return the sorted kink points (never {@code null}).
     */
    default double[] kinks() {
        return NO_POINTS;
    }

    /**
     * Returns how far out the saturation analysis scans. A function whose f' keeps repeating (snake's
     * ripple touches 0 every π/α out to ±∞) lists its zones within ±reach only; every function whose f'
     * settles far out is scanned to ±∞ (the default).
     *
     * @return the reach ({@code +∞} for the whole line).
     */
    default double analysisReach() {
        return Double.POSITIVE_INFINITY;
    }

    /**
     * Returns the asymptotic saturation toward −∞ (Gulcehre et al. 2016).
     *
     * @return the kind (never {@code null}).
     */
    SaturationKind leftSaturation();

    /**
     * Returns the asymptotic saturation toward +∞ (Gulcehre et al. 2016).
     *
     * @return the kind (never {@code null}).
     */
    SaturationKind rightSaturation();
}
