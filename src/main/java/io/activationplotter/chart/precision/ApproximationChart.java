package io.activationplotter.chart.precision;

import io.activationplotter.chart.ChartLabels;
import io.activationplotter.chart.ChartStyle;
import io.activationplotter.chart.Styleable;
import io.activationplotter.model.Activation;
import io.activationplotter.model.precision.Approximation;
import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * One function and its cheaper stand-ins, side by side: the curves above, the differences
 * exact − approximation below on their own scale, each difference's legend entry giving its largest |Δ|
 * on the range shown.
 */
public final class ApproximationChart implements Styleable {

    /** Okabe–Ito colours: the exact function, then each approximation. */
    private static final Color[] COLORS = {new Color(0, 0, 0), new Color(0, 114, 178), new Color(213, 94, 0),
        new Color(0, 158, 115)};

    private final List<Approximation> pairs;
    private final XYSeriesCollection curves = new XYSeriesCollection();
    private final XYSeriesCollection differences = new XYSeriesCollection();
    private final XYLineAndShapeRenderer curveRenderer = new XYLineAndShapeRenderer(true, false);
    private final XYLineAndShapeRenderer differenceRenderer = new XYLineAndShapeRenderer(true, false);
    private final CombinedDomainXYPlot plot = new CombinedDomainXYPlot(new NumberAxis("x"));
    private final JFreeChart chart;
    private final double[][] gaps;
    private ChartStyle style = ChartStyle.DEFAULT;

    /**
     * Creates the chart of pairs that share their exact function.
     *
     * @param title  the title, for example {@code GELU and its approximations}.
     * @param pairs  the pairs ({@code null} not permitted, not empty).
     */
    public ApproximationChart(String title, List<Approximation> pairs) {
        this.pairs = List.copyOf(pairs);
        this.gaps = new double[pairs.size()][];
        curves.addSeries(new XYSeries(pairs.get(0).exactName(), false, true));
        for (Approximation a : pairs) {
            curves.addSeries(new XYSeries(a.approxName(), false, true));
            differences.addSeries(new XYSeries(a.name(), false, true));
        }
        NumberAxis y = new NumberAxis("f(x)");
        y.setAutoRangeIncludesZero(false);
        NumberAxis dy = new NumberAxis("Δ(x)");
        dy.setAutoRangeIncludesZero(true);
        plot.add(new XYPlot(curves, null, y, curveRenderer), 3);
        plot.add(new XYPlot(differences, null, dy, differenceRenderer), 2);
        plot.setGap(8);
        chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        applyStyle();
    }

    /** @return the chart. */
    public JFreeChart getChart() {
        return chart;
    }

    /** @return the curves: the exact function, then each approximation. */
    public XYSeriesCollection curves() {
        return curves;
    }

    /** @return the differences exact − approximation, one series per pair. */
    public XYSeriesCollection differences() {
        return differences;
    }

    /**
     * @param i  the pair's index.
     * @return {x, |Δ(x)|} at the largest |Δ| of the last update's range.
     */
    public double[] gap(int i) {
        return gaps[i].clone();
    }

    /**
     * Resamples over a range with one chart change event.
     *
     * @param xMin     the range.
     * @param xMax     the range (greater than xMin).
     * @param samples  points per curve (at least 2).
     */
    public void update(double xMin, double xMax, int samples) {
        Styleable.inOneEvent(chart, () -> {
            fill(curves.getSeries(0), pairs.get(0).exact(), xMin, xMax, samples);
            for (int i = 0; i < pairs.size(); i++) {
                Approximation a = pairs.get(i);
                fill(curves.getSeries(i + 1), a.approximate(), xMin, xMax, samples);
                XYSeries d = differences.getSeries(i);
                d.setNotify(false);
                d.clear();
                for (int k = 0; k < samples; k++) {
                    double x = xMin + (xMax - xMin) * k / (samples - 1);
                    d.add(x, a.difference(x), false);
                }
                d.setNotify(true);
                gaps[i] = a.maxGap(xMin, xMax, samples);
                d.setKey("Δ " + a.approxName() + ": max " + ChartLabels.number(gaps[i][1]) + " at "
                        + ChartLabels.number(gaps[i][0]));
            }
            plot.getDomainAxis().setRange(xMin, xMax);
        });
    }

    private static void fill(XYSeries s, Activation f, double xMin, double xMax, int samples) {
        s.setNotify(false);
        s.clear();
        for (int k = 0; k < samples; k++) {
            double x = xMin + (xMax - xMin) * k / (samples - 1);
            s.add(x, f.value(x), false);
        }
        s.setNotify(true);
    }

    private void axis(org.jfree.chart.axis.ValueAxis a) {
        a.setLabelFont(style.labelFont());
        a.setTickLabelFont(style.tickFont());
        a.setLabelPaint(style.theme().text());
        a.setTickLabelPaint(style.theme().text());
        a.setAxisLinePaint(style.theme().outline());
        a.setTickMarkPaint(style.theme().outline());
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

    /** {@link ChartStyle#apply} expects one XYPlot; a combined plot is styled here, part by part. */
    private void applyStyle() {
        chart.setBackgroundPaint(style.theme().background());
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        plot.setBackgroundPaint(style.theme().background());
        axis(plot.getDomainAxis());
        for (Object o : plot.getSubplots()) {
            XYPlot p = (XYPlot) o;
            p.setBackgroundPaint(style.theme().background());
            p.setOutlinePaint(style.theme().outline());
            p.setDomainGridlinePaint(style.theme().grid());
            p.setRangeGridlinePaint(style.theme().grid());
            p.setRangeZeroBaselineVisible(true);
            p.setRangeZeroBaselinePaint(style.theme().zeroLine());
            axis(p.getRangeAxis());
        }
        if (chart.getLegend() != null) {
            chart.getLegend().setItemFont(style.legendFont());
            chart.getLegend().setItemPaint(style.theme().text());
            chart.getLegend().setBackgroundPaint(style.theme().background());
            chart.getLegend().setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
        BasicStroke line = new BasicStroke((float) (2 * style.scale()));
        for (int i = 0; i < curves.getSeriesCount(); i++) {
            Color c = i == 0 ? style.theme().text() : COLORS[i % COLORS.length];
            curveRenderer.setSeriesPaint(i, c);
            curveRenderer.setSeriesStroke(i, line);
            if (i > 0) {
                differenceRenderer.setSeriesPaint(i - 1, c);
                differenceRenderer.setSeriesStroke(i - 1, line);
            }
        }
        if (chart.getTitle() != null) {
            TextTitle t = chart.getTitle();
            t.setFont(style.legendFont());
            t.setPaint(style.theme().text());
        }
    }
}
