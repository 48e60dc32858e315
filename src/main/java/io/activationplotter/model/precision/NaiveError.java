package io.activationplotter.model.precision;

/**
 * The error of a naive result in ulps of the format: |naive − exact| / ulp(exact), where ulp is the
 * format's spacing at the exact value. The stored value is always within 0.5 ulp; anything above is the
 * naive code's own loss.
 */
public final class NaiveError {

    private NaiveError() {
    }

    /**
     * Returns the error in ulps.
     *
     * @param naive   the naive result.
     * @param exact   the exact value (in double).
     * @param format  the format.
     * @return the error (0 when equal), +∞ when the naive result is ±∞ or NaN and the exact one is
     *         finite in the format, NaN when the exact value itself is not finite.
     */
    public static double ulps(double naive, double exact, FloatFormat format) {
        double stored = format.round(exact);
        if (Double.isNaN(exact) || Double.isInfinite(stored)) {
            return Double.NaN;
        }
        if (Double.isNaN(naive) || Double.isInfinite(naive)) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.abs(naive - exact) / format.ulp(exact);
    }
}
