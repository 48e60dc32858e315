package io.activationplotter.ui.plot;

import io.activationplotter.chart.FigureSpec;
import io.activationplotter.ui.CanvasState;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import javafx.application.Platform;
import javafx.scene.Cursor;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.fx.ChartCanvas;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.AbstractMouseHandlerFX;
import org.jfree.chart.plot.XYPlot;

/**
 * The chart in a {@link ChartViewer}, with a JavaFX layer on top for what the mouse shows: the
 * hover line, markers and readout ({@link HoverLayer}) and the Shift+drag zoom band
 * ({@link BandZoom}). The layer is not part of the chart, so exports never contain it. Wheel zoom,
 * drag pan and the band change the x-range through the view-model (one update each); a domain axis
 * change made by JFreeChart itself is fed back too. After every redraw the hover is taken again at
 * the pointer, so the markers and readout follow zoom, pan, reset and parameter changes.
 */
public final class ChartPane extends StackPane {

    private static final double WHEEL_STEP = 1.25;

    private final PlotViewModel vm;
    private final ChartViewer viewer;
    private final XYPlot plot;
    private final Pane overlay = new Pane();
    private final HoverLayer hoverLayer;
    private double pointerX = Double.NaN;
    private double pointerY = Double.NaN;

    /**
     * Creates the pane.
     *
     * @param vm  the view-model ({@code null} not permitted).
     */
    public ChartPane(PlotViewModel vm) {
        this.vm = vm;
        this.viewer = new ChartViewer(vm.chart().getChart(), false);
        this.plot = vm.chart().getChart().getXYPlot();
        CanvasState.follow(viewer.getCanvas(), vm.chart().getChart());
        viewer.setId("chart");
        overlay.setId("chart-overlay");
        overlay.setMouseTransparent(true);
        overlay.setPickOnBounds(false);
        getChildren().addAll(viewer, overlay);
        hoverLayer = new HoverLayer(this, vm);
        installNavigation(viewer.getCanvas());
        installHover(viewer.getCanvas());
        vm.plotWidthProperty().bind(viewer.widthProperty());
    }

    /** @return the viewer. */
    public ChartViewer getViewer() {
        return viewer;
    }

    /** @return the layer over the chart that holds the hover marks and the zoom band. */
    public Pane getOverlay() {
        return overlay;
    }

    private void installNavigation(ChartCanvas canvas) {
        canvas.removeMouseHandler(canvas.getMouseHandler("zoom"));
        canvas.removeMouseHandler(canvas.getMouseHandler("pan"));
        canvas.removeAuxiliaryMouseHandler(canvas.getMouseHandler("scroll"));
        canvas.addMouseHandler(new DragPan());
        canvas.addMouseHandler(new BandZoom(this, vm.range()));
        canvas.addAuxiliaryMouseHandler(new WheelZoom());
        canvas.setRangeZoomable(false);
        plot.setRangePannable(false);
        ValueAxis axis = plot.getDomainAxis();
        axis.addChangeListener(e -> Platform.runLater(() -> {
            // issue 16: the range the view-model itself drew is no news (and, with redraws once a frame,
            // may be older than the view the slider has moved on to)
            FigureSpec drawn = vm.specProperty().get();
            if (drawn == null || axis.getLowerBound() != drawn.xMin() || axis.getUpperBound() != drawn.xMax()) {
                vm.range().setView(axis.getLowerBound(), axis.getUpperBound());
            }
        }));
    }

