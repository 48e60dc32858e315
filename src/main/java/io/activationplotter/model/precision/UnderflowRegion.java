package io.activationplotter.model.precision;

import io.activationplotter.model.saturation.Side;
import java.util.Objects;

/**
 * A tail where the true f'(x) is not 0 but rounds to 0 in a format: numerically hard saturation.
 *
 * @param start   the lower end (−∞ for a left region).
 * @param end     the upper end (+∞ for a right region).
 * @param side    left or right.
 * @param format  the format.
 */
public record UnderflowRegion(double start, double end, Side side, FloatFormat format) {

    /** Checks the fields. */
    public UnderflowRegion {
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(format, "format");
        if (!(start < end)) {
            throw new IllegalArgumentException("bad interval [" + start + ", " + end + "]");
        }
    }

    /** @return the finite end: where f' first rounds to 0 going outward. */
    public double edge() {
        return side == Side.LEFT ? end : start;
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
}
