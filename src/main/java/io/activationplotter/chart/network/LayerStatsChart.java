package io.activationplotter.chart.network;

import io.activationplotter.chart.ChartLook;
import io.activationplotter.chart.ChartStyle;
import io.activationplotter.chart.Palette;
import io.activationplotter.chart.Styleable;
import io.activationplotter.model.network.LayerStats;
import io.activationplotter.model.network.NetworkResult;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Two panels over the layer number: the saturated and dead fractions of z_l (in %), and RMS(δ_l),
 * the gradient reaching layer l, on a logarithmic axis, where a vanishing gradient is a straight
 * line down toward layer 1. Gradients of exactly 0 are left out of the log panel.
 */
public final class LayerStatsChart implements Styleable {

    /** The smallest RMS drawn: below it (exact zeros, underflow) the point is left out. */
    public static final double FLOOR = 1e-300;

    private final XYSeries saturated = new XYSeries("saturated", false, true);
    private final XYSeries dead = new XYSeries("dead", false, true);
    private final XYSeries grad = new XYSeries("grad", false, true);
    private final XYSeriesCollection fractions = new XYSeriesCollection();
    private final XYSeriesCollection gradients = new XYSeriesCollection(grad);
    private final NumberAxis layerAxis = new NumberAxis("layer");
    private final NumberAxis percentAxis = new NumberAxis("%");
    private final LogAxis gradAxis = new LogAxis("RMS(δ)");
    private final XYPlot fractionPlot;
    private final XYPlot gradPlot;
    private final JFreeChart chart;
    private ChartStyle style = ChartStyle.DEFAULT;

    /** Creates an empty chart; {@link #update} fills it. */
    public LayerStatsChart() {
        fractions.addSeries(saturated);
        fractions.addSeries(dead);
        layerAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        layerAxis.setAutoRangeIncludesZero(false);
        percentAxis.setRange(0, 100);
        gradAxis.setSmallestValue(FLOOR);
        gradAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        fractionPlot = new XYPlot(fractions, null, percentAxis, new XYLineAndShapeRenderer(true, true));
        gradPlot = new XYPlot(gradients, null, gradAxis, new XYLineAndShapeRenderer(true, true));
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(layerAxis);
        plot.setGap(12);
        NumberAxis unused = new NumberAxis(); // ChartStyle styles the parent's axes; the panels draw their own
        unused.setVisible(false);
        plot.setRangeAxis(unused);
        plot.add(fractionPlot, 1);
        plot.add(gradPlot, 1);
        chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setTitle("");
        chart.getTitle().setPadding(ChartLook.TITLE_PADDING);
        applyStyle();
    }

    /** @return the chart. */
    public JFreeChart getChart() {
        return chart;
    }

    /** @return the saturated % per layer (x = layer). */
    public XYSeries getSaturated() {
        return saturated;
    }

    /** @return the dead % per layer. */
    public XYSeries getDead() {
        return dead;
    }

    /** @return RMS(δ_l) per layer, zeros left out. */
    public XYSeries getGradient() {
        return grad;
    }

    /** @return the log axis of the gradient panel. */
    public LogAxis getGradientAxis() {
        return gradAxis;
    }

    /**
     * Shows a run.
     *
     * @param result        the run ({@code null} not permitted).
     * @param title         the chart's title.
     * @param saturatedKey  the legend text of the saturated series.
     * @param deadKey       the legend text of the dead series.
     * @param gradKey       the legend text of the gradient series.
     * @param layerLabel    the label of the shared layer axis.
     */
    public void update(NetworkResult result, String title, String saturatedKey, String deadKey, String gradKey,
            String layerLabel) {
        Objects.requireNonNull(result, "result");
        Styleable.inOneEvent(chart, () -> {
            layerAxis.setLabel(layerLabel);
            saturated.setKey(saturatedKey);
            dead.setKey(deadKey);
            grad.setKey(gradKey);
            for (XYSeries s : new XYSeries[] {saturated, dead, grad}) {
                s.setNotify(false);
                s.clear();
            }
            double lo = Double.POSITIVE_INFINITY;
            double hi = 0;
            for (LayerStats l : result.layers()) {
                saturated.add(l.layer(), 100 * l.saturated());
                dead.add(l.layer(), 100 * l.dead());
                if (l.gradRms() > FLOOR && Double.isFinite(l.gradRms())) {
                    grad.add(l.layer(), l.gradRms());
                    lo = Math.min(lo, l.gradRms());
                    hi = Math.max(hi, l.gradRms());
                }
            }
            for (XYSeries s : new XYSeries[] {saturated, dead, grad}) {
                s.setNotify(true);
            }
            if (hi > 0) {
                // whole decades, at least two, around the values
                gradAxis.setRange(Math.pow(10, Math.floor(Math.log10(lo)) - (hi / lo < 10 ? 1 : 0)),
                        Math.pow(10, Math.ceil(Math.log10(hi)) + (hi / lo < 10 ? 1 : 0)));
            }
            int n = result.layers().size();
            layerAxis.setRange(0.5, n + 0.5);
            chart.setTitle(title);
            applyStyle();
        });
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
        ChartStyle s = style.forText(chart.getTitle().getText() + saturated.getKey() + dead.getKey()
                + layerAxis.getLabel());
        s.apply(chart);
        SubplotLook.apply(fractionPlot, s);
        SubplotLook.apply(gradPlot, s);
        fractionPlot.getRenderer().setSeriesPaint(0, Palette.VERMILLION.color(s.theme()));
        fractionPlot.getRenderer().setSeriesPaint(1, Palette.PURPLE.color(s.theme()));
        gradPlot.getRenderer().setSeriesPaint(0, Palette.BLUE.color(s.theme()));
        for (int i = 0; i < 2; i++) {
            fractionPlot.getRenderer().setSeriesStroke(i, s.line(2f));
        }
        gradPlot.getRenderer().setSeriesStroke(0, s.line(2f));
    }
}
