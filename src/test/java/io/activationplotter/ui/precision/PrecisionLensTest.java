package io.activationplotter.ui.precision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.activationplotter.chart.CurveDataset;
import io.activationplotter.model.ActivationType;
import io.activationplotter.model.functions.Sigmoid;
import io.activationplotter.model.functions.Softplus;
import io.activationplotter.model.precision.FloatFormat;
import io.activationplotter.model.precision.UnderflowRegion;
import io.activationplotter.ui.Tabs;
import io.activationplotter.ui.plot.PlotViewModel;
import io.activationplotter.ui.window.MainView;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The dtype selector switches the Plot tab to stored values, shades the underflow tails and shows the error panel. */
@ExtendWith(ApplicationExtension.class)
class PrecisionLensTest {

    private PlotViewModel vm;

    @Start
    void start(Stage stage) {
        MainView main = Tabs.show(stage);
        vm = main.getViewModel();
    }

    private void choose(FxRobot robot, ActivationType type, FloatFormat format, boolean naive) {
        robot.interact(() -> {
            robot.lookup("#function-selector").<ComboBox<ActivationType>>query().setValue(type);
            assertThat(vm.range().apply("-25", "25")).isTrue();
            robot.lookup("#dtype-selector").<ComboBox<FloatFormat>>query().setValue(format);
            robot.lookup("#naive-toggle").queryAs(CheckBox.class).setSelected(naive);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<String> legend() {
        LegendItemCollection items = vm.chart().getChart().getXYPlot().getFixedLegendItems();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < items.getItemCount(); i++) {
            LegendItem item = items.get(i);
            labels.add(item.getLabel());
        }
        return labels;
    }

    @Test
    void float16SigmoidIsStoredAndItsGradientUnderflowsPast17point33(FxRobot robot) {
        // when
        choose(robot, Sigmoid.TYPE, FloatFormat.FLOAT16, false);
        // then: the view-model follows the selector
        assertThat(vm.precision().formatProperty().get()).isEqualTo(FloatFormat.FLOAT16);
        // every drawn value is a float16 value, and f' is exactly 0 in the tails
        CurveDataset d = vm.chart().getDataset();
        for (int i = 0; i < d.getItemCount(0); i++) {
            double y = d.getYValue(0, i);
            assertThat(FloatFormat.FLOAT16.round(y)).isEqualTo(y);
        }
        for (int i = 0; i < d.getItemCount(1); i++) {
            if (Math.abs(d.getXValue(1, i)) > 17.34) {
                assertThat(d.getYValue(1, i)).isEqualTo(0.0);
            }
        }
        // the underflow tails are shaded, with their own legend entry
        List<UnderflowRegion> tails = vm.precision().overlay().underflow();
        assertThat(tails).hasSize(2);
        assertThat(tails.get(0).edge()).isCloseTo(-17.3287, within(1e-4));
        assertThat(tails.get(1).edge()).isCloseTo(17.3287, within(1e-4));
        assertThat(legend()).contains("f′ ≠ 0 rounds to 0 in float16");
        // the formula panel says where f' first rounds to 0, and the error panel is shown and filled
        assertThat(robot.lookup("#precision-underflow-label").queryAs(Label.class).getText())
                .contains("x < -17.33").contains("x > 17.33");
        Node errors = robot.lookup("#precision-error-chart").query();
        assertThat(errors.isVisible()).isTrue();
        assertThat(vm.precision().errorChart().slopeErrors().getItemCount()).isGreaterThan(100);
        assertThat(vm.precision().errorSummaryProperty().get()).contains("Sigmoid").contains("float16");
    }

    @Test
    void naiveSoftplusOverflowsAt11point09AndTheMarkerSaysSo(FxRobot robot) {
        // when
        choose(robot, Softplus.TYPE, FloatFormat.FLOAT16, true);
        // then
        List<double[]> overflow = vm.precision().overlay().overflow();
        assertThat(overflow).hasSize(1);
        assertThat(overflow.get(0)[0]).isBetween(11.08, 11.10);
        assertThat(overflow.get(0)[1]).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(overflow.get(0)[2]).isEqualTo(1.0);
        assertThat(legend()).contains("naive f = ±∞ or NaN in float16");
        assertThat(vm.precision().errorSummaryProperty().get()).contains("∞");
    }

    @Test
    void float64IsTheExactPlotWithoutPanel(FxRobot robot) {
        // given
        choose(robot, Sigmoid.TYPE, FloatFormat.BFLOAT16, false);
        assertThat(vm.precision().overlay().underflow()).hasSize(2);
        // when
        choose(robot, Sigmoid.TYPE, FloatFormat.FLOAT64, false);
        // then
        assertThat(robot.lookup("#precision-error-chart").query().isVisible()).isFalse();
        assertThat(vm.precision().overlay().underflow()).isEmpty();
        assertThat(legend()).noneMatch(s -> s.contains("rounds to 0"));
        CurveDataset d = vm.chart().getDataset();
        double x = d.getXValue(0, 1);
        assertThat(d.getYValue(0, 1)).isEqualTo(Sigmoid.TYPE.createDefault().value(x));
        robot.interact(() -> assertThat(vm.range().apply("-6", "6")).isTrue());
    }

    @Test
    void approximationsShowTheDifferencesAndTheirLargestGap(FxRobot robot) {
        // when
        robot.interact(() -> {
            assertThat(vm.range().apply("-6", "6")).isTrue();
            robot.lookup("#approximations-toggle").queryAs(CheckBox.class).setSelected(true);
        });
        WaitForAsyncUtils.waitForFxEvents();
        // then: both charts are shown, GELU's with its two stand-ins and their differences
        assertThat(robot.lookup("#approximations-panel").query().isVisible()).isTrue();
        var gelu = vm.precision().geluChart();
        assertThat(gelu.curves().getSeriesCount()).isEqualTo(3);
        assertThat(gelu.differences().getSeries(1).getItemCount()).isEqualTo(PrecisionViewModel.APPROXIMATION_SAMPLES);
        assertThat(gelu.gap(0)[1]).isCloseTo(4.7323552068728488e-4, within(1e-12));
        assertThat(gelu.gap(1)[1]).isCloseTo(0.02033487220923923, within(1e-10));
        // the difference is even: its largest value is at ±2.27
        assertThat((String) gelu.differences().getSeriesKey(1)).matches("Δ QuickGELU: max 0.0203 at -?2.27");
        assertThat(vm.precision().siluChart().gap(0)[1]).isCloseTo(0.14227761953270034, within(1e-12));
        // when: off again
        robot.interact(() -> robot.lookup("#approximations-toggle").queryAs(CheckBox.class).setSelected(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#approximations-panel").query().isVisible()).isFalse();
    }
}
