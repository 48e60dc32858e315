package io.activationplotter.chart.depth;

import io.activationplotter.chart.ChartLook;
import io.activationplotter.chart.ChartStyle;
import io.activationplotter.chart.Curve;
import io.activationplotter.chart.FunctionColors;
import io.activationplotter.chart.SampledCurve;
import io.activationplotter.chart.Sampler;
import io.activationplotter.chart.Styleable;
import java.awt.Font;
import java.awt.geom.Line2D;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The chart of |f'(x)|^n against x on a logarithmic y-axis: how much n stacked layers of each
 * activation scale a gradient. The curves are sampled like the plot's ({@link Sampler}: every kink
 * and jump of f' inside the range is a sample), and where f' jumps (ReLU at 0: from 0 to 1) the
 * line breaks (a NaN y) instead of drawing a vertical segment. The axis runs from a decade above
 * the largest value (at least 10) down to a decade under the smallest non-zero one, spanning at
 * least six decades and at most thirteen, and never below {@link #FLOOR}: a scale of 1e-230 would
 * squash every curve worth reading into the top edge. Values under the axis bottom (ReLU's exact
 * zeros, sigmoid^50's 1e-130) are drawn on it, and a note under the plot says so.
 */
public final class DepthChart implements Styleable {

    /** The lowest axis bottom: values below 1e-12 are drawn at the bottom edge, never 1e-230. */
    public static final double FLOOR = 1e-12;
    /** The axis spans at least six decades. */
    private static final double SHALLOWEST = 1e-6;
    /** The axis spans at most thirteen decades (10 down to 1e-12). */
    private static final double DEEPEST = 1e-13;
    /** The note's font at scale 1. */
    private static final Font NOTE_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

    private final XYSeriesCollection dataset = new XYSeriesCollection();
    private final XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
    private final LogAxis yAxis = new LogAxis("|f\u2032(x)|\u207f");
    private final JFreeChart chart;
    private final TextTitle note = new TextTitle("");
    private ChartStyle style = ChartStyle.DEFAULT;
    private List<String> ids = List.of();

    /** Creates an empty chart; call {@link #update(List, int, double, double, int)} to fill it. */
    public DepthChart() {
        NumberAxis xAxis = new NumberAxis("x");
        xAxis.setAutoRangeIncludesZero(false);
        renderer.setDrawSeriesLineAsPath(true);
        XYPlot plot = new XYPlot(dataset, xAxis, new NumberAxis(), renderer);
        chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        yAxis.setSmallestValue(FLOOR);
        yAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits()); // whole decades, never 10^-0.5
        plot.setRangeAxis(yAxis);
        plot.setDomainZeroBaselineVisible(true);
        chart.setTitle("");
        // room under the title: the top tick label reaches above the data area and must not touch it
        chart.getTitle().setPadding(ChartLook.TITLE_PADDING);
        note.setPosition(RectangleEdge.BOTTOM);
        chart.addSubtitle(0, note);
        applyStyle();
    }

    @Override
    public ChartStyle getStyle() {
        return style;
    }

    /**
     * Restyles background, text, grid, fonts, the note and curves with one chart change event.
     *
     * @param style  the style ({@code null} not permitted).
     */
    @Override
    public void setStyle(ChartStyle style) {
        this.style = Objects.requireNonNull(style, "style");
        Styleable.inOneEvent(chart, this::applyStyle);
    }

    private void applyStyle() {
        ChartStyle s = style.forText(chart.getTitle().getText() + note.getText());
        s.apply(chart);
        note.setFont(s.font(NOTE_FONT));
        note.setPaint(s.theme().secondaryText());
        styleSeries();
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

    /** @return the note under the plot saying where small values are drawn. */
    public TextTitle getNote() {
        return note;
    }

    /**
     * Sets the note under the plot, for example "values below 1e-12 are drawn on the bottom edge"
     * (one chart change event).
     *
     * @param words  the note ({@code null} not permitted).
     */
    public void setNote(String words) {
        Styleable.inOneEvent(chart, () -> {
            note.setText(words);
            applyStyle();
        });
    }

    /**
     * Sets the title (one chart change event).
     *
     * @param title  the title ({@code null} not permitted).
     */
    public void setTitle(String title) {
        Styleable.inOneEvent(chart, () -> {
            chart.getTitle().setFont(style.forText(title).titleFont());
            chart.getTitle().setText(title);
        });
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
        Styleable.inOneEvent(chart, () -> {
            dataset.removeAllSeries();
            double[][] xs = new double[curves.size()][];
            double[][] ys = new double[curves.size()][];
            double low = Double.POSITIVE_INFINITY;
            double high = 0;
            for (int i = 0; i < curves.size(); i++) {
                SampledCurve sampled = Sampler.sample(curves.get(i).function(), xMin, xMax, samples);
                xs[i] = sampled.dx();
                ys[i] = new double[xs[i].length];
                for (int k = 0; k < xs[i].length; k++) {
                    double y = Math.pow(Math.abs(sampled.dy()[k]), layers); // NaN (a break) stays NaN
                    ys[i][k] = y;
                    low = y > 0 ? Math.min(low, y) : low;
                    high = y < Double.POSITIVE_INFINITY ? Math.max(high, y) : high;
                }
            }
            double top = Math.max(high, 1) * 10;
            double bottom = bottom(low, top);
            for (int i = 0; i < curves.size(); i++) {
                XYSeries s = new XYSeries(curves.get(i).label(), false, true);
                for (int k = 0; k < xs[i].length; k++) {
                    double y = ys[i][k];
                    s.add(xs[i][k], Double.isNaN(y) ? Double.NaN : Math.min(top, Math.max(bottom, y)), false);
                }
                dataset.addSeries(s);
            }
            ids = curves.stream().map(c -> c.type().id()).toList();
            styleSeries();
            yAxis.setRange(bottom, top);
            chart.getXYPlot().getDomainAxis().setRange(xMin, xMax);
        });
    }

    private void styleSeries() {
        List<FunctionColors.Slot> slots = FunctionColors.assign(ids);
        renderer.setLegendLine(new Line2D.Double(-9 * style.scale(), 0, 9 * style.scale(), 0));
        for (int i = 0; i < slots.size(); i++) {
            renderer.setSeriesPaint(i, style.curveColor(slots.get(i)), false);
            renderer.setSeriesStroke(i, style.curveStroke(slots.get(i), false, false), false);
        }
    }

    /**
     * Returns the axis bottom for the values drawn: a decade under the smallest non-zero value, at
     * least six and at most thirteen decades below the top, and never below {@link #FLOOR}.
     *
     * @param low  the smallest value above zero (+inf when there is none).
     * @param top  the axis top.
     * @return the bottom.
     */
    static double bottom(double low, double top) {
        return Math.max(Math.max(FLOOR, top * DEEPEST), Math.min(low / 10, top * SHALLOWEST));
    }

    private static double x(double xMin, double xMax, int k, int samples) {
        return k == samples - 1 ? xMax : xMin + (xMax - xMin) * k / (samples - 1);
    }
}
