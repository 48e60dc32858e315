package io.activationplotter.chart.precision;

import io.activationplotter.chart.ChartStyle;
import io.activationplotter.chart.Styleable;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.text.DecimalFormat;
import java.util.Objects;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The error panel of the precision lens: the naive formula's error in ulps of the format along x, f and f'
 * as dots on a log scale, with a line at 0.5 ulp (what the stored values never exceed). Errors of exactly
 * 0 cannot sit on a log axis and are left out; infinite ones are where the main chart marks ±∞.
 */
public final class ErrorChart implements Styleable {

    /** The lowest error shown, in ulps. */
    public static final double FLOOR = 0.01;

    private final XYSeries valueErrors = new XYSeries("f", false, true);
    private final XYSeries slopeErrors = new XYSeries("f′", false, true);
    private final XYSeriesCollection dataset = new XYSeriesCollection();
    private final XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
    private final LogAxis yAxis = new LogAxis("ulps");
    private final XYPlot plot;
    private final JFreeChart chart;
    private final TextTitle summary = new TextTitle("");
    private ChartStyle style = ChartStyle.DEFAULT;

    /** Creates an empty chart. */
    public ErrorChart() {
        dataset.addSeries(valueErrors);
        dataset.addSeries(slopeErrors);
        NumberAxis xAxis = new NumberAxis("x");
        xAxis.setAutoRangeIncludesZero(false);
        yAxis.setSmallestValue(FLOOR);
        yAxis.setBase(10);
        yAxis.setAutoTickUnitSelection(false);
        yAxis.setTickUnit(new NumberTickUnit(1), false, false); // one tick a decade, in log space
        yAxis.setNumberFormatOverride(new DecimalFormat("0.##E0"));
        plot = new XYPlot(dataset, xAxis, yAxis, renderer);
        ValueMarker half = new ValueMarker(0.5);
        half.setLabel("0.5 ulp");
        plot.addRangeMarker(half);
        chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.addSubtitle(0, summary);
        applyStyle();
    }

    /** @return the chart. */
    public JFreeChart getChart() {
        return chart;
    }

    /** @return the errors of f (x, ulps). */
    public XYSeries valueErrors() {
        return valueErrors;
    }

    /** @return the errors of f' (x, ulps). */
    public XYSeries slopeErrors() {
        return slopeErrors;
    }

    /** @return the summary line above the plot. */
    public String summary() {
        return summary.getText();
    }

    /**
     * Replaces the errors with one chart change event; non-finite errors and zeros are left out.
     *
     * @param x           the points.
     * @param valueUlps   f's error at each point.
     * @param slopeUlps   f''s error at each point.
     * @param xMin        the x-range shown.
     * @param xMax        the x-range shown.
     * @param yLabel      the y-axis label, for example {@code naive error (ulps of float16)}.
     * @param summary     the line above the plot (largest errors).
     */
    public void update(double[] x, double[] valueUlps, double[] slopeUlps, double xMin, double xMax, String yLabel,
            String summary) {
        Styleable.inOneEvent(chart, () -> {
            fill(valueErrors, x, valueUlps);
            fill(slopeErrors, x, slopeUlps);
            plot.getDomainAxis().setRange(xMin, xMax);
            double top = Math.max(max(valueUlps), max(slopeUlps));
            yAxis.setRange(FLOOR, Math.max(10, top * 3));
            yAxis.setLabel(yLabel);
            this.summary.setText(summary);
        });
    }

    private static void fill(XYSeries s, double[] x, double[] y) {
        s.setNotify(false);
        s.clear();
        for (int i = 0; i < x.length; i++) {
            if (y[i] > 0 && Double.isFinite(y[i])) {
                s.add(x[i], Math.max(FLOOR, y[i]), false);
            }
        }
        s.setNotify(true);
    }

    private static double max(double[] v) {
        double m = 0;
        for (double d : v) {
            if (Double.isFinite(d)) {
                m = Math.max(m, d);
            }
        }
        return m;
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
        style.apply(chart);
        double r = 1.6 * style.scale();
        Ellipse2D dot = new Ellipse2D.Double(-r, -r, 2 * r, 2 * r);
        renderer.setSeriesShape(0, dot);
        renderer.setSeriesShape(1, dot);
        renderer.setSeriesPaint(0, new Color(0, 114, 178));
        renderer.setSeriesPaint(1, new Color(213, 94, 0));
        summary.setFont(style.legendFont());
        summary.setPaint(style.theme().secondaryText());
        ValueMarker half = (ValueMarker) plot.getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND).iterator().next();
        half.setPaint(style.theme().secondaryText());
        half.setLabelPaint(style.theme().secondaryText());
        half.setLabelFont(style.tickFont());
        half.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_LEFT);
        half.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.BOTTOM_LEFT);
    }
}
