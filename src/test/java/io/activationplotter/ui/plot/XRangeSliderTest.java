package io.activationplotter.ui.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.activationplotter.ui.Tabs;
import io.activationplotter.ui.window.MainView;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.controlsfx.control.RangeSlider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The range slider, the x fields, wheel zoom, drag pan, box zoom and Reset view are one x-range:
 * each follows every other, a slider change redraws once, and nothing echoes back.
 */
@ExtendWith(ApplicationExtension.class)
class XRangeSliderTest {

    private PlotViewModel vm;
    private MainView view;

    @Start
    void start(Stage stage) {
        view = Tabs.show(stage);
        vm = view.getViewModel();
    }

    private RangeSlider slider(FxRobot robot) {
        return robot.lookup("#x-range-slider").queryAs(RangeSlider.class);
    }

    private String field(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TextField.class).getText();
    }

    private int updates() {
        return vm.updateCountProperty().get();
    }

    private void type(FxRobot robot, String id, String value) {
        robot.doubleClickOn(id).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .write(value).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Slider thumbs, fields, the chart's domain axis and the sampled data all show the view. */
    private void assertOneState(FxRobot robot, double lo, double hi) {
        assertThat(vm.range().viewMin()).isCloseTo(lo, within(1e-9));
        assertThat(vm.range().viewMax()).isCloseTo(hi, within(1e-9));
        RangeSlider s = slider(robot);
        assertThat(s.getLowValue()).isEqualTo(vm.range().viewMin());
        assertThat(s.getHighValue()).isEqualTo(vm.range().viewMax());
        assertThat(s.getMin()).isLessThanOrEqualTo(s.getLowValue());
        assertThat(s.getMax()).isGreaterThanOrEqualTo(s.getHighValue());
        assertThat(field(robot, "#x-min")).isEqualTo(vm.range().minTextProperty().get());
        assertThat(field(robot, "#x-max")).isEqualTo(vm.range().maxTextProperty().get());
        assertThat(Double.parseDouble(field(robot, "#x-min"))).isCloseTo(lo, within(1e-3 * (hi - lo)));
        assertThat(Double.parseDouble(field(robot, "#x-max"))).isCloseTo(hi, within(1e-3 * (hi - lo)));
        var axis = vm.chart().getChart().getXYPlot().getDomainAxis();
        assertThat(axis.getLowerBound()).isEqualTo(vm.range().viewMin());
        assertThat(axis.getUpperBound()).isEqualTo(vm.range().viewMax());
        var data = vm.chart().getDataset();
        assertThat(data.getXValue(0, 0)).isEqualTo(vm.range().viewMin());
        assertThat(data.getXValue(0, data.getItemCount(0) - 1)).isEqualTo(vm.range().viewMax());
    }

    @Test
    void theSliderStartsAtTheDefaultRangeOnATrackFiveTimesAsWide(FxRobot robot) {
        RangeSlider s = slider(robot);
        assertThat(s.getMin()).isEqualTo(-30.0);
        assertThat(s.getMax()).isEqualTo(30.0);
        assertThat(s.getMajorTickUnit()).isEqualTo(10.0);
        assertOneState(robot, -6, 6);
    }

    @Test
    void fieldsAndSliderFollowWheelZoomPanAndReset(FxRobot robot) {
        // when: the mouse wheel over the chart's centre
        Bounds b = view.getChartPane().localToScreen(view.getChartPane().getBoundsInLocal());
        robot.moveTo(new Point2D(b.getCenterX(), b.getCenterY()));
        robot.scroll(2, javafx.geometry.VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        // then: the fields show the zoomed view (they used to keep showing -6 and 6)
        assertThat(vm.range().viewMax() - vm.range().viewMin()).isNotEqualTo(12.0);
        assertOneState(robot, vm.range().viewMin(), vm.range().viewMax());
        assertThat(field(robot, "#x-min")).isNotEqualTo("-6");
        // when: a drag pans
        robot.drag(MouseButton.PRIMARY).moveBy(-80, 0).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertOneState(robot, vm.range().viewMin(), vm.range().viewMax());
        // when: Ctrl+0 returns to the home range
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertOneState(robot, -6, 6);
        assertThat(field(robot, "#x-min")).isEqualTo("-6");
    }

    @Test
    void resetReturnsToTheLastTypedRange(FxRobot robot) {
        // given
        type(robot, "#x-min", "-2");
        type(robot, "#x-max", "3");
        assertOneState(robot, -2, 3);
        robot.interact(() -> vm.range().zoom(0.5, 0));
        WaitForAsyncUtils.waitForFxEvents();
        assertOneState(robot, -1, 1.5);
        // when
        robot.clickOn("#reset-view-button");
        WaitForAsyncUtils.waitForFxEvents();
        // then
        assertOneState(robot, -2, 3);
    }

    @Test
    void draggingAThumbMovesTheViewWithOneRedrawPerChange(FxRobot robot) {
        // given
        RangeSlider s = slider(robot);
        int before = updates();
        // when: the low thumb moves to -3 (as the skin sets it)
        robot.interact(() -> s.setLowValue(-3));
        WaitForAsyncUtils.waitForFxEvents();
        // then: one redraw, fields and chart follow, and nothing echoed back
        assertThat(updates()).isEqualTo(before + 1);
        assertOneState(robot, -3, 6);
        // when: the bar moves, which sets both ends one after the other
        robot.interact(() -> {
            s.setHighValue(8);
            s.setLowValue(-1);
        });
        WaitForAsyncUtils.waitForFxEvents();
        // then: one change, one redraw, never the half-moved range
        assertThat(updates()).isEqualTo(before + 2);
        assertOneState(robot, -1, 8);
    }

    @Test
    void aMouseDragOfTheThumbRedrawsOncePerDistinctRange(FxRobot robot) {
        // given
        List<double[]> drawn = new ArrayList<>();
        robot.interact(() -> vm.updateCountProperty().addListener((obs, old, now) ->
                drawn.add(new double[] {vm.range().viewMin(), vm.range().viewMax()})));
        Node thumb = slider(robot).lookup(".high-thumb");
        // when
        robot.drag(thumb, MouseButton.PRIMARY).moveBy(-15, 0).moveBy(-15, 0).moveBy(-15, 0)
                .release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        // then: the high end moved left, the low end stayed, and no range was drawn twice in a row
        assertThat(drawn).isNotEmpty();
        assertThat(vm.range().viewMax()).isLessThan(6.0);
        assertThat(vm.range().viewMin()).isEqualTo(-6.0);
        for (int i = 1; i < drawn.size(); i++) {
            assertThat(drawn.get(i)).isNotEqualTo(drawn.get(i - 1));
        }
        assertOneState(robot, vm.range().viewMin(), vm.range().viewMax());
    }

    @Test
    void aBoxZoomMovesTheSliderAndTheFields(FxRobot robot) {
        // when: what the band zoom applies on release
        robot.interact(() -> vm.range().setView(0.5, 2.5));
        WaitForAsyncUtils.waitForFxEvents();
        // then
        assertOneState(robot, 0.5, 2.5);
    }

    @Test
    void theTrackWidensToHoldAWideView(FxRobot robot) {
        // when
        robot.interact(() -> vm.range().zoom(8, 0));
        WaitForAsyncUtils.waitForFxEvents();
        // then
        assertOneState(robot, -48, 48);
        assertThat(slider(robot).getMin()).isEqualTo(-60.0);
        assertThat(slider(robot).getMax()).isEqualTo(60.0);
        assertThat(slider(robot).getMajorTickUnit()).isEqualTo(20.0);
    }

    @Test
    void badTypedInputIsMarkedKeepsThePlotAndTheSliderThenASliderMoveClearsIt(FxRobot robot) {
        // given
        int before = updates();
        // when
        type(robot, "#x-min", "abc");
        // then
        TextField min = robot.lookup("#x-min").queryAs(TextField.class);
        assertThat(min.getStyleClass()).contains("error");
        assertThat(robot.lookup("#message-label").queryAs(Label.class).getText())
                .contains("abc").contains("not a number");
        assertThat(updates()).isEqualTo(before);
        assertOneStateButTheTypedField(robot);
        // when: the slider moves the view
        robot.interact(() -> slider(robot).setLowValue(-4));
        WaitForAsyncUtils.waitForFxEvents();
        // then: the mark is gone and the field shows the view
        assertThat(min.getStyleClass()).doesNotContain("error");
        assertOneState(robot, -4, 6);
    }

    private void assertOneStateButTheTypedField(FxRobot robot) {
        assertThat(slider(robot).getLowValue()).isEqualTo(-6.0);
        assertThat(slider(robot).getHighValue()).isEqualTo(6.0);
        assertThat(field(robot, "#x-min")).isEqualTo("abc");
        assertThat(vm.chart().getDataset().getXValue(0, 0)).isEqualTo(-6.0);
    }
}
