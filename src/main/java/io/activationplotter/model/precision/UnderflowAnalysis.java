package io.activationplotter.model.precision;

import io.activationplotter.model.Activation;
import io.activationplotter.model.SaturationKind;
import io.activationplotter.model.saturation.Side;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the tails where f' tends to 0 without reaching it (soft saturation) but rounds to 0 in a format.
 * Rounding is to nearest, ties to even, so f' rounds to 0 exactly where |f'| is at most half the smallest
 * subnormal; each end is where |f'| equals that, found by bisection on the analytic derivative down to
 * adjacent doubles (far below the 1e-12 relative accuracy promised). For float64 no region is reported:
 * the catalogue's derivatives are doubles already, which is what they show.
 */
public final class UnderflowAnalysis {

    /** Doublings from |x| = 1 before giving up: past 2^1020 nothing is left to find. */
    private static final int MAX_DOUBLINGS = 1020;
    private static final int MAX_HALVINGS = 200;

    private UnderflowAnalysis() {
    }

    /**
     * Returns the underflow tails of a function in a format.
     *
     * @param f       the exact function ({@code null} not permitted).
     * @param format  the format ({@code null} not permitted).
     * @return the regions, left first (empty for float64 and for sides that do not saturate softly).
     */
    public static List<UnderflowRegion> analyze(Activation f, FloatFormat format) {
        List<UnderflowRegion> regions = new ArrayList<>();
        if (!format.isLowPrecision()) {
            return regions;
        }
        if (f.leftSaturation() == SaturationKind.SOFT) {
            double e = edge(f, format, -1);
            if (!Double.isNaN(e)) {
                regions.add(new UnderflowRegion(Double.NEGATIVE_INFINITY, e, Side.LEFT, format));
            }
        }
        if (f.rightSaturation() == SaturationKind.SOFT) {
            double e = edge(f, format, 1);
            if (!Double.isNaN(e)) {
                regions.add(new UnderflowRegion(e, Double.POSITIVE_INFINITY, Side.RIGHT, format));
            }
        }
        return regions;
    }

    /**
     * Tells whether f'(x) rounds to 0 in a format.
     *
     * @param f       the function.
     * @param format  the format.
     * @param x       the argument.
     * @return {@code true} if the rounded derivative is ±0.
     */
    static boolean roundsToZero(Activation f, FloatFormat format, double x) {
        return format.round(f.derivative(x)) == 0;
    }

    /** @return the innermost x of the tail on one side (sign −1 or 1) where f' rounds to 0, or NaN. */
    private static double edge(Activation f, FloatFormat format, int sign) {
        double inner = 0;
        double outer = sign;
        for (int i = 0; !roundsToZero(f, format, outer); i++) {
            if (i == MAX_DOUBLINGS) {
                return Double.NaN;
            }
            inner = outer;
            outer *= 2;
        }
        for (int i = 0; i < MAX_HALVINGS; i++) {
            double mid = inner + (outer - inner) / 2;
            if (mid == inner || mid == outer) {
                break;
            }
            if (roundsToZero(f, format, mid)) {
                outer = mid;
            } else {
                inner = mid;
            }
        }
        return outer;
    }
}