    private void installHover(ChartCanvas canvas) {
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> pointerAt(e.getX(), e.getY()));
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> pointerAt(e.getX(), e.getY()));
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> pointerAt(Double.NaN, Double.NaN));
        vm.updateCountProperty().addListener((obs, old, now) -> rehover());
        canvas.widthProperty().addListener((obs, old, now) -> Platform.runLater(hoverLayer::refresh));
        canvas.heightProperty().addListener((obs, old, now) -> Platform.runLater(hoverLayer::refresh));
    }

    private void pointerAt(double px, double py) {
        pointerX = px;
        pointerY = py;
        vm.hover(xAt(px, py));
    }

    /** After a redraw the same pixel may show another x: read it again. */
    private void rehover() {
        if (!Double.isNaN(pointerX)) {
            vm.hover(xAt(pointerX, pointerY));
        }
    }

    /** @return the data area of the last drawing, in canvas pixels, or {@code null} before the first. */
    Rectangle2D dataArea() {
        ChartRenderingInfo info = viewer.getCanvas().getRenderingInfo();
        return info == null ? null : info.getPlotInfo().getDataArea();
    }

    /**
     * Converts a point on the canvas to x.
     *
     * @param px  the canvas x in pixels.
     * @param py  the canvas y in pixels.
     * @return the x, or NaN outside the data area.
     */
    public double xAt(double px, double py) {
        Rectangle2D area = dataArea();
        if (area == null || !area.contains(px, py)) {
            return Double.NaN;
        }
        return plot.getDomainAxis().java2DToValue(px, area, plot.getDomainAxisEdge());
    }

    /** @return the x at a canvas column, inside the data area or not (NaN before the first drawing). */
    double xAtColumn(double px) {
        Rectangle2D area = dataArea();
        return area == null ? Double.NaN : plot.getDomainAxis().java2DToValue(px, area, plot.getDomainAxisEdge());
    }

    /**
     * Converts a data point to a point on the canvas.
     *
     * @param x  the x.
     * @param y  the y.
     * @return the canvas point, or {@code null} before the first drawing.
     */
    public Point2D toCanvas(double x, double y) {
        Rectangle2D area = dataArea();
        if (area == null) {
            return null;
        }
        return new Point2D.Double(plot.getDomainAxis().valueToJava2D(x, area, plot.getDomainAxisEdge()),
                plot.getRangeAxis().valueToJava2D(y, area, plot.getRangeAxisEdge()));
    }

    /** @return the overlay's coordinates of a canvas point. */
    javafx.geometry.Point2D toOverlay(double px, double py) {
        return overlay.sceneToLocal(viewer.getCanvas().localToScene(px, py));
    }

    /** Plain drag pans the x-range through the view-model. */
    private final class DragPan extends AbstractMouseHandlerFX {
        private double lastX = Double.NaN;

        DragPan() {
            super("drag-pan", false, false, false, false);
        }

        @Override
        public void handleMousePressed(ChartCanvas canvas, MouseEvent e) {
            lastX = Double.isNaN(xAt(e.getX(), e.getY())) ? Double.NaN : e.getX();
            if (Double.isNaN(lastX)) {
                canvas.clearLiveHandler();
            } else {
                canvas.setCursor(Cursor.MOVE);
            }
        }

        @Override
        public void handleMouseDragged(ChartCanvas canvas, MouseEvent e) {
            Rectangle2D area = dataArea();
            if (Double.isNaN(lastX) || area == null || e.getX() == lastX) {
                return;
            }
            double span = vm.range().viewMax() - vm.range().viewMin();
            vm.range().pan(-(e.getX() - lastX) / area.getWidth() * span);
            lastX = e.getX();
        }

        @Override
        public void handleMouseReleased(ChartCanvas canvas, MouseEvent e) {
            lastX = Double.NaN;
            canvas.setCursor(Cursor.DEFAULT);
            canvas.clearLiveHandler();
        }
    }

    /** The mouse wheel zooms the x-range about the pointer. */
    private final class WheelZoom extends AbstractMouseHandlerFX {
        WheelZoom() {
            super("wheel-zoom", false, false, false, false);
        }

        @Override
        public void handleScroll(ChartCanvas canvas, ScrollEvent e) {
            double x = xAt(e.getX(), e.getY());
            if (!Double.isNaN(x) && e.getDeltaY() != 0) {
                vm.range().zoom(e.getDeltaY() > 0 ? 1 / WHEEL_STEP : WHEEL_STEP, x);
            }
        }
    }
}
