package io.activationplotter.ui.depth;

import static org.assertj.core.api.Assertions.assertThat;

import io.activationplotter.chart.depth.DepthChart;
import io.activationplotter.ui.Shown;
import io.activationplotter.ui.Tabs;
import io.activationplotter.ui.plot.PlotViewModel;
import io.activationplotter.ui.window.MainView;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The depth tab follows the plot's x-range, breaks its lines at jumps, clips to a floor and reads out under the mouse. */
@ExtendWith(ApplicationExtension.class)
class DepthFollowsPlotTest {

    private PlotViewModel plot;
    private DepthViewModel vm;

    @Start
    void start(Stage stage) {
        MainView main = Tabs.show(stage);
        plot = main.getViewModel();
    }

    @BeforeEach
    void open(FxRobot robot) {
        Tabs.select(robot, "depth");
        vm = robot.lookup("#depth-view").queryAs(DepthView.class).getViewModel();
    }

    private XYSeries series(String label) {
        XYSeriesCollection d = vm.chart().getDataset();
        return d.getSeries(d.getSeriesIndex(label));
    }

    private ValueAxis xAxis() {
        return vm.chart().getChart().getXYPlot().getDomainAxis();
    }

    private void range(FxRobot robot, String min, String max) {
        robot.interact(() -> assertThat(plot.range().apply(min, max)).isTrue());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void followsThePlotRangeWhileShownAndCatchesUpWhenShownAgain(FxRobot robot) {
        // when: the plot's range changes while the depth tab is shown
        range(robot, "-3", "2");
        // then: the depth chart draws that range
        assertThat(xAxis().getLowerBound()).isEqualTo(-3.0);
        assertThat(xAxis().getUpperBound()).isEqualTo(2.0);
        XYSeries sigmoid = series("Sigmoid");
        assertThat(sigmoid.getMinX()).isEqualTo(-3.0);
        assertThat(sigmoid.getMaxX()).isEqualTo(2.0);
        // when: the plot changes while the depth tab is hidden
        Tabs.select(robot, "plot");
        range(robot, "-10", "10");
        // then: the hidden chart was not redrawn
        assertThat(xAxis().getUpperBound()).isEqualTo(2.0);
        // and it catches up when shown
        Tabs.select(robot, "depth");
        assertThat(xAxis().getLowerBound()).isEqualTo(-10.0);
        assertThat(series("Sigmoid").getMaxX()).isEqualTo(10.0);
        range(robot, "-6", "6");
    }

    @Test
    void reluBreaksAtItsJumpInsteadOfDrawingAVerticalLine(FxRobot robot) {
        // given: ReLU, whose f' jumps from 0 to 1 at x = 0
        XYSeries relu = series("ReLU");
        int first = relu.indexOf(0.0);
        assertThat(first).isNotNegative();
        // then: the points at x = 0 are the left limit (on the floor), a gap (NaN), the right limit (1)
        double floor = vm.chart().getFloor();
        assertThat(relu.getX(first).doubleValue()).isEqualTo(0.0);
        assertThat(relu.getY(first).doubleValue()).isEqualTo(floor);
        assertThat(relu.getX(first + 1).doubleValue()).isEqualTo(0.0);
        assertThat(relu.getY(first + 1).doubleValue()).isNaN();
        assertThat(relu.getX(first + 2).doubleValue()).isEqualTo(0.0);
        assertThat(relu.getY(first + 2).doubleValue()).isEqualTo(1.0);
        // and nowhere else does it jump between neighbours without a gap
        for (int i = 1; i < relu.getItemCount(); i++) {
            double a = relu.getY(i - 1).doubleValue();
            double b = relu.getY(i).doubleValue();
            if (!Double.isNaN(a) && !Double.isNaN(b)) {
                assertThat(Math.abs(a - b)).as("step at item %d", i).isLessThan(0.5);
            }
        }
    }

    @Test
    void fiftyLayersNeverReachBelowTheFloorAndSayWhereSmallValuesGo(FxRobot robot) {
        // when: 50 layers (sigmoid's 0.25^50 is 8e-31, its tails far smaller)
        robot.interact(() -> vm.layersProperty().set(50));
        // then: the axis stops at 1e-12 at the lowest and no value is drawn below its bottom
        double bottom = vm.chart().getRangeAxis().getLowerBound();
        assertThat(bottom).isGreaterThanOrEqualTo(DepthChart.FLOOR);
        assertThat(vm.chart().getRangeAxis().getUpperBound() / bottom).isLessThanOrEqualTo(1.0001e13);
        XYSeriesCollection d = vm.chart().getDataset();
        for (int s = 0; s < d.getSeriesCount(); s++) {
            for (int i = 0; i < d.getItemCount(s); i++) {
                double y = d.getYValue(s, i);
                assertThat(Double.isNaN(y) || y >= bottom).as("series %d item %d: %s", s, i, y).isTrue();
            }
        }
        assertThat(vm.chart().getNote().getText()).isEqualTo("Values below 1e-12 (exact zeros included) are drawn on the bottom edge.");
        robot.interact(() -> vm.layersProperty().set(10));
    }

    @Test
    void hoverReadoutShowsEachFunctionUnderTheMouse(FxRobot robot) {
        Label hover = robot.lookup("#depth-hover-readout").queryAs(Label.class);
        assertThat(hover.getText()).isEqualTo("Move the mouse over the chart to read |f\u2032(x)|\u207f.");
        // when: the mouse is over the middle of the chart
        robot.moveTo("#depth-chart");
        WaitForAsyncUtils.waitForFxEvents();
        // then: x and |f'(x)|^10 for each function
        assertThat(hover.getText()).startsWith("At x = ").contains("Sigmoid:  |f\u2032(x)|^10 = ")
                .contains("Tanh:  |f\u2032(x)|^10 = ").contains("ReLU:  |f\u2032(x)|^10 = ");
        // and exact values at a given x
        robot.interact(() -> vm.hover(0.0));
        assertThat(hover.getText()).isEqualTo(String.join("\n", "At x = 0:", "Sigmoid:  |f\u2032(x)|^10 = 9.537e-7",
                "Tanh:  |f\u2032(x)|^10 = 1", "ReLU:  |f\u2032(x)|^10 = 0"));
        robot.moveTo("#layers-slider");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(hover.getText()).startsWith("Move the mouse");
    }

    @Test
    void showsTheFunctionParametersAndViewSectionsOnly(FxRobot robot) {
        assertThat(Shown.shown(robot, "#section-function")).isTrue();
        assertThat(Shown.shown(robot, "#section-parameters")).isTrue();
        assertThat(Shown.shown(robot, "#section-view")).isTrue();
        assertThat(Shown.shown(robot, "#section-saturation")).isFalse();
        assertThat(Shown.shown(robot, "#section-compare")).isFalse();
        // the plot shows them all again
        Tabs.select(robot, "plot");
        for (String id : new String[] {"function", "parameters", "view", "saturation", "compare"}) {
            assertThat(Shown.shown(robot, "#section-" + id)).as(id).isTrue();
        }
        Tabs.select(robot, "depth");
        assertThat(Shown.shown(robot, "#section-saturation")).isFalse();
    }
}
