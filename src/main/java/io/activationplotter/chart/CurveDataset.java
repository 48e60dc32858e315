package io.activationplotter.chart;

import java.util.ArrayList;
import java.util.List;
import org.jfree.data.xy.AbstractXYDataset;

/**
 * An XY dataset backed by plain double arrays whose series are all replaced at once, firing a
 * single change event; NaN y-values are gaps.
 */
public final class CurveDataset extends AbstractXYDataset {

    private List<String> keys = List.of();
    private List<double[]> xs = List.of();
    private List<double[]> ys = List.of();

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
        this.keys = List.copyOf(keys);
        this.xs = new ArrayList<>(xs);
        this.ys = new ArrayList<>(ys);
        fireDatasetChanged();
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
