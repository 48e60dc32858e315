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
}
