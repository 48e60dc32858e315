package io.activationplotter.chart.network;

import io.activationplotter.chart.ChartLook;
import io.activationplotter.chart.ChartStyle;
import io.activationplotter.chart.Palette;
import io.activationplotter.chart.Styleable;
import io.activationplotter.model.network.LayerHistograms;
import io.activationplotter.model.network.NetworkResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The classic figure of a deep net at initialisation: one small histogram of the activations h_l per
 * layer, side by side on a shared fraction axis (at most {@link #PANELS} layers, evenly chosen from
 * 1 to L, first and last always), every panel over the same range of h, so a collapse to 0 shows as a
 * spike and saturation as two bars at the ends. Each panel's axis label names the layer; only the
 * first panel labels the (shared) range of h, with two or three ticks, fewer when the chart is
 * too narrow for their labels ({@link PanelAxis}).
 */
public final class LayerHistogramChart implements Styleable {

    /** The most panels shown. */
    public static final int PANELS = 10;
    /** Bins per histogram. */
    public static final int BINS = 40;

    private final CombinedRangeXYPlot plot;
    private final JFreeChart chart;
    private final List<XYPlot> panels = new ArrayList<>();
    private ChartStyle style = ChartStyle.DEFAULT;
    private int[] layers = new int[0];

    /** Creates an empty chart; {@link #update} fills it. */
    public LayerHistogramChart() {
        NumberAxis fraction = new NumberAxis("%");
        fraction.setAutoRangeIncludesZero(true);
        plot = new CombinedRangeXYPlot(fraction);
        plot.setGap(6);
        NumberAxis unused = new NumberAxis(); // ChartStyle styles the parent's axes; the panels draw their own
        unused.setVisible(false);
        plot.setDomainAxis(unused);
        chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        chart.setTitle("");
        chart.getTitle().setPadding(ChartLook.TITLE_PADDING);
        applyStyle();
    }

    /** @return the chart. */
    public JFreeChart getChart() {
        return chart;
    }

    /** @return the layers shown, one per panel, in order. */
    public int[] getLayers() {
        return layers.clone();
    }

    /**
     * @param panel  the panel, from 0.
     * @return its dataset: one series of {@link #BINS} (centre, % of the samples) pairs.
     */
    public XYSeriesCollection getDataset(int panel) {
        return (XYSeriesCollection) panels.get(panel).getDataset();
    }

    /**
     * Chooses the layers of the panels: all of them up to {@link #PANELS}, else evenly spaced from 1 to L.
     *
     * @param total  L.
     * @return the layers, ascending.
     */
    public static int[] chooseLayers(int total) {
        int n = Math.min(PANELS, total);
        int[] chosen = new int[n];
        for (int i = 0; i < n; i++) {
            chosen[i] = n == 1 ? 1 : (int) Math.round(1 + i * (total - 1) / (double) (n - 1));
        }
        return chosen;
    }

    /**
     * Shows a run: its histograms, computed by {@link LayerHistograms#of(NetworkResult, int)} with
     * {@link #BINS} bins (on a worker thread, with the run), on the panels' shared range of h. Each
     * panel's dataset changes once.
     *
     * @param result      the run ({@code null} not permitted).
     * @param histograms  its histograms, {@link #BINS} bins each ({@code null} not permitted).
     * @param title       the chart's title.
     * @param label       the panel label of a layer, for example "layer 3, σ 0.98".
     */
    public void update(NetworkResult result, LayerHistograms histograms, String title, IntFunction<String> label) {
        Objects.requireNonNull(result, "result");
        if (histograms.bins() != BINS || histograms.fractions().size() != result.layers().size()) {
            throw new IllegalArgumentException("histograms of " + histograms.fractions().size() + " layers × "
                    + histograms.bins() + " bins for a run of " + result.layers().size() + " layers");
        }
        Styleable.inOneEvent(chart, () -> {
            layers = chooseLayers(result.layers().size());
            setPanelCount(layers.length);
            double lo = histograms.lo();
            double width = histograms.binWidth();
            for (int p = 0; p < layers.length; p++) {
                int l = layers[p];
                fill(getDataset(p), lo, width, histograms.layer(l));
                NumberAxis x = (NumberAxis) panels.get(p).getDomainAxis();
                x.setRange(lo, histograms.hi());
                x.setLabel(label.apply(result.layers().get(l - 1).layer()));
            }
            chart.setTitle(title);
            applyStyle();
        });
    }

    /** Refills one panel's bars, with one dataset change event (the plot re-ranges its axes per event). */
    private static void fill(XYSeriesCollection data, double lo, double width, double[] fractions) {
        data.setNotify(false);
        data.setIntervalWidth(width);
        XYSeries s = data.getSeries(0);
        s.setNotify(false);
        s.clear();
        for (int k = 0; k < fractions.length; k++) {
            s.add(lo + (k + 0.5) * width, 100 * fractions[k]);
        }
        s.setNotify(true);
        data.setNotify(true);
    }

    private void setPanelCount(int n) {
        while (panels.size() > n) {
            plot.remove(panels.remove(panels.size() - 1));
        }
        while (panels.size() < n) {
            XYSeriesCollection data = new XYSeriesCollection(new XYSeries("h", false, true));
            PanelAxis x = new PanelAxis();
            XYBarRenderer bars = new XYBarRenderer(0.05);
            bars.setBarPainter(new StandardXYBarPainter());
            bars.setShadowVisible(false);
            bars.setDrawBarOutline(false);
            XYPlot panel = new XYPlot(data, x, null, bars);
            panels.add(panel);
            plot.add(panel, 1);
        }
    }

    @Override
    public ChartStyle getStyle() {
        return style;
    }

    @Override
    public void setStyle(ChartStyle style) {
        this.style = Objects.requireNonNull(style, "style");
        Styleable.inOneEvent(chart, this::applyStyle);
    }

    private void applyStyle() {
        ChartStyle s = style.forText(chart.getTitle().getText());
        s.apply(chart);
        for (XYPlot p : panels) {
            SubplotLook.apply(p, s);
            p.getDomainAxis().setTickLabelsVisible(p == panels.get(0)); // one shared range: labelled once
            p.getDomainAxis().setTickLabelFont(s.tickFont().deriveFont(s.tickFont().getSize2D() * 0.8f));
            p.getDomainAxis().setLabelFont(s.labelFont().deriveFont(s.labelFont().getSize2D() * 0.85f));
            // two or three ticks, fewer where a narrow panel has no room for their labels
            ((PanelAxis) p.getDomainAxis()).setClosestStep(niceStep(p.getDomainAxis().getRange().getLength()));
            p.getRenderer().setSeriesPaint(0, Palette.BLUE.color(s.theme()));
        }
    }

    /** Two or three ticks per small panel: 1, 2 or 5 times a power of ten, about half the range. */
    static double niceStep(double range) {
        if (!(range > 0) || !Double.isFinite(range)) {
            return 1;
        }
        double raw = range / 2.5;
        double p = Math.pow(10, Math.floor(Math.log10(raw)));
        double m = raw / p;
        return (m < 1.5 ? 1 : m < 3.5 ? 2 : 5) * p;
    }
}
