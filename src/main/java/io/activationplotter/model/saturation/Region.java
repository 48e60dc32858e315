package io.activationplotter.model.saturation;

import java.util.Locale;
import java.util.Objects;

/**
 * An x-interval on which |f'(x)| is below the threshold. The ends are boundary points of that set: at a
 * kink or jump the end is the breakpoint itself, whichever value the autograd convention gives f' there.
 *
 * @param start  the lower end ({@code Double.NEGATIVE_INFINITY} for a left region).
 * @param end    the upper end ({@code Double.POSITIVE_INFINITY} for a right region).
 * @param kind   hard, soft or low-gradient.
 * @param side   left, right or interior; the whole line is a left region with {@code end} = +∞.
 */
public record Region(double start, double end, RegionKind kind, Side side) {

    /** Checks the fields. */
    public Region {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(side, "side");
        if (!(start <= end)) {
            throw new IllegalArgumentException("bad interval [" + start + ", " + end + "]");
        }
    }

    /** @return {@code true} for saturation (a region reaching ±∞), {@code false} for a low-gradient zone. */
    public boolean isSaturation() {
        return kind != RegionKind.LOW_GRADIENT;
    }

    /** @return {@code true} if the region is the whole line (−∞, +∞): step, or sigmoid with T &gt; 1/4. */
    public boolean isWholeLine() {
        return start == Double.NEGATIVE_INFINITY && end == Double.POSITIVE_INFINITY;
    }

    /**
     * Tells whether the interval meets [a, b].
     *
     * @param a  the lower end of the range.
     * @param b  the upper end of the range.
     * @return {@code true} if the closed intervals have a point in common.
     */
    public boolean intersects(double a, double b) {
        return start <= b && end >= a;
    }

    /**
     * Describes the interval for people, for example {@code x < -3.66} or {@code -0.775 ≤ x ≤ -0.729}.
     *
     * @param digits  significant digits.
     * @return the text.
     */
    public String describe(int digits) {
        if (isWholeLine()) {
            return "all x";
        }
        if (start == Double.NEGATIVE_INFINITY) {
            return "x < " + formatNumber(end, digits);
        }
        if (end == Double.POSITIVE_INFINITY) {
            return "x > " + formatNumber(start, digits);
        }
        return formatNumber(start, digits) + " ≤ x ≤ " + formatNumber(end, digits);
    }

    /**
     * Formats a number with the given significant digits, dropping trailing zeros.
     *
     * @param v       the number.
     * @param digits  significant digits.
     * @return the text, for example {@code -3.66}.
     */
    public static String formatNumber(double v, int digits) {
        if (v == 0) {
            return "0";
        }
        String s = String.format(Locale.ROOT, "%." + digits + "g", v);
        if (s.indexOf('e') >= 0) {
            return s;
        }
        return withoutTrailingZeros(s);
    }

    /**
     * Drops the trailing zeros of a decimal fraction, then a trailing point: {@code 1.2500} → {@code 1.25},
     * {@code 3.000} → {@code 3}. (Labels are formatted on every redraw; this is a plain scan, where two
     * regular expressions compiled a pattern each per number.)
     *
     * @param s  a number ({@code null} not permitted); one without a decimal point is returned as it is.
     * @return the number without them.
     */
    public static String withoutTrailingZeros(String s) {
        if (s.indexOf('.') < 0) {
            return s;
        }
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '0') {
            end--;
        }
        if (end > 0 && s.charAt(end - 1) == '.') {
            end--;
        }
        return s.substring(0, end);
    }
}
