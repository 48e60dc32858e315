package io.activationplotter.ui.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.activationplotter.chart.CurveDataset;
import io.activationplotter.model.ActivationType;
import io.activationplotter.model.Catalogue;
import io.activationplotter.ui.Tabs;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.jfree.chart.axis.ValueAxis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The y-axis keeps a margin below the lowest and above the highest drawn value, so a segment at an
 * extreme (ReLU's left half at 0, a step, f' = 0, a flat curve) never lies on the frame.
 */
@ExtendWith(ApplicationExtension.class)
class YAxisMarginTest {

    private PlotViewModel vm;

    @Start
    void start(Stage stage) {
        vm = Tabs.show(stage).getViewModel();
    }

    private void show(FxRobot robot, String id, boolean derivatives) {
        ActivationType type = Catalogue.find(id).orElseThrow();
        robot.interact(() -> robot.lookup("#function-selector").<ComboBox<ActivationType>>query().setValue(type));
        WaitForAsyncUtils.waitForFxEvents();
        if (vm.showDerivativesProperty().get() != derivatives) {
            robot.clickOn("#derivative-toggle");
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(vm.showDerivativesProperty().get()).isEqualTo(derivatives);
    }

    /** @return {min, max} of the finite y-values of the drawn series. */
    private double[] drawnExtent() {
        CurveDataset d = vm.chart().getDataset();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int s = 0; s < d.getSeriesCount(); s++) {
            if (s % 2 == 1 && !vm.showDerivativesProperty().get()) {
                continue;
            }
            for (int i = 0; i < d.getItemCount(s); i++) {
                double y = d.getYValue(s, i);
                if (Double.isFinite(y)) {
                    lo = Math.min(lo, y);
                    hi = Math.max(hi, y);
                }
            }
        }
        return new double[] {lo, hi};
    }

    private ValueAxis yAxis() {
        return vm.chart().getChart().getXYPlot().getRangeAxis();
    }

    /** Both ends at least 5% of the drawn span away from the drawn values. */
    private void assertMargins() {
        double[] e = drawnExtent();
        double span = e[1] - e[0];
        assertThat(span).isGreaterThan(0);
        assertThat(yAxis().getLowerBound()).isLessThanOrEqualTo(e[0] - 0.05 * span);
        assertThat(yAxis().getUpperBound()).isGreaterThanOrEqualTo(e[1] + 0.05 * span);
        assertThat(yAxis().getUpperBound() - yAxis().getLowerBound()).isLessThan(1.5 * span);
    }

    @Test
    void reluAloneWithoutDerivativesHasZeroAboveTheFrame(FxRobot robot) {
        // when
        show(robot, "relu", false);
        // then: f runs from 0 to 6; 0 must not be the lower bound (JFreeChart's sticky zero made it so)
        assertThat(drawnExtent()).containsExactly(0.0, 6.0);
        assertMargins();
        assertThat(yAxis().getLowerBound()).isLessThan(-0.3);
    }

    @Test
    void stepWithoutDerivativesHasMarginsAtZeroAndOne(FxRobot robot) {
        show(robot, "step", false);
        assertThat(drawnExtent()).containsExactly(0.0, 1.0);
        assertMargins();
    }

    @Test
    void hardtanhWithItsZeroDerivativeKeepsMargins(FxRobot robot) {
        // f' = 0 outside [-1, 1] and f' = 1 inside; f from -1 to 1
        show(robot, "hardtanh", true);
        assertThat(drawnExtent()).containsExactly(-1.0, 1.0);
        assertMargins();
    }

    @Test
    void aFlatCurveGetsASensibleSpanAroundIt(FxRobot robot) {
        // given: Hardtanh is 1 for every x in [2, 3]
        show(robot, "hardtanh", false);
        // when
        robot.interact(() -> vm.range().apply("2", "3"));
        WaitForAsyncUtils.waitForFxEvents();
        // then
        assertThat(drawnExtent()).containsExactly(1.0, 1.0);
        assertThat(yAxis().getLowerBound()).isCloseTo(0.5, within(1e-12));
        assertThat(yAxis().getUpperBound()).isCloseTo(1.5, within(1e-12));
    }

    @Test
    void theRangeFollowsTheDataAfterAZoom(FxRobot robot) {
        show(robot, "relu", false);
        // when: the right half only
        robot.interact(() -> vm.range().apply("1", "2"));
        WaitForAsyncUtils.waitForFxEvents();
        // then
        assertThat(drawnExtent()).containsExactly(1.0, 2.0);
        assertMargins();
    }
}
