package io.activationplotter.chart.distribution;

import io.activationplotter.chart.ChartStyle;
import io.activationplotter.chart.Palette;
import java.awt.Color;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYAreaRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The density of the pre-activation z ~ N(μ, σ²) drawn behind the curves of a plot, as a light
 * filled area on a secondary y-axis on the right ("density of z"), so that the reader sees which part
 * of f a unit actually visits. It uses the plot's dataset and range axis {@link #INDEX}; hidden, both
 * are removed and the plot is as it was.
 */
public final class DensityOverlay {

    /** The dataset, renderer and range axis index used in the plot. */
    public static final int INDEX = 1;
    /** Samples across the visible x-range. */
    public static final int SAMPLES = 401;

    private final XYPlot plot;
    private final XYSeries density = new XYSeries("density", false, false);
    private final XYSeriesCollection dataset = new XYSeriesCollection(density);
    private final XYAreaRenderer renderer = new XYAreaRenderer(XYAreaRenderer.AREA);
    private final NumberAxis axis = new NumberAxis("density of z");
    private boolean shown;
    private Object drawnFor;

    /**
     * Creates the overlay for a plot; nothing is drawn until {@link #show}.
     *
     * @param plot  the plot ({@code null} not permitted).
     */
    public DensityOverlay(XYPlot plot) {
        this.plot = Objects.requireNonNull(plot, "plot");
        renderer.setDefaultSeriesVisibleInLegend(false);
        renderer.setOutline(false);
        axis.setAutoRangeIncludesZero(true);
        axis.setTickLabelInsets(new org.jfree.chart.ui.RectangleInsets(12, 4, 12, 6)); // coarser ticks, as the main axis
    }

    /** @return the sampled density (x, φ), empty while hidden. */
    public XYSeries getDensity() {
        return density;
    }

    /** @return the secondary axis. */
    public NumberAxis getAxis() {
        return axis;
    }

    /** @return whether the overlay is in the plot. */
    public boolean isShown() {
        return shown;
    }

    /**
     * Draws the density of N(μ, σ²) over [xMin, xMax].
     *
     * @param mean   μ.
     * @param std    σ &gt; 0.
     * @param xMin   the lower end of the visible range.
     * @param xMax   the upper end.
     * @param label  the secondary axis' label.
     * @param style  the plot's style, for the colours and fonts ({@code null} not permitted).
     */
    public void show(double mean, double std, double xMin, double xMax, String label, ChartStyle style) {
        Object key = List.of(mean, std, xMin, xMax, label, style);
        if (shown && key.equals(drawnFor)) {
            return; // a tick of α or T: the density is the same
        }
        drawnFor = key;
        inOneEvent(() -> draw(mean, std, xMin, xMax, label, style));
    }

    private void draw(double mean, double std, double xMin, double xMax, String label, ChartStyle style) {
        density.setNotify(false);
        density.clear();
        double peak = 0;
        for (int i = 0; i < SAMPLES; i++) {
            double x = xMin + (xMax - xMin) * i / (SAMPLES - 1);
            double t = (x - mean) / std;
            double p = Math.exp(-0.5 * t * t) / (std * Math.sqrt(2 * Math.PI));
            density.add(x, p);
            peak = Math.max(peak, p);
        }
        density.setNotify(true);
        axis.setLabel(label);
        // the area fills the lower 85 % of the plot at its highest visible point
        axis.setRange(0, peak > 0 ? peak / 0.85 : 1);
        Color c = Palette.SKY_BLUE.color(style.theme());
        renderer.setSeriesPaint(0, new Color(c.getRed(), c.getGreen(), c.getBlue(), 70));
        axis.setTickLabelFont(style.tickFont());
        axis.setLabelFont(style.labelFont());
        axis.setTickLabelPaint(style.theme().secondaryText());
        axis.setLabelPaint(style.theme().secondaryText());
        axis.setAxisLinePaint(style.theme().outline());
        if (!shown) {
            plot.setRangeAxis(INDEX, axis, false);
            plot.setDataset(INDEX, dataset);
            plot.setRenderer(INDEX, renderer, false);
            plot.mapDatasetToRangeAxis(INDEX, INDEX);
            shown = true;
        }
    }

    /** Removes the overlay from the plot. */
    public void hide() {
        if (shown) {
            inOneEvent(() -> {
                plot.setDataset(INDEX, null);
                plot.setRenderer(INDEX, null, false);
                plot.setRangeAxis(INDEX, null, true);
                density.clear();
            });
            shown = false;
            drawnFor = null;
        }
    }

    /** Makes the changes cost the plot one change event (so one redraw), not one per setter. */
    private void inOneEvent(Runnable change) {
        boolean was = plot.isNotify();
        plot.setNotify(false);
        try {
            change.run();
        } finally {
            plot.setNotify(was);
        }
    }
}
