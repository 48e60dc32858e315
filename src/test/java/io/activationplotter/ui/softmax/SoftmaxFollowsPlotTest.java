package io.activationplotter.ui.softmax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.activationplotter.chart.FigureSpec;
import io.activationplotter.ui.Shown;
import io.activationplotter.ui.Tabs;
import io.activationplotter.ui.plot.PlotViewModel;
import io.activationplotter.ui.window.MainView;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The softmax slice follows the plot's x-range and threshold T; the temperature is τ. */
@ExtendWith(ApplicationExtension.class)
class SoftmaxFollowsPlotTest {

    private PlotViewModel plot;
    private SoftmaxViewModel vm;

    @Start
    void start(Stage stage) {
        MainView main = Tabs.show(stage);
        plot = main.getViewModel();
    }

    @BeforeEach
    void open(FxRobot robot) {
        Tabs.select(robot, "softmax");
        vm = robot.lookup("#softmax-view").queryAs(SoftmaxView.class).getViewModel();
    }

    @Test
    void sliceDrawsThePlotRangeAndThresholdAndCatchesUpWhenShown(FxRobot robot) {
        // given: the plot's default range, not the slice's old −8..8
        FigureSpec spec = vm.slice().getSpec();
        assertThat(spec.xMin()).isEqualTo(PlotViewModel.DEFAULT_X_MIN);
        assertThat(spec.xMax()).isEqualTo(PlotViewModel.DEFAULT_X_MAX);
        // when: the plot's range and T change while softmax is hidden
        Tabs.select(robot, "plot");
        robot.interact(() -> {
            plot.range().apply("-1", "3");
            plot.logThresholdProperty().set(-2); // T = 0.01
        });
        WaitForAsyncUtils.waitForFxEvents();
        // then: the hidden slice is not redrawn
        assertThat(vm.slice().getSpec().xMax()).isEqualTo(PlotViewModel.DEFAULT_X_MAX);
        // when: softmax is shown
        Tabs.select(robot, "softmax");
        // then: the slice draws the plot's range, shaded with its T
        spec = vm.slice().getSpec();
        assertThat(spec.xMin()).isEqualTo(-1.0);
        assertThat(spec.xMax()).isEqualTo(3.0);
        assertThat(spec.threshold()).isCloseTo(0.01, within(1e-12));
        assertThat(vm.slice().getDataset().getXValue(0, 0)).isEqualTo(-1.0);
        robot.interact(() -> {
            plot.range().apply("-6", "6");
            plot.logThresholdProperty().set(Math.log10(PlotViewModel.DEFAULT_THRESHOLD));
        });
    }

    @Test
    void temperatureIsTauNotTheThresholdT(FxRobot robot) {
        robot.interact(() -> robot.lookup("#temperature-slider").queryAs(Slider.class).setValue(Math.log10(2)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#temperature-label").queryAs(Label.class).getText()).isEqualTo("Temperature \u03c4 = 2");
        assertThat(vm.bars().getChart().getTitle().getText()).isEqualTo("softmax(z / \u03c4) at \u03c4 = 2");
        assertThat(vm.slice().getSpec().curves().get(0).label()).isEqualTo("z = 1, \u03c4 = 2: \u03c3((x \u2212 z) / \u03c4)");
        robot.interact(() -> robot.lookup("#temperature-slider").queryAs(Slider.class).setValue(0));
    }

    @Test
    void theControlsBesideTheTabsAreHidden(FxRobot robot) {
        assertThat(Shown.shown(robot, "#controls-scroll")).isFalse();
        assertThat(Shown.shown(robot, "#info-scroll")).as("the selected function's formula panel").isFalse();
        Tabs.select(robot, "plot");
        assertThat(Shown.shown(robot, "#controls-scroll")).isTrue();
    }
}
