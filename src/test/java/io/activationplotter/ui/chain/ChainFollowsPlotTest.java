package io.activationplotter.ui.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.activationplotter.chart.CurveDataset;
import io.activationplotter.chart.FigureSpec;
import io.activationplotter.model.saturation.Region;
import io.activationplotter.ui.Tabs;
import io.activationplotter.ui.Shown;
import io.activationplotter.ui.plot.PlotViewModel;
import io.activationplotter.ui.window.MainView;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The chain tab draws the plot's visible x-range and threshold T, not a fixed −6..6. */
@ExtendWith(ApplicationExtension.class)
class ChainFollowsPlotTest {

    private PlotViewModel plot;
    private ChainViewModel vm;

    @Start
    void start(Stage stage) {
        MainView main = Tabs.show(stage);
        plot = main.getViewModel();
    }

    @BeforeEach
    void open(FxRobot robot) {
        Tabs.select(robot, "chain");
        vm = robot.lookup("#chain-view").queryAs(ChainView.class).getViewModel();
    }

    @Test
    void drawsThePlotRangeAndThresholdWhileShownAndCatchesUp(FxRobot robot) {
        // when: range and threshold change while the chain is shown
        robot.interact(() -> {
            plot.range().apply("-2", "9");
            plot.logThresholdProperty().set(-1); // T = 0.1
        });
        WaitForAsyncUtils.waitForFxEvents();
        // then: the chart shows that range, shaded with that T
        FigureSpec spec = vm.chart().getSpec();
        assertThat(spec.xMin()).isEqualTo(-2.0);
        assertThat(spec.xMax()).isEqualTo(9.0);
        assertThat(spec.threshold()).isCloseTo(0.1, within(1e-12));
        CurveDataset d = vm.chart().getDataset();
        assertThat(d.getXValue(0, 0)).isEqualTo(-2.0);
        assertThat(d.getXValue(0, d.getItemCount(0) - 1)).isEqualTo(9.0);
        assertThat(vm.chart().getChart().getXYPlot().getDomainAxis().getUpperBound()).isEqualTo(9.0);
        // σ'(relu(x)) = σ(x)(1 − σ(x)) < 0.1 from x = ln((1 + √0.6) / (1 − √0.6)) ≈ 2.0634 on
        Region right = vm.chart().getSaturation().regions().get(vm.chart().getSaturation().regions().size() - 1);
        assertThat(right.start()).isCloseTo(Math.log((1 + Math.sqrt(0.6)) / (1 - Math.sqrt(0.6))), within(1e-6));
        // when: they change while the chain is hidden
        Tabs.select(robot, "plot");
        robot.interact(() -> plot.range().apply("-4", "4"));
        WaitForAsyncUtils.waitForFxEvents();
        // then: nothing is redrawn until the chain is shown, then it catches up
        assertThat(vm.chart().getSpec().xMax()).isEqualTo(9.0);
        Tabs.select(robot, "chain");
        assertThat(vm.chart().getSpec().xMin()).isEqualTo(-4.0);
        assertThat(vm.chart().getSpec().xMax()).isEqualTo(4.0);
    }

    @Test
    void showsTheViewAndTheThresholdOnly(FxRobot robot) {
        assertThat(Shown.shown(robot, "#section-function")).isFalse();
        assertThat(Shown.shown(robot, "#section-parameters")).isFalse();
        assertThat(Shown.shown(robot, "#section-view")).isTrue();
        assertThat(Shown.shown(robot, "#section-saturation")).isTrue();
        assertThat(Shown.shown(robot, "#threshold-slider")).isTrue();
        // the saturated intervals listed there are the Plot tab's selected function's, not the chain's
        assertThat(Shown.shown(robot, "#saturation-label")).isFalse();
        assertThat(Shown.shown(robot, "#low-gradient-label")).isFalse();
        assertThat(Shown.shown(robot, "#section-compare")).isFalse();
        // and the formula panel, which describes that function, gives way to the chart
        assertThat(Shown.shown(robot, "#info-scroll")).isFalse();
        // back on the Plot tab they return
        Tabs.select(robot, "plot");
        assertThat(Shown.shown(robot, "#saturation-label")).isTrue();
        assertThat(Shown.shown(robot, "#info-scroll")).isTrue();
    }
}
