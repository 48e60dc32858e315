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
 * @param side   left, right, interior, or both for the whole line.
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
        boolean toLeft = start == Double.NEGATIVE_INFINITY;
        boolean toRight = end == Double.POSITIVE_INFINITY;
        if (toLeft && toRight) {
            return "all x";
        }
        if (toLeft) {
            return "x < " + formatNumber(end, digits);
        }
        if (toRight) {
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
        if (s.contains("e")) {
            return s;
        }
        if (s.contains(".")) {
            s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return s;
    }
}
