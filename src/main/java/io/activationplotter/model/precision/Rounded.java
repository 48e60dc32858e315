package io.activationplotter.model.precision;

import java.util.Objects;
import org.apache.commons.numbers.gamma.Erf;

/**
 * Arithmetic in a format: every operation's result is rounded to the format. +, −, ×, ÷ of two values of
 * the format done in double and rounded once are the correctly rounded operations (double has more than
 * twice the bits of float32, so the double rounding is harmless); exp, log, tanh and erf are computed in
 * double and rounded once, which is what a good kernel gives per operation.
 */
public final class Rounded {

    private final FloatFormat format;

    /**
     * Creates the arithmetic.
     *
     * @param format  the format ({@code null} not permitted).
     */
    public Rounded(FloatFormat format) {
        this.format = Objects.requireNonNull(format, "format");
    }

    /** @return the format. */
    public FloatFormat format() {
        return format;
    }

    /**
     * @param v  a constant.
     * @return the constant rounded to the format.
     */
    public double c(double v) {
        return format.round(v);
    }

    /** @return a + b, rounded. */
    public double add(double a, double b) {
        return format.round(a + b);
    }

    /** @return a − b, rounded. */
    public double sub(double a, double b) {
        return format.round(a - b);
    }

    /** @return a · b, rounded. */
    public double mul(double a, double b) {
        return format.round(a * b);
    }

    /** @return a / b, rounded. */
    public double div(double a, double b) {
        return format.round(a / b);
    }

    /** @return e^a, rounded. */
    public double exp(double a) {
        return format.round(StrictMath.exp(a));
    }

    /** @return ln a, rounded. */
    public double log(double a) {
        return format.round(StrictMath.log(a));
    }

    /** @return tanh a, rounded. */
    public double tanh(double a) {
        return format.round(StrictMath.tanh(a));
    }

    /** @return erf a, rounded. */
    public double erf(double a) {
        return format.round(Erf.value(a));
    }
}
