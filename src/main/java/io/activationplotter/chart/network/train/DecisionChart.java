package io.activationplotter.chart.network.train;

import io.activationplotter.chart.ChartLook;
import io.activationplotter.chart.ChartStyle;
import io.activationplotter.chart.Palette;
import io.activationplotter.chart.Styleable;
import java.awt.Color;
import java.awt.Paint;
import java.awt.geom.Ellipse2D;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import java.awt.image.BufferedImage;
import org.jfree.chart.annotations.XYDataImageAnnotation;

import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The decision boundary: the network's probability of class 1 as a heatmap over the datasets'
 * square (blue for 1, orange for 0, fading to the background at p = ½, as in Playground), with the
 * points on it: training points filled, test points as rings. The heatmap's values are one series
 * of cells ({@link #getHeatmap()}); they are drawn as one small image under the points (an
 * {@link XYDataImageAnnotation}, one pixel a cell, scaled to the square), which costs one image draw
 * per frame instead of a rectangle per cell. Both are replaced in place with one change event.
 */
public final class DecisionChart implements Styleable {

    /** The heatmap's series key. */
    public static final String HEATMAP = "p";
    private static final double EXTENT = 6;

    private final DefaultXYZDataset heatmap = new DefaultXYZDataset();
    private final XYSeriesCollection points = new XYSeriesCollection();
    private XYDataImageAnnotation image;
    private double[] shownP = new double[0];
    private int shownCells;
    private final XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, true);
    private final JFreeChart chart;
    private ChartStyle style = ChartStyle.DEFAULT;

    /** Creates an empty chart with the four point series keyed by their legend labels. */
    public DecisionChart() {
        NumberAxis x = new NumberAxis("x");
        NumberAxis y = new NumberAxis("y");
        x.setRange(-EXTENT, EXTENT);
        y.setRange(-EXTENT, EXTENT);
        XYPlot plot = new XYPlot(points, x, y, dots);
        chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setTitle("");
        chart.getTitle().setPadding(ChartLook.TITLE_PADDING);
        setPointLabels("train: 1", "train: 0", "test: 1", "test: 0");
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
        ChartStyle s = style.forText(chart.getTitle().getText());
        s.apply(chart);
        chart.getXYPlot().setDomainGridlinesVisible(false);
        chart.getXYPlot().setRangeGridlinesVisible(false);
        paintImage();
        double r = 3.2 * style.scale();
        Ellipse2D dot = new Ellipse2D.Double(-r, -r, 2 * r, 2 * r);
        dots.setUseOutlinePaint(true);
        for (int i = 0; i < 4; i++) {
            boolean one = i % 2 == 0;
            boolean train = i < 2;
            Color c = (one ? Palette.BLUE : Palette.ORANGE).color(style.theme());
            dots.setSeriesShape(i, dot, false);
            dots.setSeriesPaint(i, c, false);
            dots.setSeriesFillPaint(i, c, false);
            dots.setSeriesShapesFilled(i, train);
            dots.setSeriesOutlinePaint(i, train ? style.theme().background() : c, false);
            dots.setSeriesOutlineStroke(i, style.line(train ? 0.8f : 1.6f), false);
        }
        dots.setUseFillPaint(true);
    }

    /** @return the chart. */
    public JFreeChart getChart() {
        return chart;
    }

    /** @return the heatmap's values: one series {@link #HEATMAP} of cells (x, y, p(class 1)). */
    public DefaultXYZDataset getHeatmap() {
        return heatmap;
    }

    /** @return the points: train class 1, train class 0, test class 1, test class 0. */
    public XYSeriesCollection getPoints() {
        return points;
    }

    /**
     * Sets the title (one chart change event).
     *
     * @param title  the title ({@code null} not permitted).
     */
    public void setTitle(String title) {
        Styleable.inOneEvent(chart, () -> {
            chart.getTitle().setText(title);
            applyStyle();
        });
    }

    /**
     * Names the point series, keeping their points (one change event).
     *
     * @param labels  train 1, train 0, test 1, test 0 ({@code null} not permitted).
     */
    public void setPointLabels(String... labels) {
        Styleable.inOneEvent(chart, () -> {
            XYSeries[] old = new XYSeries[4];
            for (int i = 0; i < 4; i++) {
                old[i] = i < points.getSeriesCount() ? points.getSeries(i) : null;
            }
            points.removeAllSeries();
            for (int i = 0; i < 4; i++) {
                XYSeries s = new XYSeries(labels[i], false, true);
                if (old[i] != null) {
                    for (int k = 0; k < old[i].getItemCount(); k++) {
                        s.add(old[i].getX(k), old[i].getY(k), false);
                    }
                }
                points.addSeries(s);
            }
        });
    }

    /**
     * Replaces the points (one change event).
     *
     * @param x      the points' x, train then test ({@code null} not permitted).
     * @param y      their y ({@code null} not permitted).
     * @param label  their labels, 0 or 1 ({@code null} not permitted).
     * @param train  how many of them, from the first, are training points.
     */
    public void setPoints(double[] x, double[] y, int[] label, int train) {
        Styleable.inOneEvent(chart, () -> {
            for (int i = 0; i < 4; i++) {
                points.getSeries(i).clear();
            }
            for (int k = 0; k < x.length; k++) {
                int series = (k < train ? 0 : 2) + (label[k] == 1 ? 0 : 1);
                points.getSeries(series).add(x[k], y[k], false);
            }
            for (int i = 0; i < 4; i++) {
                points.getSeries(i).fireSeriesChanged();
            }
        });
    }

    /**
     * Replaces the heatmap (one change event).
     *
     * @param p      p(class 1) for cell (i, j) at index j·cells + i ({@code null} not permitted).
     * @param cells  the cells along each side.
     */
    public void setHeatmap(double[] p, int cells) {
        double size = 2 * EXTENT / cells;
        double[][] xyz = new double[3][p.length];
        for (int j = 0; j < cells; j++) {
            for (int i = 0; i < cells; i++) {
                int k = j * cells + i;
                xyz[0][k] = -EXTENT + (i + 0.5) * size;
                xyz[1][k] = -EXTENT + (j + 0.5) * size;
                xyz[2][k] = p[k];
            }
        }
        Styleable.inOneEvent(chart, () -> {
            heatmap.addSeries(HEATMAP, xyz);
            shownP = p.clone();
            shownCells = cells;
            paintImage();
        });
    }

    /** Redraws the heatmap image from the values shown, in this style's colours. */
    private void paintImage() {
        XYPlot plot = chart.getXYPlot();
        if (image != null) {
            plot.getRenderer().removeAnnotation(image);
            image = null;
        }
        if (shownCells == 0) {
            return;
        }
        Scale scale = new Scale(style.theme());
        BufferedImage img = new BufferedImage(shownCells, shownCells, BufferedImage.TYPE_INT_RGB);
        for (int j = 0; j < shownCells; j++) {
            for (int i = 0; i < shownCells; i++) {
                // image rows run downward, y upward
                img.setRGB(i, shownCells - 1 - j, ((Color) scale.getPaint(shownP[j * shownCells + i])).getRGB());
            }
        }
        image = new XYDataImageAnnotation(img, -EXTENT, -EXTENT, 2 * EXTENT, 2 * EXTENT, false);
        plot.getRenderer().addAnnotation(image, org.jfree.chart.ui.Layer.BACKGROUND);
    }

    /** Orange (p = 0) through the background (p = ½) to blue (p = 1). */
    static final class Scale implements PaintScale {
        private final Color zero;
        private final Color one;
        private final Color middle;

        Scale(ChartLook.Theme theme) {
            zero = Palette.ORANGE.color(theme);
            one = Palette.BLUE.color(theme);
            middle = theme.background();
        }

        @Override
        public double getLowerBound() {
            return 0;
        }

        @Override
        public double getUpperBound() {
            return 1;
        }

        @Override
        public Paint getPaint(double p) {
            double v = Double.isNaN(p) ? 0.5 : Math.max(0, Math.min(1, p));
            Color end = v >= 0.5 ? one : zero;
            double t = Math.abs(2 * v - 1) * 0.55; // never the full colour: the points must stand out
            return new Color(mix(middle.getRed(), end.getRed(), t), mix(middle.getGreen(), end.getGreen(), t),
                    mix(middle.getBlue(), end.getBlue(), t));
        }

        private static int mix(int a, int b, double t) {
            return (int) Math.round(a + (b - a) * t);
        }
    }
}
