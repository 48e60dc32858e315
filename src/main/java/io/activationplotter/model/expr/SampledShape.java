package io.activationplotter.model.expr;

import io.activationplotter.model.Activation;
import java.util.Objects;

/**
 * What sampling tells of a function whose shape is not known in closed form (a custom formula): the
 * lowest and highest values seen, whether the samples rise (or fall) throughout and whether f(0) = 0
 * with values of both signs. The samples lie on {@code [-LIMIT, LIMIT]}: evenly spaced on [-10, 10] and
 * spaced by powers of ten beyond, so the tails toward ±10⁶ are seen. A value that overflows counts as
 * ±∞; NaN values are skipped. It is an estimate, and says so where it is shown.
 *
 * @param min          the lowest value seen (−∞ if a sample was −∞ or beyond).
 * @param max          the highest value seen (+∞ if a sample was +∞ or beyond).
 * @param monotonic    whether the samples never fall, or never rise, from left to right.
 * @param zeroCentred  whether f(0) = 0 (to 1e-12) and values of both signs were seen.
 */
public record SampledShape(double min, double max, boolean monotonic, boolean zeroCentred) {

    /** The farthest x sampled on each side. */
    public static final double LIMIT = 1e6;
    /** Samples on [-10, 10]. */
    static final int CORE_SAMPLES = 2001;
    /** Samples per power of ten beyond 10 on each side. */
    static final int PER_DECADE = 100;

    /**
     * Samples a function.
     *
     * @param f  the function ({@code null} not permitted).
     * @return what the samples show; min and max are NaN if every sample was NaN.
     */
    public static SampledShape of(Activation f) {
        Objects.requireNonNull(f, "f");
        Scan scan = new Scan();
        int decades = (int) Math.round(Math.log10(LIMIT / 10));
        for (int i = decades * PER_DECADE; i > 0; i--) {
            scan.add(f.value(-10 * Math.pow(10, (double) i / PER_DECADE)));
        }
        for (int i = 0; i < CORE_SAMPLES; i++) {
            scan.add(f.value(-10 + 20.0 * i / (CORE_SAMPLES - 1)));
        }
        for (int i = 1; i <= decades * PER_DECADE; i++) {
            scan.add(f.value(10 * Math.pow(10, (double) i / PER_DECADE)));
        }
        double atZero = f.value(0);
        boolean bothSigns = scan.min < 0 && scan.max > 0;
        return new SampledShape(scan.min, scan.max, !(scan.rose && scan.fell),
                Math.abs(atZero) <= 1e-12 && bothSigns);
    }

    /** The running state of a left-to-right scan. */
    private static final class Scan {
        double min = Double.NaN;
        double max = Double.NaN;
        double last = Double.NaN;
        boolean rose;
        boolean fell;

        void add(double v) {
            if (Double.isNaN(v)) {
                return;
            }
            min = Double.isNaN(min) ? v : Math.min(min, v);
            max = Double.isNaN(max) ? v : Math.max(max, v);
            if (!Double.isNaN(last)) {
                rose |= v > last;
                fell |= v < last;
            }
            last = v;
        }
    }
}
