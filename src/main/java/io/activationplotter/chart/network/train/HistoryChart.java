package io.activationplotter.chart.network.train;

import io.activationplotter.chart.ChartLook;
import io.activationplotter.chart.ChartStyle;
import io.activationplotter.chart.Palette;
import io.activationplotter.chart.Styleable;
import java.awt.BasicStroke;
import java.awt.geom.Line2D;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Curves over the epochs on a logarithmic y-axis: the loss (train solid, test dashed) or each hidden
 * layer's gradient RMS (one colour a layer, in {@link Palette} order). The series are refilled in
 * place from the history arrays with one change event.
 */
public final class HistoryChart implements Styleable {

    /** Values below this are drawn at it (a log axis has no 0). */
    public static final double FLOOR = 1e-12;

    private final XYSeriesCollection dataset = new XYSeriesCollection();
    private final XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
    private final LogAxis yAxis;
    private final NumberAxis xAxis;
    private final JFreeChart chart;
    private final boolean dashSecond;
    private ChartStyle style = ChartStyle.DEFAULT;

    /**
     * Creates an empty chart.
     *
     * @param yLabel      the y-axis label ({@code null} not permitted).
     * @param dashSecond  {@code true} to draw the second series dashed in the first one's colour (train/test).
     */
    public HistoryChart(String yLabel, boolean dashSecond) {
        this.dashSecond = dashSecond;
        xAxis = new NumberAxis("epoch");
        xAxis.setAutoRangeIncludesZero(false);
        xAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        yAxis = new LogAxis(yLabel);
        yAxis.setSmallestValue(FLOOR);
        yAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits()); // whole decades, never 10^-0.5
        renderer.setDrawSeriesLineAsPath(true);
        XYPlot plot = new XYPlot(dataset, xAxis, yAxis, renderer);
        chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setTitle("");
        chart.getTitle().setPadding(ChartLook.TITLE_PADDING);
        applyStyle();
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
        ChartStyle s = style.forText(chart.getTitle().getText() + xAxis.getLabel() + yAxis.getLabel());
        s.apply(chart);
        // the last epoch's tick label ("1,500") is centred on the right end of the axis: room for its half
        chart.setPadding(new RectangleInsets(8, 8, 8, 28 * s.scale()));
        renderer.setLegendLine(new Line2D.Double(-9 * style.scale(), 0, 9 * style.scale(), 0));
        for (int i = 0; i < Math.max(2, dataset.getSeriesCount()); i++) {
            boolean dashed = dashSecond && i == 1;
            Palette hue = Palette.values()[dashSecond ? 0 : i % Palette.values().length];
            renderer.setSeriesPaint(i, hue.color(style.theme()), false);
            float w = (float) (1.8 * style.scale());
            renderer.setSeriesStroke(i, dashed
                    ? new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                            new float[] {(float) (7 * style.scale()), (float) (5 * style.scale())}, 0f)
                    : new BasicStroke(w, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND), false);
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

    /**
     * Sets the title and the axis labels (one change event).
     *
     * @param title   the title ({@code null} not permitted).
     * @param xLabel  the x-axis label ({@code null} not permitted).
     * @param yLabel  the y-axis label ({@code null} not permitted).
     */
    public void setLabels(String title, String xLabel, String yLabel) {
        Styleable.inOneEvent(chart, () -> {
            chart.getTitle().setText(title);
            xAxis.setLabel(xLabel);
            yAxis.setLabel(yLabel);
            applyStyle();
        });
    }

    /** Sets the y-axis to whole decades around the values drawn: at least one decade, at most twelve. */
    private void fitDecades(double[][] ys, int count) {
        double low = Double.POSITIVE_INFINITY;
        double high = 0;
        for (double[] y : ys) {
            for (int k = 0; k < count; k++) {
                double v = Math.max(FLOOR, y[k]);
                if (v < Double.POSITIVE_INFINITY) {
                    low = Math.min(low, v);
                    high = Math.max(high, v);
                }
            }
        }
        if (!(high > 0)) {
            yAxis.setRange(0.1, 1);
            return;
        }
        double top = Math.ceil(Math.log10(high) + 1e-9);
        double bottom = Math.max(top - 12, Math.floor(Math.log10(low) - 1e-9));
        yAxis.setRange(Math.pow(10, Math.min(bottom, top - 1)), Math.pow(10, top));
    }

    /**
     * Refills the curves (one change event); values at or below 0 are drawn at {@link #FLOOR}, NaN breaks a line.
     *
     * @param labels  the curves' labels ({@code null} not permitted).
     * @param x       the epochs, shared by the curves ({@code null} not permitted).
     * @param ys      per curve, its values at those epochs ({@code null} not permitted).
     * @param count   how many of the values to use.
     */
    public void update(List<String> labels, double[] x, double[][] ys, int count) {
        Styleable.inOneEvent(chart, () -> {
            boolean same = dataset.getSeriesCount() == labels.size();
            for (int i = 0; same && i < labels.size(); i++) {
                same = dataset.getSeriesKey(i).equals(labels.get(i));
            }
            if (!same) {
                dataset.removeAllSeries();
                labels.forEach(l -> dataset.addSeries(new XYSeries(l, false, true)));
                applyStyle();
            }
            for (int i = 0; i < labels.size(); i++) {
                XYSeries s = dataset.getSeries(i);
                s.setNotify(false);
                s.clear();
                for (int k = 0; k < count; k++) {
                    double v = ys[i][k];
                    s.add(x[k], Double.isNaN(v) ? Double.NaN : Math.max(FLOOR, v), false);
                }
                s.setNotify(true);
            }
            if (count > 0) {
                xAxis.setRange(Math.min(x[0], x[count - 1] - 1), Math.max(x[count - 1], x[0] + 1));
            }
            fitDecades(ys, count);
        });
    }
}
