package io.activationplotter.ui.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.activationplotter.chart.CurveDataset;
import io.activationplotter.model.ActivationType;
import io.activationplotter.model.Catalogue;
import io.activationplotter.model.saturation.Region;
import io.activationplotter.ui.Tabs;
import io.activationplotter.ui.plot.PlotViewModel;
import io.activationplotter.ui.window.MainView;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ChainViewTest {

    private ChainViewModel vm;

    @Start
    void start(Stage stage) {
        Tabs.show(stage);
    }

    @BeforeEach
    void open(FxRobot robot) {
        Tabs.select(robot, "chain");
        vm = robot.lookup("#chain-view").queryAs(ChainView.class).getViewModel();
    }

    private static double sigma(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    @Test
    void defaultChainIsReluThenSigmoidWithChainRuleDerivativeAndShading(FxRobot robot) {
        assertThat(robot.lookup("#chain-name").queryAs(Label.class).getText()).isEqualTo("Chain: ReLU \u2192 Sigmoid");
        CurveDataset d = vm.chart().getDataset();
        assertThat(d.getSeriesCount()).isEqualTo(2);
        for (int i = 0; i < d.getItemCount(1); i += 97) {
            double x = d.getXValue(1, i);
            double expected = x > 0 ? sigma(x) * (1 - sigma(x)) : 0;
            assertThat(d.getYValue(1, i)).isCloseTo(expected, within(1e-12));
        }
        Region left = vm.chart().getSaturation().regions().get(0);
        assertThat(left.start()).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(left.end()).isEqualTo(0.0);
    }

    @Test
    void stagesUseTheParametersSetForThePlot(FxRobot robot) {
        // given: a chain of leaky ReLU alone, with negative_slope 0.2 set on the plot tab
        PlotViewModel plot = robot.lookup("#main-view").queryAs(MainView.class).getViewModel();
        ActivationType leaky = Catalogue.find("leaky_relu").orElseThrow();
        robot.interact(() -> {
            plot.selectedTypeProperty().set(leaky);
            plot.parametersProperty().get(0).valueProperty().set(0.2);
            while (!vm.getStages().isEmpty()) {
                vm.remove(0);
            }
            vm.add(leaky);
        });
        // then: f(x) = 0.2 x left of 0
        assertThat(leftSlope()).isCloseTo(0.2, within(1e-12));
        // when: the slope changes on the plot tab
        Tabs.select(robot, "plot");
        robot.interact(() -> plot.parametersProperty().get(0).valueProperty().set(0.05));
        // then: the hidden chain's function follows (Evaluate may use it while the chain tab is
        // hidden), its chart is not redrawn until shown, and catches up when it is
        assertThat(vm.curveProperty().get().function().value(-1)).isCloseTo(-0.05, within(1e-12));
        assertThat(leftSlope()).isCloseTo(0.2, within(1e-12));
        Tabs.select(robot, "chain");
        assertThat(leftSlope()).isCloseTo(0.05, within(1e-12));
        // and while the chain is shown it follows the controls beside it
        robot.interact(() -> plot.parametersProperty().get(0).valueProperty().set(0.5));
        assertThat(leftSlope()).isCloseTo(0.5, within(1e-12));
    }

    /** f(x) / x at the first plotted x < 0. */
    private double leftSlope() {
        CurveDataset d = vm.chart().getDataset();
        double x = d.getXValue(0, 0);
        assertThat(x).isNegative();
        return d.getYValue(0, 0) / x;
    }

    @Test
    void stagesCanBeAddedMovedAndRemoved(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ComboBox<ActivationType> choice = robot.lookup("#chain-choice").queryAs(ComboBox.class);
        robot.interact(() -> choice.setValue(Catalogue.find("tanh").orElseThrow()));
        robot.clickOn("#chain-add-button");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.curveProperty().get().label()).isEqualTo("ReLU \u2192 Sigmoid \u2192 Tanh");
        // tanh is selected after adding: move it to the front
        robot.clickOn("#chain-up-button");
        robot.clickOn("#chain-up-button");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.curveProperty().get().label()).isEqualTo("Tanh \u2192 ReLU \u2192 Sigmoid");
        @SuppressWarnings("unchecked")
        ListView<ActivationType> list = robot.lookup("#chain-list").queryAs(ListView.class);
        assertThat(list.getSelectionModel().getSelectedIndex()).isZero();
        double x = -0.7;
        assertThat(vm.curveProperty().get().function().value(x)).isEqualTo(0.5);
        robot.clickOn("#chain-remove-button");
        robot.interact(() -> list.getSelectionModel().select(0));
        robot.clickOn("#chain-remove-button");
        robot.interact(() -> list.getSelectionModel().select(0));
        robot.clickOn("#chain-remove-button");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.curveProperty().get()).isNull();
        assertThat(vm.chart().getDataset().getSeriesCount()).isZero();
        assertThat(robot.lookup("#chain-name").queryAs(Label.class).getText()).contains("empty");
    }
}
