package io.activationplotter.ui.plot;

import java.awt.geom.Rectangle2D;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Rectangle;
import org.jfree.chart.fx.ChartCanvas;
import org.jfree.chart.fx.interaction.AbstractMouseHandlerFX;

/**
 * Shift+drag zooms the x-range only: while dragging, a translucent vertical band covers the full
 * height of the plot between the press and the pointer; on release the band's x extent becomes
 * the view through {@link ViewRange#setView(double, double)} (one redraw). The y-axis keeps
 * following the data. A band narrower than a few pixels is taken as a click and does nothing.
 */
final class BandZoom extends AbstractMouseHandlerFX {

    /** The narrowest band, in pixels, that zooms. */
    static final double MIN_WIDTH = 4;

    private final ChartPane pane;
    private final ViewRange range;
    private final Rectangle band = new Rectangle();
    private double startX = Double.NaN;

    BandZoom(ChartPane pane, ViewRange range) {
        super("band-zoom", false, false, false, true);
        this.pane = pane;
        this.range = range;
        band.setId("zoom-band");
        band.getStyleClass().add("zoom-band");
        band.setManaged(false);
        band.setVisible(false);
        pane.getOverlay().getChildren().add(band);
    }

    @Override
    public void handleMousePressed(ChartCanvas canvas, MouseEvent e) {
        Rectangle2D area = pane.dataArea();
        if (area == null || !area.contains(e.getX(), e.getY())) {
            canvas.clearLiveHandler();
            return;
        }
        startX = e.getX();
        show(area, startX);
    }

    @Override
    public void handleMouseDragged(ChartCanvas canvas, MouseEvent e) {
        Rectangle2D area = pane.dataArea();
        if (area != null && !Double.isNaN(startX)) {
            show(area, clamp(e.getX(), area));
        }
    }

    @Override
    public void handleMouseReleased(ChartCanvas canvas, MouseEvent e) {
        Rectangle2D area = pane.dataArea();
        band.setVisible(false);
        if (area != null && !Double.isNaN(startX)) {
            double end = clamp(e.getX(), area);
            if (Math.abs(end - startX) >= MIN_WIDTH) {
                range.setView(pane.xAtColumn(Math.min(startX, end)), pane.xAtColumn(Math.max(startX, end)));
            }
        }
        startX = Double.NaN;
        canvas.clearLiveHandler();
    }

    /** Draws the band from the press to {@code x}, over the data area's full height. */
    private void show(Rectangle2D area, double x) {
        Point2D a = pane.toOverlay(Math.min(startX, x), area.getMinY());
        Point2D b = pane.toOverlay(Math.max(startX, x), area.getMaxY());
        band.setX(a.getX());
        band.setY(a.getY());
        band.setWidth(b.getX() - a.getX());
        band.setHeight(b.getY() - a.getY());
        band.setVisible(true);
    }

    private static double clamp(double x, Rectangle2D area) {
        return Math.max(area.getMinX(), Math.min(area.getMaxX(), x));
    }
}
