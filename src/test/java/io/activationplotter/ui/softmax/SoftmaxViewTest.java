package io.activationplotter.ui.softmax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.activationplotter.chart.CurveDataset;
import io.activationplotter.ui.Tabs;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class SoftmaxViewTest {

    private SoftmaxViewModel vm;

    @Start
    void start(Stage stage) {
        Tabs.show(stage);
    }

    @BeforeEach
    void open(FxRobot robot) {
        Tabs.select(robot, "softmax");
        vm = robot.lookup("#softmax-view").queryAs(SoftmaxView.class).getViewModel();
    }

    private double bar(int i) {
        DefaultCategoryDataset d = vm.bars().getDataset();
        return d.getValue(0, i).doubleValue();
    }

    @Test
    void defaultLogitsGiveLabelledBars(FxRobot robot) {
        assertThat(robot.lookup("#logits-field").queryAs(TextField.class).getText()).isEqualTo("2.0, 1.0, 0.1");
        assertThat(vm.bars().getDataset().getColumnCount()).isEqualTo(3);
        assertThat(bar(0)).isCloseTo(0.6590011388859679, within(1e-15));
        assertThat(vm.bars().getChart().getCategoryPlot().getRenderer().getDefaultItemLabelsVisible()).isTrue();
    }

    @Test
    void temperatureSliderFlattensTheDistribution(FxRobot robot) {
        Slider t = robot.lookup("#temperature-slider").queryAs(Slider.class);
        robot.interact(() -> t.setValue(t.getMax()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.temperatureProperty().get()).isEqualTo(5.0);
        assertThat(bar(0) - bar(2)).isLessThan(0.2);
        robot.interact(() -> t.setValue(t.getMin()));
        assertThat(vm.temperatureProperty().get()).isEqualTo(0.1);
        assertThat(bar(0)).isGreaterThan(0.9999);
    }

    @Test
    void badLogitsKeepTheLastGoodBarsAndHugeOnesDoNotOverflow(FxRobot robot) {
        TextField field = robot.lookup("#logits-field").queryAs(TextField.class);
        robot.interact(() -> field.setText("2.0, x"));
        assertThat(vm.errorProperty().get()).isTrue();
        assertThat(vm.messageProperty().get()).isEqualTo("'x' is not a number");
        assertThat(vm.bars().getDataset().getColumnCount()).isEqualTo(3);
        robot.interact(() -> field.setText("1000, 999"));
        assertThat(vm.errorProperty().get()).isFalse();
        assertThat(bar(0)).isCloseTo(0.7310585786300049, within(1e-15));
    }

    @Test
    void sliceIsTheSigmoidOfTheDifferenceWithItsDerivative(FxRobot robot) {
        Slider z = robot.lookup("#z-slider").queryAs(Slider.class);
        robot.interact(() -> z.setValue(-2));
        CurveDataset d = vm.slice().getDataset();
        for (int i = 0; i < d.getItemCount(0); i += 101) {
            double x = d.getXValue(0, i);
            double s = 1 / (1 + Math.exp(-(x + 2)));
            assertThat(d.getYValue(0, i)).isCloseTo(s, within(1e-15));
            assertThat(d.getYValue(1, i)).isCloseTo(s * (1 - s), within(1e-15));
        }
    }
}
