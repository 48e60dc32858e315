package io.activationplotter.ui.custom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.activationplotter.chart.CurveDataset;
import io.activationplotter.model.Activation;
import io.activationplotter.model.ActivationType;
import io.activationplotter.model.Catalogue;
import io.activationplotter.model.expr.CustomDefinition;
import io.activationplotter.ui.Fields;
import io.activationplotter.ui.Tabs;
import io.activationplotter.ui.plot.PlotViewModel;
import io.activationplotter.ui.window.MainView;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The "Custom…" entry: typing a formula draws it, a bad one keeps the last plot, parameters get sliders. */
@ExtendWith(ApplicationExtension.class)
class CustomEditorTest {

    private PlotViewModel vm;

    @Start
    void start(Stage stage) {
        MainView main = Tabs.show(stage);
        vm = main.getViewModel();
    }

    @BeforeEach
    @SuppressWarnings("unchecked")
    void chooseCustom(FxRobot robot) {
        ComboBox<ActivationType> box = robot.lookup("#function-selector").queryAs(ComboBox.class);
        robot.interact(() -> box.getSelectionModel().selectLast());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void type(FxRobot robot, String id, String text) {
        TextField field = robot.lookup(id).queryAs(TextField.class);
        robot.interact(() -> field.clear());
        robot.clickOn(id).write(text).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Every sample of the selected curve's f and f′ series against a function. */
    private void assertDrawn(Activation expected) {
        CurveDataset d = vm.chart().getDataset();
        int f = d.indexOf(CustomDefinition.ID);
        int df = d.indexOf(CustomDefinition.ID + "'");
        assertThat(f).isNotNegative();
        assertThat(df).isNotNegative();
        assertThat(d.getItemCount(f)).isGreaterThan(1000);
        for (int i = 0; i < d.getItemCount(f); i += 37) {
            double x = d.getXValue(f, i);
            assertThat(d.getYValue(f, i)).as("f(%s)", x).isCloseTo(expected.value(x), within(1e-12));
            assertThat(d.getYValue(df, i)).as("f'(%s)", x).isCloseTo(expected.derivative(x), within(1e-12));
        }
    }

    @Test
    void theEntryOpensTheEditorWithTheDefaultFormula(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ComboBox<ActivationType> box = robot.lookup("#function-selector").queryAs(ComboBox.class);
        assertThat(robot.lookup("#custom-editor").query().isVisible()).isTrue();
        assertThat(box.getConverter().toString(box.getValue())).isEqualTo("Custom\u2026");
        assertThat(box.getValue()).isSameAs(vm.selectedTypeProperty().get());
        assertThat(robot.lookup("#custom-formula").queryAs(TextField.class).getText())
                .isEqualTo(CustomViewModel.DEFAULT_FORMULA);
        assertThat(robot.lookup("#alpha-label").queryAs(Label.class).getText()).contains("a");
        // when another function is chosen the editor goes
        robot.interact(() -> vm.selectedTypeProperty().set(Catalogue.find("relu").orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#custom-editor").query().isVisible()).isFalse();
    }

    @Test
    void aTypedFormulaIsDrawnWithItsExactDerivative(FxRobot robot) {
        // when
        type(robot, "#custom-formula", "x*tanh(log1p(exp(x)))");
        // then: the chart's data is Mish's, f′ included, and the panels say so
        assertThat(vm.selectedTypeProperty().get().displayName()).isEqualTo("Custom: x*tanh(log1p(exp(x)))");
        assertDrawn(Catalogue.find("mish").orElseThrow().createDefault());
        assertThat(vm.info().watchProperty().get()).startsWith("As accurate as the formula")
                .endsWith("Exact version available: Mish (mish).");
        assertThat(robot.lookup("#custom-exact").queryAs(Label.class).getText())
                .isEqualTo("Exact version available: Mish (mish).");
        // the properties a catalogue entry states are estimated by sampling, and say so
        assertThat(vm.info().rangeProperty().get()).isEqualTo("-0.3088 \u2026 1e6 (sampled, x from -1e6 to 1e6)");
        assertThat(vm.info().monotonicProperty().get()).isEqualTo("no (sampled)");
        assertThat(vm.info().zeroCentredProperty().get()).isEqualTo("yes (sampled)");
    }

    @Test
    void aSyntaxErrorMarksTheFieldAndKeepsTheLastPlot(FxRobot robot) {
        // given
        type(robot, "#custom-formula", "x * sigmoid(x)");
        int updates = vm.updateCountProperty().get();
        var spec = vm.specProperty().get();
        // when
        type(robot, "#custom-formula", "x * sigmoid(x");
        // then
        TextField field = robot.lookup("#custom-formula").queryAs(TextField.class);
        assertThat(field.getStyleClass()).contains(Fields.ERROR);
        assertThat(robot.lookup("#custom-formula-error").queryAs(Label.class).getText())
                .isEqualTo("expected ')' at column 14");
        assertThat(vm.messageProperty().get()).contains("expected ')' at column 14");
        assertThat(vm.updateCountProperty().get()).isEqualTo(updates);
        assertThat(vm.specProperty().get()).isSameAs(spec);
        assertDrawn(Catalogue.find("silu").orElseThrow().createDefault());
        // and a good formula clears the mark
        type(robot, "#custom-formula", "x * sigmoid(x)");
        assertThat(field.getStyleClass()).doesNotContain(Fields.ERROR);
        assertThat(vm.messageProperty().get()).doesNotContain("column");
    }

    @Test
    void declaredParametersGetSlidersThatRedraw(FxRobot robot) {
        // given
        TextArea params = robot.lookup("#custom-params").queryAs(TextArea.class);
        robot.interact(() -> params.setText("beta = 2 in [0, 5]"));
        type(robot, "#custom-formula", "x * sigmoid(beta*x)");
        Slider slider = robot.lookup("#alpha-slider").queryAs(Slider.class);
        assertThat(slider.getMax()).isEqualTo(5);
        assertThat(slider.getValue()).isEqualTo(2);
        // when: the slider goes to 1, where x·σ(βx) is SiLU
        robot.interact(() -> slider.setValue(1));
        WaitForAsyncUtils.waitForFxEvents();
        // then
        assertDrawn(Catalogue.find("silu").orElseThrow().createDefault());
        assertThat(vm.custom().exactVersionProperty().get().id()).isEqualTo("silu");
        // a bad declaration is marked on its own field and changes nothing
        int updates = vm.updateCountProperty().get();
        robot.interact(() -> params.setText("beta = 9 in [0, 5]"));
        robot.clickOn("#custom-apply");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(params.getStyleClass()).contains(Fields.ERROR);
        assertThat(robot.lookup("#custom-params-error").queryAs(Label.class).getText())
                .isEqualTo("parameter 'beta = 9 in [0, 5]': 9 is outside [0, 5]");
        assertThat(vm.updateCountProperty().get()).isEqualTo(updates);
    }
}
