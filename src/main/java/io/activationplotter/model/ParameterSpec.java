package io.activationplotter.model;

import java.util.Objects;

/**
 * One parameter of an activation, named as in PyTorch, with its default and allowed range.
 *
 * @param name          the PyTorch keyword, for example {@code negative_slope}.
 * @param symbol        a short label for the UI, for example {@code α}.
 * @param defaultValue  PyTorch's default.
 * @param min           the smallest allowed value (slider minimum).
 * @param max           the largest allowed value (slider maximum).
 */
public record ParameterSpec(String name, String symbol, double defaultValue, double min, double max) {

    /** Checks the fields. */
    public ParameterSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(symbol, "symbol");
        if (!(min < max) || defaultValue < min || defaultValue > max) {
            throw new IllegalArgumentException("bad range for " + name);
        }
    }

    /**
     * Checks a candidate value.
     *
     * @param value  the value.
     * @return {@code null} if allowed, else a message saying what is allowed.
     */
    public String validate(double value) {
        if (Double.isNaN(value) || value < min || value > max) {
            return name + " must be a number from " + format(min) + " to " + format(max);
        }
        return null;
    }

    /**
     * Formats a number for messages without needless digits.
     *
     * @param v  the number.
     * @return the text.
     */
    public static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}
