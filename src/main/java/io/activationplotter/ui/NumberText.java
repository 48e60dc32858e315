package io.activationplotter.ui;

import io.activationplotter.chart.ChartLabels;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/** Parses typed numbers strictly (no NaN, no ∞, no hex) and formats numbers for labels and fields. */
public final class NumberText {

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private NumberText() {
    }

    /**
     * Parses a typed number. Accepts a Unicode minus sign and surrounding blanks.
     *
     * @param text  the text ({@code null} permitted).
     * @return the finite value, or empty if the text is not a finite decimal number.
     */
    public static OptionalDouble parse(String text) {
        if (text == null) {
            return OptionalDouble.empty();
        }
        String s = text.strip().replace('\u2212', '-');
        if (!NUMBER.matcher(s).matches()) {
            return OptionalDouble.empty();
        }
        double v = Double.parseDouble(s);
        return Double.isFinite(v) ? OptionalDouble.of(v) : OptionalDouble.empty();
    }

    /**
     * Formats a number with up to four significant digits, for example {@code 0.01} or {@code -3.66}.
     *
     * @param v  the number.
     * @return the text.
     */
    public static String format(double v) {
        return format(v, 4);
    }

    /**
     * Formats a number with the given significant digits.
     *
     * @param v       the number.
     * @param digits  significant digits.
     * @return the text.
     */
    public static String format(double v, int digits) {
        return ChartLabels.number(v, digits);
    }
}
