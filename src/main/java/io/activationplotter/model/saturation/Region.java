package io.activationplotter.model.saturation;

/**
 * An x-interval on which |f'(x)| is below the threshold.
 *
 * @param start  the lower end ({@code Double.NEGATIVE_INFINITY} for a left region).
 * @param end    the upper end ({@code Double.POSITIVE_INFINITY} for a right region).
 * @param kind   hard, soft or low-gradient.
 * @param side   left, right or interior.
 */
public record Region(double start, double end, RegionKind kind, Side side) {

    /** @return {@code true} for saturation (a region reaching ±∞), {@code false} for a low-gradient zone. */
    public boolean isSaturation() {
        return kind != RegionKind.LOW_GRADIENT;
    }

    /**
     * Describes the interval for people, for example {@code x < -3.66} or {@code -0.775 ≤ x ≤ -0.729}.
     *
     * @param digits  significant digits.
     * @return the text.
     */
    public String describe(int digits) {
        if (side == Side.LEFT && end == Double.POSITIVE_INFINITY) {
            return "all x";
        }
        if (side == Side.LEFT) {
            return "x < " + formatNumber(end, digits);
        }
        if (side == Side.RIGHT) {
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
        String s = String.format(java.util.Locale.ROOT, "%." + digits + "g", v);
        if (s.contains("e")) {
            return s;
        }
        if (s.contains(".")) {
            s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return s;
    }
}
