package io.activationplotter.chart.depth;

import io.activationplotter.chart.ChartStyle;
import io.activationplotter.chart.Curve;
import io.activationplotter.chart.FunctionColors;
import io.activationplotter.chart.Styleable;
import io.activationplotter.model.depth.GradientDepth;
import java.awt.geom.Line2D;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The chart of |f'(x)|^n against x on a logarithmic y-axis: how much n stacked layers of each
 * activation scale a gradient. Values below {@link GradientDepth#FLOOR} (exact zeros included) are
 * drawn at the floor; the axis bottom is set just under the smallest value above it, and at least
 * a millionth of the top, and values below the axis bottom (such as ReLU's zeros) are drawn on it.
 */
public final class DepthChart implements Styleable {

    private final XYSeriesCollection dataset = new XYSeriesCollection();
    private final XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
    private final LogAxis yAxis = new LogAxis("|f\u2032(x)|\u207f");
    private final JFreeChart chart;
    private ChartStyle style = ChartStyle.DEFAULT;
    private List<String> ids = List.of();

    /** Creates an empty chart; call {@link #update(List, int, double, double, int)} to fill it. */
    public DepthChart() {
        NumberAxis xAxis = new NumberAxis("x");
        xAxis.setAutoRangeIncludesZero(false);
        renderer.setDrawSeriesLineAsPath(true);
        XYPlot plot = new XYPlot(dataset, xAxis, new NumberAxis(), renderer);
        chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        yAxis.setSmallestValue(GradientDepth.FLOOR);
        plot.setRangeAxis(yAxis);
        plot.setDomainZeroBaselineVisible(true);
        chart.setTitle("");
        style.apply(chart);
    }

    @Override
    public ChartStyle getStyle() {
        return style;
    }

    /**
     * Restyles background, text, grid, fonts and curves with one chart change event.
     *
     * @param style  the style ({@code null} not permitted).
     */
    @Override
    public void setStyle(ChartStyle style) {
        this.style = Objects.requireNonNull(style, "style");
        chart.setNotify(false);
        try {
            style.forText(chart.getTitle().getText()).apply(chart);
            styleSeries();
        } finally {
            chart.setNotify(true);
        }
    }

    /** @return the chart. */
    public JFreeChart getChart() {
        return chart;
    }

    /** @return the dataset: one series per curve, keyed by its label. */
    public XYSeriesCollection getDataset() {
        return dataset;
    }

    /** @return the y-axis. */
    public LogAxis getRangeAxis() {
        return yAxis;
    }

    /** @return the axis bottom, where values below it (exact zeros included) are drawn. */
    public double getFloor() {
        return yAxis.getLowerBound();
    }

    /**
     * Sets the title (one chart change event).
     *
     * @param title  the title ({@code null} not permitted).
     */
    public void setTitle(String title) {
        chart.setNotify(false);
        try {
            chart.getTitle().setFont(style.forText(title).titleFont());
            chart.getTitle().setText(title);
        } finally {
            chart.setNotify(true);
        }
    }

    /**
     * Refills the series in place with one chart change event.
     *
     * @param curves   the functions ({@code null} not permitted).
     * @param layers   the number of layers n (at least 1).
     * @param xMin     the smallest x.
     * @param xMax     the largest x (greater than xMin).
     * @param samples  the samples per curve (at least 2).
     */
    public void update(List<Curve> curves, int layers, double xMin, double xMax, int samples) {
        chart.setNotify(false);
        try {
            dataset.removeAllSeries();
            double[][] ys = new double[curves.size()][samples];
            double low = 1;
            double high = 0;
            for (int i = 0; i < curves.size(); i++) {
                for (int k = 0; k < samples; k++) {
                    double y = GradientDepth.factor(curves.get(i).function(), x(xMin, xMax, k, samples), layers);
                    ys[i][k] = y;
                    low = y > GradientDepth.FLOOR ? Math.min(low, y) : low;
                    high = Math.max(high, y);
                }
            }
            double top = Math.max(high, 1) * 10;
            double bottom = Math.max(GradientDepth.FLOOR, Math.min(low / 10, top * 1e-6));
            for (int i = 0; i < curves.size(); i++) {
                XYSeries s = new XYSeries(curves.get(i).label(), false, true);
                for (int k = 0; k < samples; k++) {
                    s.add(x(xMin, xMax, k, samples), Math.max(bottom, ys[i][k]), false);
                }
                dataset.addSeries(s);
            }
            ids = curves.stream().map(c -> c.type().id()).toList();
            styleSeries();
            yAxis.setRange(bottom, top);
            chart.getXYPlot().getDomainAxis().setRange(xMin, xMax);
        } finally {
            chart.setNotify(true);
        }
    }

    private void styleSeries() {
        List<FunctionColors.Slot> slots = FunctionColors.assign(ids);
        renderer.setLegendLine(new Line2D.Double(-9 * style.scale(), 0, 9 * style.scale(), 0));
        for (int i = 0; i < slots.size(); i++) {
            renderer.setSeriesPaint(i, style.curveColor(slots.get(i)), false);
            renderer.setSeriesStroke(i, style.curveStroke(slots.get(i), false, false), false);
        }
    }

    private static double x(double xMin, double xMax, int k, int samples) {
        return k == samples - 1 ? xMax : xMin + (xMax - xMin) * k / (samples - 1);
    }
}
