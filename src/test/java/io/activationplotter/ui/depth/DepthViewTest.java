package io.activationplotter.ui.depth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.activationplotter.model.Catalogue;
import io.activationplotter.ui.Tabs;
import io.activationplotter.ui.window.MainView;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.stage.Stage;
import org.jfree.chart.axis.LogAxis;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class DepthViewTest {

    private MainView main;
    private DepthViewModel vm;

    @Start
    void start(Stage stage) {
        main = Tabs.show(stage);
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

    @Test
    void defaultComparesSigmoidTanhAndReluThroughTenLayersOnALogAxis(FxRobot robot) {
        assertThat(vm.getFunctions()).extracting(t -> t.id()).containsExactly("sigmoid", "tanh", "relu");
        assertThat(vm.layersProperty().get()).isEqualTo(10);
        assertThat(vm.chart().getChart().getXYPlot().getRangeAxis()).isInstanceOf(LogAxis.class);
        // the sigmoid peak at x = 0 is 0.25^10, ReLU for x > 0 stays 1
        XYSeries sigmoid = series("Sigmoid");
        int mid = sigmoid.indexOf(0.0);
        assertThat(mid).isNotNegative();
        assertThat(sigmoid.getY(mid).doubleValue()).isCloseTo(9.5367431640625e-7, within(1e-18));
        XYSeries relu = series("ReLU");
        assertThat(relu.getY(relu.getItemCount() - 1).doubleValue()).isEqualTo(1.0);
        // ReLU's zeros are drawn on the axis bottom, not lost
        assertThat(relu.getY(0).doubleValue()).isEqualTo(vm.chart().getFloor());
        String readout = robot.lookup("#depth-readout").queryAs(Label.class).getText();
        assertThat(readout).contains("Sigmoid:  max |f\u2032| = 0.25,  max |f\u2032|^10 = 9.54e-7")
                .contains("ReLU:  max |f\u2032| = 1,  max |f\u2032|^10 = 1");
    }

    @Test
    void layersSliderRaisesThePower(FxRobot robot) {
        Slider slider = robot.lookup("#layers-slider").queryAs(Slider.class);
        robot.interact(() -> slider.setValue(15.4));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.layersProperty().get()).isEqualTo(15);
        XYSeries sigmoid = series("Sigmoid");
        assertThat(sigmoid.getY(sigmoid.indexOf(0.0)).doubleValue()).isCloseTo(Math.pow(0.25, 15), within(1e-24));
        assertThat(vm.chart().getChart().getTitle().getText()).contains("15 layers");
    }

    @Test
    void plotTabFunctionsCanBeTakenOver(FxRobot robot) {
        robot.interact(() -> {
            main.getViewModel().selectedTypeProperty().set(Catalogue.find("elu").orElseThrow());
            main.getViewModel().setCompared(Catalogue.find("silu").orElseThrow(), true);
        });
        robot.clickOn("#depth-from-plot-button");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.getFunctions()).extracting(t -> t.id()).containsExactly("elu", "silu");
        assertThat(vm.chart().getDataset().getSeriesCount()).isEqualTo(2);
    }

    @Test
    void functionsCanBeAddedAndRemoved(FxRobot robot) {
        ComboBox<?> choice = robot.lookup("#depth-add-choice").queryAs(ComboBox.class);
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<Object> c = (ComboBox<Object>) choice;
            c.setValue(Catalogue.find("gelu").orElseThrow());
        });
        robot.clickOn("#depth-add-button");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.chart().getDataset().getSeriesCount()).isEqualTo(4);
        assertThat(vm.readoutProperty().get(3)).contains("GELU").contains("1.129");
        robot.interact(() -> vm.remove(Catalogue.find("tanh").orElseThrow()));
        assertThat(vm.chart().getDataset().getSeriesCount()).isEqualTo(3);
        assertThat(robot.lookup("#depth-remove-button").queryAs(Button.class).isDisabled()).isTrue();
    }
}
