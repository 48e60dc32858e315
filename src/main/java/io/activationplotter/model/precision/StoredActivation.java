package io.activationplotter.model.precision;

import io.activationplotter.model.Activation;
import io.activationplotter.model.SaturationKind;
import java.util.Objects;

/**
 * An activation as a tensor of a format stores it: x is first rounded to the format, then the exact f(x)
 * and f'(x) are correctly rounded to it, which is the best any kernel can return. Breakpoints and the
 * asymptotic saturation are the exact function's.
 */
public final class StoredActivation implements Activation {

    private final Activation exact;
    private final FloatFormat format;

    /**
     * Creates the stored view of a function.
     *
     * @param exact   the function ({@code null} not permitted).
     * @param format  the format ({@code null} not permitted).
     */
    public StoredActivation(Activation exact, FloatFormat format) {
        this.exact = Objects.requireNonNull(exact, "exact");
        this.format = Objects.requireNonNull(format, "format");
    }

    /**
     * Returns a function as stored in a format, or the function itself for float64.
     *
     * @param exact   the function ({@code null} not permitted).
     * @param format  the format ({@code null} not permitted).
     * @return the stored view.
     */
    public static Activation of(Activation exact, FloatFormat format) {
        return format == FloatFormat.FLOAT64 ? exact : new StoredActivation(exact, format);
    }

    /** @return the exact function. */
    public Activation exact() {
        return exact;
    }

    /** @return the format. */
    public FloatFormat format() {
        return format;
    }

    @Override
    public double value(double x) {
        return format.round(exact.value(format.round(x)));
    }

    @Override
    public double derivative(double x) {
        return format.round(exact.derivative(format.round(x)));
    }

    @Override
    public double[] jumps() {
        return exact.jumps();
    }

    @Override
    public double[] kinks() {
        return exact.kinks();
    }

    @Override
    public SaturationKind leftSaturation() {
        return exact.leftSaturation();
    }

    @Override
    public SaturationKind rightSaturation() {
        return exact.rightSaturation();
    }
}
