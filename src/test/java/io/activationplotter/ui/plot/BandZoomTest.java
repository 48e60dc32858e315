package io.activationplotter.ui.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.activationplotter.ui.Tabs;
import java.awt.geom.Rectangle2D;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.jfree.chart.fx.ChartCanvas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Shift+drag zooms the x-range only, showing a band over the plot's full height while dragging. */
@ExtendWith(ApplicationExtension.class)
class BandZoomTest {

    private PlotViewModel vm;
    private ChartPane pane;

    @Start
    void start(Stage stage) {
        var view = Tabs.show(stage);
        vm = view.getViewModel();
        pane = view.getChartPane();
    }

    private ChartCanvas canvas() {
        return pane.getViewer().getCanvas();
    }

    /** @return a point of the data area, as fractions of its width and height, on the screen. */
    private Point2D inPlot(double fx, double fy) {
        Rectangle2D a = pane.dataArea();
        return canvas().localToScreen(a.getMinX() + fx * a.getWidth(), a.getMinY() + fy * a.getHeight());
    }

    private double xOnScreen(Point2D screen) {
        Point2D local = canvas().screenToLocal(screen);
        return pane.xAtColumn(local.getX());
    }

    @Test
    void shiftDragShowsAFullHeightBandAndZoomsXOnly(FxRobot robot) {
        // given
        Rectangle band = robot.lookup("#zoom-band").queryAs(Rectangle.class);
        assertThat(band.isVisible()).isFalse();
        Point2D from = inPlot(0.30, 0.40);
        Point2D to = inPlot(0.55, 0.75); // a diagonal drag: its height must not matter
        double expectedLo = xOnScreen(from);
        double expectedHi = xOnScreen(to);
        int before = vm.updateCountProperty().get();
        // when: Shift+drag, looked at before the release
        robot.press(KeyCode.SHIFT);
        robot.drag(from, MouseButton.PRIMARY).moveTo(to);
        WaitForAsyncUtils.waitForFxEvents();
        // then: a band from the press to the pointer over the full height of the data area
        assertThat(band.isVisible()).isTrue();
        Rectangle2D a = pane.dataArea();
        Bounds screenBand = band.localToScreen(new javafx.geometry.BoundingBox(band.getX(), band.getY(), band.getWidth(), band.getHeight()));
        Point2D areaTop = canvas().localToScreen(a.getMinX(), a.getMinY());
        Point2D areaBottom = canvas().localToScreen(a.getMaxX(), a.getMaxY());
        assertThat(screenBand.getMinY()).isCloseTo(areaTop.getY(), within(0.5));
        assertThat(screenBand.getMaxY()).isCloseTo(areaBottom.getY(), within(0.5));
        assertThat(screenBand.getMinX()).isCloseTo(from.getX(), within(1.0));
        assertThat(screenBand.getMaxX()).isCloseTo(to.getX(), within(1.0));
        assertThat(vm.updateCountProperty().get()).isEqualTo(before);
        // when: released
        robot.release(MouseButton.PRIMARY);
        robot.release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        // then: the band's x extent is the view, one redraw, the band is gone
        assertThat(band.isVisible()).isFalse();
        double pixel = 12.0 / a.getWidth();
        assertThat(vm.range().viewMin()).isCloseTo(expectedLo, within(1.5 * pixel));
        assertThat(vm.range().viewMax()).isCloseTo(expectedHi, within(1.5 * pixel));
        assertThat(vm.updateCountProperty().get()).isEqualTo(before + 1);
        assertThat(vm.chart().getChart().getXYPlot().getDomainAxis().getLowerBound()).isEqualTo(vm.range().viewMin());
        // and y still follows the data drawn over the new x-range, not the drag's height
        assertYFollowsTheData();
    }

    private void assertYFollowsTheData() {
        var d = vm.chart().getDataset();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int s = 0; s < d.getSeriesCount(); s++) {
            for (int i = 0; i < d.getItemCount(s); i++) {
                lo = Math.min(lo, d.getYValue(s, i));
                hi = Math.max(hi, d.getYValue(s, i));
            }
        }
        var y = vm.chart().getChart().getXYPlot().getRangeAxis();
        assertThat(y.getLowerBound()).isLessThan(lo);
        assertThat(y.getUpperBound()).isGreaterThan(hi);
        assertThat(y.getUpperBound() - y.getLowerBound()).isLessThan(1.2 * (hi - lo));
    }

    @Test
    void aShiftClickDoesNotZoom(FxRobot robot) {
        int before = vm.updateCountProperty().get();
        robot.moveTo(inPlot(0.5, 0.5));
        robot.press(KeyCode.SHIFT).press(MouseButton.PRIMARY).release(MouseButton.PRIMARY).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.updateCountProperty().get()).isEqualTo(before);
        assertThat(vm.range().viewMin()).isEqualTo(-6.0);
        assertThat(robot.lookup("#zoom-band").queryAs(Rectangle.class).isVisible()).isFalse();
    }

    @Test
    void aPlainDragStillPans(FxRobot robot) {
        robot.drag(inPlot(0.5, 0.5), MouseButton.PRIMARY).moveBy(-60, 0).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.range().viewMin()).isGreaterThan(-6.0);
        assertThat(vm.range().viewMax() - vm.range().viewMin()).isCloseTo(12.0, within(1e-9));
        assertThat(robot.lookup("#zoom-band").queryAs(Rectangle.class).isVisible()).isFalse();
    }
}
