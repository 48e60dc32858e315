package io.activationplotter.bench;

import java.util.Arrays;
import java.util.Locale;

/** Median and 95th percentile of a set of timings. */
final class Stats {

    private final double[] sorted;

    /**
     * @param samples  the timings (any unit).
     */
    Stats(double[] samples) {
        this.sorted = samples.clone();
        Arrays.sort(this.sorted);
    }

    double median() {
        return percentile(50);
    }

    double p95() {
        return percentile(95);
    }

    int count() {
        return sorted.length;
    }

    /** Nearest-rank percentile. */
    double percentile(double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    String format(String unit) {
        return String.format(Locale.ROOT, "median %.2f %s, p95 %.2f %s (n=%d)", median(), unit, p95(), unit,
                count());
    }
}
