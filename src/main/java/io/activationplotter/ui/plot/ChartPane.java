package io.activationplotter.ui.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import javafx.application.Platform;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.StackPane;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.fx.ChartCanvas;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.AbstractMouseHandlerFX;
import org.jfree.chart.fx.interaction.ZoomHandlerFX;
import org.jfree.chart.fx.overlay.CrosshairOverlayFX;
import org.jfree.chart.plot.Crosshair;
import org.jfree.chart.plot.XYPlot;

/**
 * The chart in a {@link ChartViewer}. Wheel zoom and drag pan change the x-range through the
 * view-model (one update each); Shift+drag zooms to a box through JFreeChart, and the domain axis
 * listener feeds that back. A crosshair overlay follows the mouse without touching the chart.
 */
public final class ChartPane extends StackPane {

    private static final double WHEEL_STEP = 1.25;

    private final PlotViewModel vm;
    private final ChartViewer viewer;
    private final XYPlot plot;
    private final Crosshair crosshair = new Crosshair(Double.NaN, new Color(0x555555), new BasicStroke(1f));

    /**
     * Creates the pane.
     *
     * @param vm  the view-model ({@code null} not permitted).
     */
    public ChartPane(PlotViewModel vm) {
        this.vm = vm;
        this.viewer = new ChartViewer(vm.chart().getChart(), false);
        this.plot = vm.chart().getChart().getXYPlot();
        viewer.setId("chart");
        getChildren().add(viewer);
        installNavigation(viewer.getCanvas());
        installCrosshair(viewer.getCanvas());
        vm.plotWidthProperty().bind(viewer.widthProperty());
    }

    /** @return the viewer. */
    public ChartViewer getViewer() {
        return viewer;
    }

    private void installNavigation(ChartCanvas canvas) {
        canvas.removeMouseHandler(canvas.getMouseHandler("zoom"));
        canvas.removeMouseHandler(canvas.getMouseHandler("pan"));
        canvas.removeAuxiliaryMouseHandler(canvas.getMouseHandler("scroll"));
        canvas.addMouseHandler(new DragPan());
        canvas.addMouseHandler(new ZoomHandlerFX("box-zoom", viewer, false, false, false, true));
        canvas.addAuxiliaryMouseHandler(new WheelZoom());
        canvas.setRangeZoomable(false);
        plot.setRangePannable(false);
        ValueAxis axis = plot.getDomainAxis();
        axis.addChangeListener(e -> Platform.runLater(
                () -> vm.range().setView(axis.getLowerBound(), axis.getUpperBound())));
    }

    private void installCrosshair(ChartCanvas canvas) {
        CrosshairOverlayFX overlay = new CrosshairOverlayFX();
        crosshair.setVisible(false);
        overlay.addDomainCrosshair(crosshair);
        canvas.addOverlay(overlay);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> vm.hover(xAt(e.getX(), e.getY())));
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> vm.hover(xAt(e.getX(), e.getY())));
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> vm.hover(Double.NaN));
        vm.hoverXProperty().addListener((obs, old, now) -> {
            double x = now.doubleValue();
            crosshair.setVisible(!Double.isNaN(x));
            if (!Double.isNaN(x)) {
                crosshair.setValue(x);
            }
        });
    }

    /** @return the data area of the last drawing, or {@code null} before the first. */
    private Rectangle2D dataArea() {
        ChartRenderingInfo info = viewer.getCanvas().getRenderingInfo();
        return info == null ? null : info.getPlotInfo().getDataArea();
    }

    /**
     * Converts a point on the canvas to x.
     *
     * @return the x, or NaN outside the data area.
     */
    public double xAt(double px, double py) {
        Rectangle2D area = dataArea();
        if (area == null || !area.contains(px, py)) {
            return Double.NaN;
        }
        return plot.getDomainAxis().java2DToValue(px, area, plot.getDomainAxisEdge());
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
                canvas.setCursor(javafx.scene.Cursor.MOVE);
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
            canvas.setCursor(javafx.scene.Cursor.DEFAULT);
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
