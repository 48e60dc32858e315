package io.activationplotter.model.precision;

import java.util.Locale;
import java.util.Optional;

/**
 * A binary floating-point format a tensor can be stored in, with round-to-nearest-even from a double.
 * <p>
 * float16 and bfloat16 are rounded directly from the double's bits (never through float, whose own
 * rounding first would round some values twice, wrongly); subnormals are kept, values past the largest
 * finite number go to ±∞, NaN stays NaN and the sign of zero is kept. The float16 semantics are those of
 * Java 20+'s {@code Float.floatToFloat16} applied to the double itself (IEEE 754 binary16), checked here
 * against numpy's double-to-half cast; float32 is Java's own {@code (float)} cast.
 */
public enum FloatFormat {
    /** IEEE 754 binary64: the identity. */
    FLOAT64("float64", 53, -1022, 1023),
    /** IEEE 754 binary32. */
    FLOAT32("float32", 24, -126, 127),
    /** Brain floating point: float32's exponent range with 8 significant bits. */
    BFLOAT16("bfloat16", 8, -126, 127),
    /** IEEE 754 binary16. */
    FLOAT16("float16", 11, -14, 15);

    private final String label;
    private final int precision;
    private final int minExponent;
    private final int maxExponent;
    private final double maxFinite;

    FloatFormat(String label, int precision, int minExponent, int maxExponent) {
        this.label = label;
        this.precision = precision;
        this.minExponent = minExponent;
        this.maxExponent = maxExponent;
        this.maxFinite = precision == 53 ? Double.MAX_VALUE
                : Math.scalb(2 - Math.scalb(1.0, 1 - precision), maxExponent);
    }

    /** @return the name used on the command line and in the UI, for example {@code bfloat16}. */
    public String label() {
        return label;
    }

    /** @return the significant bits, the hidden bit included (11 for float16). */
    public int precision() {
        return precision;
    }

    /** @return the largest finite value (65504 for float16). */
    public double maxFinite() {
        return maxFinite;
    }

    /** @return the smallest positive (subnormal) value, 2^(emin − p + 1): 2^−24 for float16. */
    public double minSubnormal() {
        return this == FLOAT64 ? Double.MIN_VALUE : Math.scalb(1.0, minExponent - precision + 1);
    }

    /** @return {@code true} for every format but {@link #FLOAT64}. */
    public boolean isLowPrecision() {
        return this != FLOAT64;
    }

    /**
     * Rounds a double to the nearest value of this format, ties to even.
     *
     * @param x  the value.
     * @return the rounded value as a double (exact), ±∞ past the largest finite value, NaN for NaN.
     */
    public double round(double x) {
        switch (this) {
            case FLOAT64:
                return x;
            case FLOAT32:
                return (float) x;
            default:
                return roundSmall(x);
        }
    }

    private double roundSmall(double x) {
        if (x == 0 || Double.isNaN(x) || Double.isInfinite(x)) {
            return x;
        }
        double a = Math.abs(x);
        int e = Math.getExponent(a);
        if (e > maxExponent) {
            return Math.copySign(Double.POSITIVE_INFINITY, x);
        }
        // the quantum of a's binade in this format (a fixed one among the subnormals)
        int q = Math.max(e, minExponent) - (precision - 1);
        double n = Math.rint(Math.scalb(a, -q)); // exact scaling; rint rounds half to even
        double r = Math.scalb(n, q);
        return Math.copySign(r > maxFinite ? Double.POSITIVE_INFINITY : r, x);
    }

    /**
     * Returns the spacing of this format's values at a value: the distance from |x| rounded to the next
     * larger value of the format (as {@link Math#ulp(double)} does for doubles).
     *
     * @param x  the value.
     * @return the ulp (the smallest subnormal at 0; NaN for NaN; +∞ for ±∞).
     */
    public double ulp(double x) {
        double r = Math.abs(round(x));
        if (Double.isNaN(r) || Double.isInfinite(r)) {
            return r;
        }
        if (this == FLOAT64) {
            return Math.ulp(r);
        }
        if (this == FLOAT32) {
            return Math.ulp((float) r);
        }
        int e = r == 0 ? minExponent : Math.max(Math.getExponent(r), minExponent);
        return Math.scalb(1.0, e - (precision - 1));
    }

    /**
     * Finds a format by its label, ignoring case ({@code fp16} and {@code bf16} are accepted too).
     *
     * @param name  the name.
     * @return the format, if there is one.
     */
    public static Optional<FloatFormat> parse(String name) {
        String key = name.trim().toLowerCase(Locale.ROOT);
        for (FloatFormat f : values()) {
            if (f.label.equals(key)) {
                return Optional.of(f);
            }
        }
        switch (key) {
            case "fp64": return Optional.of(FLOAT64);
            case "fp32": return Optional.of(FLOAT32);
            case "bf16": return Optional.of(BFLOAT16);
            case "fp16": return Optional.of(FLOAT16);
            default: return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return label;
    }
}
