package io.activationplotter.ui.plot;

import static org.assertj.core.api.Assertions.assertThat;

import io.activationplotter.chart.CurveDataset;
import io.activationplotter.model.Activation;
import io.activationplotter.model.ActivationType;
import io.activationplotter.model.Catalogue;
import io.activationplotter.model.functions.Snake;
import io.activationplotter.model.functions.Squareplus;
import io.activationplotter.ui.Tabs;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Slider;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The entries of issue 13 are in the selector like the others: picked there, they are drawn (the
 * chart's dataset holds their exact values), their parameter drives the α slider, and the info panel's
 * model shows their aliases and framework notes.
 */
@ExtendWith(ApplicationExtension.class)
class NewCatalogueEntriesTest {

    private PlotViewModel vm;

    @Start
    void start(Stage stage) {
        vm = Tabs.show(stage).getViewModel();
    }

    private void select(FxRobot robot, String id) {
        ActivationType type = Catalogue.find(id).orElseThrow();
        ComboBox<ActivationType> box = robot.lookup("#function-selector").query();
        assertThat(box.getItems()).as("the selector offers %s", id).contains(type);
        robot.interact(() -> box.setValue(type));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.selectedTypeProperty().get()).isSameAs(type);
    }

    private void slide(FxRobot robot, double value) {
        Slider slider = robot.lookup("#alpha-slider").query();
        robot.interact(() -> slider.setValue(value));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Series 0 is the selected function's f: every drawn point is f's exact value. */
    private void assertDrawn(Activation f) {
        CurveDataset d = vm.chart().getDataset();
        assertThat(d.getItemCount(0)).isGreaterThan(100);
        int finite = 0;
        for (int i = 0; i < d.getItemCount(0); i++) {
            double y = d.getYValue(0, i);
            if (Double.isFinite(y)) {
                assertThat(y).as("f(%s)", d.getXValue(0, i)).isEqualTo(f.value(d.getXValue(0, i)));
                finite++;
            }
        }
        assertThat(finite).isGreaterThan(100);
    }

    @Test
    void squareplusIsDrawnAndItsBFollowsTheSlider(FxRobot robot) {
        // given
        select(robot, "squareplus");
        assertDrawn(new Squareplus(4));
        // when
        slide(robot, 1.0);
        // then
        assertThat(vm.parameterValues(vm.selectedTypeProperty().get())).containsEntry("b", 1.0);
        assertDrawn(new Squareplus(1));
    }

    @Test
    void snakeFollowsItsAlphaSlider(FxRobot robot) {
        // given
        select(robot, "snake");
        assertDrawn(new Snake(1));
        // when
        slide(robot, 2.0);
        // then
        assertDrawn(new Snake(2));
    }

    @Test
    void everyNewEntryIsDrawn(FxRobot robot) {
        for (String id : new String[] {"relu_squared", "quick_gelu", "sparse_plus", "sparse_sigmoid", "isru",
            "isrlu", "bent_identity", "gaussian", "smish", "tanhexp", "elish", "xielu", "exponential"}) {
            select(robot, id);
            assertDrawn(Catalogue.find(id).orElseThrow().createDefault());
        }
    }

    @Test
    void theInfoPanelShowsAliasesAndFrameworkConventions(FxRobot robot) {
        // when
        select(robot, "hardswish");
        // then
        assertThat(vm.info().aliasesProperty().get()).contains("hard_silu").contains("hard_swish").contains("jax.nn");
        assertThat(vm.info().frameworksProperty().get()).contains("f'(−3) = 0").contains("2025");
        // when
        select(robot, "leaky_relu");
        // then: the defaults that differ, each with where it comes from
        assertThat(vm.info().frameworksProperty().get()).contains("0.01").contains("keras.ops.leaky_relu")
                .contains("0.2").contains("keras.layers.LeakyReLU").contains("0.3");
        assertThat(vm.info().aliasesProperty().get()).isEmpty();
        // when
        select(robot, "xielu");
        assertThat(vm.info().functionTexProperty().get()).contains("alpha\\_p");
        assertThat(vm.info().summaryProperty().get()).isNotBlank();
    }
}
