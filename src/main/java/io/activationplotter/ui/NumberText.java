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
     * Tells whether a typed text is a well-formed decimal number too large in magnitude for a
     * double (for example {@code 1e400} or {@code -1e400}), as opposed to text that is no number.
     *
     * @param text  the text ({@code null} permitted).
     * @return {@code true} if the text is a number beyond ±{@link Double#MAX_VALUE}.
     */
    public static boolean overflows(String text) {
        if (text == null) {
            return false;
        }
        String s = text.strip().replace('\u2212', '-');
        return NUMBER.matcher(s).matches() && Double.isInfinite(Double.parseDouble(s));
    }

    /**
     * Says why {@link #parse(String)} rejected a typed text: too large, too large a negative number,
     * or not a number.
     *
     * @param name      the field's name (a {@link Message} or text).
     * @param typed     the text typed ({@code null} permitted).
     * @param example   a value to suggest, for "not a number".
     * @param smallest  the smallest value the field allows.
     * @param largest   the largest value the field allows.
     * @return the message.
     */
    public static Message rejection(Object name, String typed, double example, double smallest, double largest) {
        String shown = typed == null ? "" : typed.strip();
        if (overflows(typed)) {
            boolean negative = shown.startsWith("-") || shown.startsWith("\u2212");
            return negative ? Message.of("error.tooSmall", name, shown, format(smallest, 7))
                    : Message.of("error.tooLarge", name, shown, format(largest, 7));
        }
        return Message.of("error.notNumber", name, shown, format(example));
    }

    /**
     * Says why a typed entry of a list (Evaluate's x values, Softmax's logits) is not a number:
     * {@code '1e400' is too large (largest allowed 1.8e308)}, or {@code 'abc' is not a number}.
     *
     * @param text   the strings ({@code null} not permitted).
     * @param typed  the entry ({@code null} not permitted).
     * @return the words.
     */
    public static String typedProblem(Messages text, String typed) {
        if (overflows(typed)) {
            boolean negative = typed.strip().startsWith("-") || typed.strip().startsWith("\u2212");
            return text.get(negative ? "eval.tooSmall" : "eval.tooLarge", typed.strip(),
                    format(negative ? -Double.MAX_VALUE : Double.MAX_VALUE, 2));
        }
        return text.get("eval.notNumber", typed);
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
