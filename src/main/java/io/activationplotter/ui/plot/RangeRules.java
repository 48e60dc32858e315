package io.activationplotter.ui.plot;

import io.activationplotter.ui.Message;
import io.activationplotter.ui.Messages;
import io.activationplotter.ui.NumberText;

/** What x-ranges the app accepts: finite, ordered, not too wide or narrow, within ±1e6. */
public final class RangeRules {

    /** The widest x-range. */
    public static final double MAX_SPAN = 1e6;
    /** The narrowest x-range. */
    public static final double MIN_SPAN = 1e-9;
    /** The largest |x|. */
    public static final double LIMIT = 1e6;

    private RangeRules() {
    }

    /** @return {@code null} if [lo, hi] is allowed, else a message saying what is allowed. */
    public static String check(double lo, double hi, Messages text) {
        Message problem = problem(lo, hi);
        return problem == null ? null : problem.render(text);
    }

    /** @return {@code null} if [lo, hi] is allowed, else a message saying what is allowed. */
    public static Message problem(double lo, double hi) {
        if (!(lo < hi)) {
            return Message.of("error.rangeOrder");
        }
        if (lo < -LIMIT || hi > LIMIT) {
            return Message.of("error.rangeLimit", NumberText.format(-LIMIT, 7), NumberText.format(LIMIT, 7));
        }
        if (hi - lo > MAX_SPAN) {
            return Message.of("error.rangeTooWide", NumberText.format(MAX_SPAN, 7));
        }
        if (hi - lo < MIN_SPAN) {
            return Message.of("error.rangeTooNarrow", "1e-9");
        }
        return null;
    }

    /**
     * Brings a range produced by zooming or panning within the rules, keeping its centre where possible.
     *
     * @return {lo, hi}, or {@code null} if the input is not finite.
     */
    public static double[] clamp(double lo, double hi) {
        if (!Double.isFinite(lo) || !Double.isFinite(hi) || !(lo < hi)) {
            return null;
        }
        double centre = lo / 2 + hi / 2;
        double span = Math.min(MAX_SPAN, Math.max(MIN_SPAN * 1.000001, hi - lo));
        centre = Math.max(-LIMIT + span / 2, Math.min(LIMIT - span / 2, centre));
        return new double[] {centre - span / 2, centre + span / 2};
    }

    /**
     * Returns the extent of the range slider's track: the home range's centre ± max(2 × its width, 10),
     * widened to hold the visible range, with ends on multiples of a round step (1, 2, 2.5 or 5 × 10^k,
     * about a fifth of the extent; the slider's tick unit) and within ±{@link #LIMIT}. For the default
     * -6 to 6 that is -30 to 30 in steps of 10: the thumbs sit in the middle fifth, a teacher can drag
     * out to five times the width or in to a detail, and the track depends only on the home and visible
     * ranges, so it stays put while a thumb is dragged inside it. A linear track, not a logarithmic
     * one: a thumb moves x by the same amount wherever it is, as on the axis below the plot.
     *
     * @param homeLo  the home range's lower end.
     * @param homeHi  the home range's upper end.
     * @param viewLo  the visible lower end.
     * @param viewHi  the visible upper end.
     * @return {lo, hi, step} with lo &lt;= viewLo and hi &gt;= viewHi.
     */
    public static double[] track(double homeLo, double homeHi, double viewLo, double viewHi) {
        double centre = homeLo / 2 + homeHi / 2;
        double half = Math.max(2 * (homeHi - homeLo), 10);
        double lo = Math.min(centre - half, viewLo);
        double hi = Math.max(centre + half, viewHi);
        double step = roundStep((hi - lo) / 5);
        lo = Math.max(-LIMIT, Math.floor(lo / step) * step);
        hi = Math.min(LIMIT, Math.ceil(hi / step) * step);
        return new double[] {Math.min(lo, viewLo), Math.max(hi, viewHi), step};
    }

    /** @return the smallest of 1, 2, 2.5, 5 × 10^k that is at least {@code v}. */
    static double roundStep(double v) {
        double p = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[] {1, 2, 2.5, 5}) {
            if (m * p >= v) {
                return m * p;
            }
        }
        return 10 * p;
    }
}
