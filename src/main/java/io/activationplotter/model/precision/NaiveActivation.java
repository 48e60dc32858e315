package io.activationplotter.model.precision;

import io.activationplotter.model.Activation;
import io.activationplotter.model.SaturationKind;
import java.util.Objects;

/**
 * A function computed by its naive formula in a format: x rounded to the format, then every operation
 * rounded ({@link Rounded}). Breakpoints and asymptotic saturation are the exact function's.
 */
public final class NaiveActivation implements Activation {

    private final Activation exact;
    private final NaiveFormula formula;
    private final Rounded ops;

    /**
     * Creates the function.
     *
     * @param exact    the exact function, for breakpoints and saturation ({@code null} not permitted).
     * @param formula  the naive formula ({@code null} not permitted).
     * @param format   the format ({@code null} not permitted).
     */
    public NaiveActivation(Activation exact, NaiveFormula formula, FloatFormat format) {
        this.exact = Objects.requireNonNull(exact, "exact");
        this.formula = Objects.requireNonNull(formula, "formula");
        this.ops = new Rounded(format);
    }

    /** @return the formula. */
    public NaiveFormula formula() {
        return formula;
    }

    @Override
    public double value(double x) {
        return formula.value(ops.format().round(x), ops);
    }

    @Override
    public double derivative(double x) {
        return formula.derivative(ops.format().round(x), ops);
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
