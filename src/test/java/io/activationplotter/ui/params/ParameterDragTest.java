package io.activationplotter.ui.params;

import static org.assertj.core.api.Assertions.assertThat;

import io.activationplotter.model.Catalogue;
import io.activationplotter.ui.Messages;
import io.activationplotter.ui.plot.PlotViewModel;
import io.activationplotter.ui.window.MainView;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A drag of the α slider: the name = value label and the field follow at most ~5 times a second and
 * show exactly the last value once the thumb is let go; the plot's drag flag follows the thumb.
 */
@ExtendWith(ApplicationExtension.class)
class ParameterDragTest {

    private PlotViewModel vm;

    @Start
    void start(Stage stage) {
        Messages text = Messages.load();
        text.setLocale(Locale.ENGLISH);
        vm = new PlotViewModel(text);
        vm.selectedTypeProperty().set(Catalogue.find("elu").orElseThrow());
        stage.setScene(new Scene(new MainView(vm, text), 1280, 800));
        stage.show();
    }

    @Test
    void aDragEndsOnTheExactLastValue(FxRobot robot) {
        // given
        Slider slider = robot.lookup("#alpha-slider").queryAs(Slider.class);
        Label label = robot.lookup("#alpha-label").queryAs(Label.class);
        TextField field = robot.lookup("#alpha-field").queryAs(TextField.class);
        List<String> labels = new ArrayList<>();
        robot.interact(() -> label.textProperty().addListener((obs, old, now) -> labels.add(now)));
        // when: the thumb is held and moved in ten steps, all within one interval, then let go
        robot.interact(() -> {
            slider.setValueChanging(true);
            for (int i = 1; i <= 10; i++) {
                slider.setValue(1 + 0.1 * i);
            }
        });
        boolean dragging = vm.draggingProperty().get();
        int duringDrag = labels.size();
        robot.interact(() -> slider.setValueChanging(false));
        WaitForAsyncUtils.waitForFxEvents();
        // then
        assertThat(dragging).isTrue();
        assertThat(vm.draggingProperty().get()).isFalse();
        assertThat(duringDrag).isLessThanOrEqualTo(1);
        assertThat(label.getText()).isEqualTo(vm.parametersProperty().get(0).labelProperty().get()).contains("2");
        assertThat(field.getText()).isEqualTo("2");
        assertThat(labels).last().isEqualTo(label.getText());
    }
}
