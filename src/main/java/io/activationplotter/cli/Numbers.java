package io.activationplotter.cli;

import java.util.regex.Pattern;

/**
 * Strict parsing of numbers typed on the command line: plain decimal or scientific notation only, so
 * Java's extras ({@code 1d}, {@code 2f}, {@code 0x1p3}, {@code NaN}, {@code Infinity}) are refused with a
 * message. Every numeric option of every command goes through {@link #parseFinite(String)}.
 */
public final class Numbers {

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private Numbers() {
    }

    /**
     * Parses a finite number.
     *
     * @param text  the text ({@code null} not permitted); surrounding blanks are ignored.
     * @return the number.
     * @throws NumberFormatException with a message such as {@code 'abc' is not a number} (the text quoted
     *     by {@link Echo#quote(String)}).
     */
    public static double parseFinite(String text) {
        String t = text.strip();
        if (!DECIMAL.matcher(t).matches()) {
            throw new NumberFormatException(Echo.quote(text) + " is not a number");
        }
        double v = Double.parseDouble(t);
        if (Double.isInfinite(v)) {
            throw new NumberFormatException(Echo.quote(text) + " is too large for a double");
        }
        return v;
    }
}
