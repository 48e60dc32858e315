package io.activationplotter.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYDataset;

/**
 * A line renderer that, when decimating (on screen), hands the path only the points that shape it: per
 * pixel column the first, lowest, highest and last sample ({@link PixelColumns}). The dataset keeps every
 * exact sample (hover, table, CSV read it); only what is drawn is thinned, and the picture stays the same.
 * Decimating also stops the one hover entity per sample that JFreeChart would otherwise build every
 * frame (the app's hover reads the dataset, nothing reads those entities). Not decimating, it draws like
 * {@link XYLineAndShapeRenderer} (exports).
 */
public final class ColumnLineRenderer extends XYLineAndShapeRenderer {

    private static final long serialVersionUID = 1L;

    private boolean decimating;
    private long pointsDrawn;

    /** Creates a renderer of lines without shapes, drawn as one path per series, not decimating. */
    public ColumnLineRenderer() {
        super(true, false);
        setDrawSeriesLineAsPath(true);
    }

    /** @return whether only the points that shape the picture are drawn. */
    public boolean isDecimating() {
        return decimating;
    }

    /**
     * Switches decimation on (for the screen) or off (exports: every sample drawn); no change event.
     *
     * @param decimating  {@code true} to draw per pixel column only the first, lowest, highest and last point.
     */
    public void setDecimating(boolean decimating) {
        this.decimating = decimating;
        setDefaultCreateEntities(!decimating, false);
    }

    /** @return how many points the last drawing added to the series' paths (visible series only). */
    public long getPointsDrawn() {
        return pointsDrawn;
    }

    @Override
    public XYItemRendererState initialise(Graphics2D g2, Rectangle2D dataArea, XYPlot plot, XYDataset data,
            PlotRenderingInfo info) {
        pointsDrawn = 0;
        double scale = Math.max(1, Math.abs(g2.getTransform().getScaleX()));
        return new Kept(info, data == null ? 0 : data.getSeriesCount(), scale);
    }

    @Override
    public void drawItem(Graphics2D g2, XYItemRendererState state, Rectangle2D dataArea, PlotRenderingInfo info,
            XYPlot plot, ValueAxis domainAxis, ValueAxis rangeAxis, XYDataset dataset, int series, int item,
            CrosshairState crosshairState, int pass) {
        if (!getItemVisible(series, item)) {
            return;
        }
        if (decimating && state instanceof Kept) {
            Kept kept = (Kept) state;
            if (item == state.getFirstItemIndex() && kept.of[series] == null) {
                kept.of[series] = columns(kept, plot, dataArea, domainAxis, rangeAxis, dataset, series);
            }
            if (!kept.of[series][item - state.getFirstItemIndex()]) {
                return;
            }
        }
        if (isLinePass(pass)) {
            pointsDrawn++;
        }
        super.drawItem(g2, state, dataArea, info, plot, domainAxis, rangeAxis, dataset, series, item, crosshairState,
                pass);
    }

    /**
     * The points of a series from the pass's first to its last item that are kept; columns run along the
     * domain axis (across the screen in the vertical orientation our charts use).
     */
    private static boolean[] columns(Kept kept, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis,
            ValueAxis rangeAxis, XYDataset dataset, int series) {
        int from = kept.getFirstItemIndex();
        int to = kept.getLastItemIndex();
        int n = Math.max(0, to + 1);
        double[] px = new double[n];
        double[] py = new double[n];
        RectangleEdge xEdge = plot.getDomainAxisEdge();
        RectangleEdge yEdge = plot.getRangeAxisEdge();
        for (int i = from; i <= to; i++) {
            // the path is built in floats: columns and extremes are taken on what it will hold
            px[i] = (float) domainAxis.valueToJava2D(dataset.getXValue(series, i), dataArea, xEdge);
            py[i] = (float) rangeAxis.valueToJava2D(dataset.getYValue(series, i), dataArea, yEdge);
        }
        return PixelColumns.keep(px, py, from, to, kept.scale);
    }

    /** The renderer's state for one drawing, with the points kept per series (computed at its first pass). */
    private static final class Kept extends XYLineAndShapeRenderer.State {
        private final boolean[][] of;
        private final double scale;

        Kept(PlotRenderingInfo info, int seriesCount, double scale) {
            super(info);
            this.of = new boolean[seriesCount][];
            this.scale = scale;
        }
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof ColumnLineRenderer && ((ColumnLineRenderer) obj).decimating == decimating
                && super.equals(obj);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
