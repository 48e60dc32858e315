package io.activationplotter.chart;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.data.Range;

/**
 * The samples of the curves last drawn, with the lowest and highest finite value of each series. A
 * curve drawn again (the same {@link Curve} object, so the same function with the same parameters)
 * over the same range at the same density keeps its samples, so a slider tick of one function
 * re-samples that function only (issue 16). Part of {@link ActivationChart}.
 */
final class CurveSamples {

    /** The samples of one curve over one range. */
    record Entry(Curve curve, double xMin, double xMax, int n, SampledCurve samples, double fLo, double fHi,
            double dLo, double dHi) {

        boolean fits(double lo, double hi, int count) {
            return xMin == lo && xMax == hi && n == count;
        }
    }

    private List<Entry> entries = List.of();
    private int resampled;

    /**
     * Brings the samples to a figure: a curve already sampled over the same range and density keeps its
     * entry, every other one is sampled.
     *
     * @param spec  the figure ({@code null} not permitted).
     * @param n     the number of uniform samples per curve.
     * @return one entry per curve, in the figure's order.
     */
    List<Entry> update(FigureSpec spec, int n) {
        Map<Curve, Entry> old = new IdentityHashMap<>();
        entries.forEach(e -> old.put(e.curve(), e));
        List<Entry> now = new ArrayList<>(spec.curves().size());
        resampled = 0;
        for (Curve c : spec.curves()) {
            Entry e = old.get(c);
            if (e == null || !e.fits(spec.xMin(), spec.xMax(), n)) {
                e = sample(c, spec.xMin(), spec.xMax(), n);
                resampled++;
            }
            now.add(e);
        }
        entries = List.copyOf(now);
        return entries;
    }

    /** @return how many curves the last {@link #update(FigureSpec, int)} sampled (the others were kept). */
    int resampled() {
        return resampled;
    }

    /**
     * Returns the y-range of the entries, as {@link YRange#of(CurveDataset, boolean)} computes it from
     * the dataset they fill.
     *
     * @param derivatives  whether the f' series are drawn.
     * @return the range.
     */
    Range yRange(boolean derivatives) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Entry e : entries) {
            lo = Math.min(lo, e.fLo());
            hi = Math.max(hi, e.fHi());
            if (derivatives) {
                lo = Math.min(lo, e.dLo());
                hi = Math.max(hi, e.dHi());
            }
        }
        return lo > hi ? new Range(-1, 1) : YRange.around(lo, hi);
    }

    private static Entry sample(Curve c, double xMin, double xMax, int n) {
        SampledCurve s = Sampler.sample(c.function(), xMin, xMax, n);
        double[] f = extremes(s.fy());
        double[] d = extremes(s.dy());
        return new Entry(c, xMin, xMax, n, s, f[0], f[1], d[0], d[1]);
    }

    private static double[] extremes(double[] ys) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double y : ys) {
            if (Double.isFinite(y)) {
                lo = Math.min(lo, y);
                hi = Math.max(hi, y);
            }
        }
        return new double[] {lo, hi};
    }
}
