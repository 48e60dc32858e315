package io.activationplotter.chart;

import io.activationplotter.model.Activation;
import io.activationplotter.model.SaturationKind;
import io.activationplotter.model.saturation.Region;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * The words the chart shows, so a GUI can pass them in its own language (the chart package does
 * not know about resource bundles). Patterns use {@link MessageFormat} placeholders.
 *
 * @param xAxis            the x-axis label.
 * @param yAxis            the y-axis label when derivatives are shown.
 * @param yAxisFunction    the y-axis label when derivatives are hidden.
 * @param hardSaturation   the legend text for hard saturation.
 * @param softSaturation   the legend text for soft saturation; {0} is the threshold.
 * @param lowGradient      the legend text for low-gradient zones; {0} is the threshold.
 * @param saturatedWhere   the subtitle; {0} the function, {1} the threshold, {2} the intervals.
 * @param none             the word for no saturated interval.
 * @param allX             the words for an interval covering every x.
 * @param belowLeft        the note for a left side below the threshold that does not saturate; {0} is lim |f′|.
 * @param belowRight       the same for the right side.
 * @param locale           the locale for the patterns.
 */
public record ChartLabels(String xAxis, String yAxis, String yAxisFunction, String hardSaturation,
        String softSaturation, String lowGradient, String saturatedWhere, String none, String allX,
        String belowLeft, String belowRight, Locale locale) {

    /** The significant digits of every threshold and |f′| value shown (chart, labels, formula panel). */
    public static final int DIGITS = 3;

    /** The English words used by the command line and exports. */
    public static final ChartLabels ENGLISH = new ChartLabels("x", "f(x), f′(x)", "f(x)", "hard saturation (f′ = 0)",
            "soft saturation (|f′| < {0})", "low-gradient zone (|f′| < {0})", "{0} saturated where |f′| < {1}: {2}",
            "none", "all x", "left: below T here (|f′| → {0} < T), not saturating as x → −∞",
            "right: below T here (|f′| → {0} < T), not saturating as x → +∞", Locale.ENGLISH);

    /** Where a side's slope is taken as its limit: far enough out for every function in the catalogue. */
    private static final double FAR = 1e12;

    /**
     * Creates the labels.
     */
    public ChartLabels {
        Objects.requireNonNull(xAxis, "xAxis");
        Objects.requireNonNull(yAxis, "yAxis");
        Objects.requireNonNull(yAxisFunction, "yAxisFunction");
        Objects.requireNonNull(hardSaturation, "hardSaturation");
        Objects.requireNonNull(softSaturation, "softSaturation");
        Objects.requireNonNull(lowGradient, "lowGradient");
        Objects.requireNonNull(saturatedWhere, "saturatedWhere");
        Objects.requireNonNull(none, "none");
        Objects.requireNonNull(allX, "allX");
        Objects.requireNonNull(belowLeft, "belowLeft");
        Objects.requireNonNull(belowRight, "belowRight");
        Objects.requireNonNull(locale, "locale");
    }

    /**
     * Fills a pattern.
     *
     * @param pattern  one of this record's patterns ({@code null} not permitted).
     * @param args     the arguments, already formatted as text.
     * @return the text.
     */
    public String format(String pattern, Object... args) {
        return new MessageFormat(pattern, locale).format(args);
    }

    /**
     * Returns the y-axis label for a figure.
     *
     * @param showDerivatives  whether f′ is drawn.
     * @return {@link #yAxis()} or {@link #yAxisFunction()}.
     */
    public String yAxis(boolean showDerivatives) {
        return showDerivatives ? yAxis : yAxisFunction;
    }

    /**
     * Formats a threshold or a value of |f′| as every view shows it: {@link #DIGITS} significant
     * digits, no trailing zeros, a short exponent ({@code 0.00501}, {@code 1e-4}).
     *
     * @param v  the number.
     * @return the text.
     */
    public static String number(double v) {
        return number(v, DIGITS);
    }

    /**
     * Formats a number with the given significant digits, no trailing zeros and a short exponent
     * ({@code 1.5e-7} rather than {@code 1.50e-07}).
     *
     * @param v       the number.
     * @param digits  significant digits.
     * @return the text.
     */
    public static String number(double v, int digits) {
        String s = Region.formatNumber(v, digits);
        int e = s.indexOf('e');
        if (e < 0) {
            return s;
        }
        String mantissa = s.substring(0, e);
        mantissa = Region.withoutTrailingZeros(mantissa);
        return mantissa + "e" + Integer.parseInt(s.substring(e + 1));
    }

    /**
     * Tells whether a side is below a threshold at this T without saturating: f′ tends to a non-zero
     * limit smaller than T (Leaky ReLU's left side when T &gt; negative_slope).
     *
     * @param f     the function ({@code null} not permitted).
     * @param t     the threshold T.
     * @param left  {@code true} for x → −∞, {@code false} for x → +∞.
     * @return {@code true} if the side is below T here but not saturating.
     */
    public static boolean belowWithoutSaturating(Activation f, double t, boolean left) {
        SaturationKind kind = left ? f.leftSaturation() : f.rightSaturation();
        return kind == SaturationKind.NONE && limitSlope(f, left) < t;
    }

    /**
     * Returns |f′| far out on one side, its limit for the catalogue's functions.
     *
     * @param f     the function ({@code null} not permitted).
     * @param left  {@code true} for x → −∞, {@code false} for x → +∞.
     * @return |f′(∓10¹²)|.
     */
    public static double limitSlope(Activation f, boolean left) {
        return Math.abs(f.derivative(left ? -FAR : FAR));
    }

    /**
     * Returns the note for a side that is below T here but does not saturate, for example
     * {@code left: below T here (|f′| → 0.01 < T), not saturating as x → −∞}.
     *
     * @param f     the function ({@code null} not permitted).
     * @param left  {@code true} for the left side.
     * @return the note.
     */
    public String belowNote(Activation f, boolean left) {
        return format(left ? belowLeft : belowRight, number(limitSlope(f, left)));
    }

    /** @return every fixed text, to choose a font that can display them. */
    public String sample() {
        return xAxis + yAxis + yAxisFunction + hardSaturation + softSaturation + lowGradient + saturatedWhere + none
                + allX + belowLeft + belowRight;
    }
}
