package io.activationplotter.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.activationplotter.model.ActivationType;
import io.activationplotter.model.Catalogue;
import io.activationplotter.ui.plot.ChartCopy;
import io.activationplotter.ui.plot.PlotViewModel;
import io.activationplotter.ui.window.MainView;
import javafx.scene.control.ComboBox;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Copy to the clipboard, reset to defaults and the command menu, in the real main view. */
@ExtendWith(ApplicationExtension.class)
class ToolbarCommandsTest {

    private static final ActivationType ELU = Catalogue.find("elu").orElseThrow();
    private static final ActivationType SIGMOID = Catalogue.find("sigmoid").orElseThrow();

    private PlotViewModel vm;
    private MainView view;

    @Start
    void start(Stage stage) {
        view = Tabs.show(stage);
        vm = view.getViewModel();
    }

    @Test
    void theCopyButtonPutsTheChartOnTheClipboardAtTwiceItsSize(FxRobot robot) {
        robot.interact(() -> Clipboard.getSystemClipboard().clear());
        robot.clickOn("#copy-button");
        WaitForAsyncUtils.waitForFxEvents();
        long w = Math.round(view.getChartPane().getWidth()) * ChartCopy.SCALE;
        long h = Math.round(view.getChartPane().getHeight()) * ChartCopy.SCALE;
        Image[] onClipboard = new Image[1];
        robot.interact(() -> onClipboard[0] = Clipboard.getSystemClipboard().getImage());
        assertThat(onClipboard[0]).isNotNull();
        assertThat(onClipboard[0].getWidth()).isEqualTo(w);
        assertThat(onClipboard[0].getHeight()).isEqualTo(h);
        assertThat(vm.messageProperty().get()).isEqualTo("Chart copied to the clipboard (" + w + " × " + h + " px)");
    }

    @Test
    void ctrlCCopiesTheChartUnlessATextFieldHasFocus(FxRobot robot) {
        robot.interact(() -> Clipboard.getSystemClipboard().clear());
        robot.doubleClickOn("#x-min").press(KeyCode.CONTROL).type(KeyCode.A).type(KeyCode.C).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        String[] text = new String[1];
        boolean[] image = new boolean[1];
        robot.interact(() -> {
            text[0] = Clipboard.getSystemClipboard().getString();
            image[0] = Clipboard.getSystemClipboard().hasImage();
        });
        assertThat(text[0]).isEqualTo("-6");
        assertThat(image[0]).isFalse();

        robot.interact(() -> view.getChartPane().requestFocus());
        robot.press(KeyCode.CONTROL).type(KeyCode.C).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> image[0] = Clipboard.getSystemClipboard().hasImage());
        assertThat(image[0]).isTrue();
    }

    @Test
    void resetToDefaultsReturnsTheFirstStartState(FxRobot robot) {
        robot.interact(() -> {
            robot.lookup("#function-selector").<ComboBox<ActivationType>>query().setValue(ELU);
            vm.parametersProperty().get(0).commitText("3");
            vm.setCompared(SIGMOID, true);
            vm.range().apply("-1", "2");
            vm.display().darkProperty().set(true);
        });
        robot.clickOn("#reset-defaults-button");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.selectedTypeProperty().get()).isEqualTo(SIGMOID);
        assertThat(vm.comparedProperty()).isEmpty();
        assertThat(vm.parameterValues(ELU)).isEqualTo(ELU.defaults());
        assertThat(robot.lookup("#x-min").<TextField>query().getText()).isEqualTo("-6");
        assertThat(robot.lookup("#x-max").<TextField>query().getText()).isEqualTo("6");
        assertThat(vm.display().darkProperty().get()).isFalse();
        assertThat(vm.showDerivativesProperty().get()).isTrue();
    }

    @Test
    void theMenuListsEveryCommandWithItsShortcut(FxRobot robot) {
        MenuButton menu = robot.lookup("#main-menu").queryAs(MenuButton.class);
        assertThat(menu.getItems()).extracting(i -> i.getText()).filteredOn(t -> t != null)
                .anySatisfy(t -> assertThat(t).contains("Ctrl+S"))
                .anySatisfy(t -> assertThat(t).contains("Ctrl+C"))
                .anySatisfy(t -> assertThat(t).contains("Ctrl+0"))
                .anySatisfy(t -> assertThat(t).contains("F11"));
        robot.interact(() -> vm.display().darkProperty().set(true));
        robot.clickOn("#main-menu");
        robot.clickOn(robot.lookup(".menu-item").match(n -> n.getId() != null && n.getId().equals("menu-reset-defaults"))
                .queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.display().darkProperty().get()).isFalse();
    }
}
