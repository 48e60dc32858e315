package io.activationplotter.chart;

import java.util.ArrayList;
import java.util.List;
import org.jfree.data.xy.AbstractXYDataset;

/**
 * An XY dataset backed by plain double arrays whose series are all replaced at once, firing a
 * single change event; NaN y-values are gaps. Each series has a revision that changes only when its
 * arrays are replaced by others, so a caller can tell which series an update really touched.
 */
public final class CurveDataset extends AbstractXYDataset {

    private List<String> keys = List.of();
    private List<double[]> xs = List.of();
    private List<double[]> ys = List.of();
    private long[] revisions = new long[0];
    private long lastRevision;

    /**
     * Replaces every series and fires one {@link org.jfree.data.general.DatasetChangeEvent}.
     *
     * @param keys  the series keys (unique).
     * @param xs    the x-values per series.
     * @param ys    the y-values per series (same lengths as xs).
     */
    public void replaceAll(List<String> keys, List<double[]> xs, List<double[]> ys) {
        if (keys.size() != xs.size() || keys.size() != ys.size()) {
            throw new IllegalArgumentException("keys, xs and ys differ in size");
        }
        long[] r = new long[keys.size()];
        for (int s = 0; s < r.length; s++) {
            int old = this.keys.indexOf(keys.get(s));
            boolean same = old >= 0 && this.xs.get(old) == xs.get(s) && this.ys.get(old) == ys.get(s);
            r[s] = same ? revisions[old] : ++lastRevision;
        }
        this.keys = List.copyOf(keys);
        this.xs = new ArrayList<>(xs);
        this.ys = new ArrayList<>(ys);
        this.revisions = r;
        fireDatasetChanged();
    }

    /**
     * Returns the revision of a series: a number that changes when, and only when, the series' values
     * are replaced by other arrays (keeping the same arrays under the same key keeps it).
     *
     * @param series  the series index.
     * @return the revision.
     */
    public long getRevision(int series) {
        return revisions[series];
    }

    /**
     * Says whether a replacement would change nothing: the same keys with the same arrays, in order.
     *
     * @param keys  the series keys.
     * @param xs    the x-values per series.
     * @param ys    the y-values per series.
     * @return {@code true} if every series is already exactly so.
     */
    public boolean holds(List<String> keys, List<double[]> xs, List<double[]> ys) {
        if (!this.keys.equals(keys) || xs.size() != this.xs.size() || ys.size() != this.ys.size()) {
            return false;
        }
        for (int s = 0; s < xs.size(); s++) {
            if (this.xs.get(s) != xs.get(s) || this.ys.get(s) != ys.get(s)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int getSeriesCount() {
        return keys.size();
    }

    @Override
    public Comparable<String> getSeriesKey(int series) {
        return keys.get(series);
    }

    @Override
    public int getItemCount(int series) {
        return xs.get(series).length;
    }

    @Override
    public Number getX(int series, int item) {
        return xs.get(series)[item];
    }

    @Override
    public Number getY(int series, int item) {
        return ys.get(series)[item];
    }

    @Override
    public double getXValue(int series, int item) {
        return xs.get(series)[item];
    }

    @Override
    public double getYValue(int series, int item) {
        return ys.get(series)[item];
    }
}
