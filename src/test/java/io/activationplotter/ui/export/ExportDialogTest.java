package io.activationplotter.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.activationplotter.export.ExportFormat;
import io.activationplotter.ui.Tabs;
import io.activationplotter.ui.plot.PlotViewModel;
import io.activationplotter.ui.window.MainView;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/** The export dialog stays open while anything is wrong, keeps format and extension in step, and writes on OK. */
@ExtendWith(ApplicationExtension.class)
class ExportDialogTest {

    private PlotViewModel vm;

    @Start
    void start(Stage stage) {
        MainView view = Tabs.show(stage);
        vm = view.getViewModel();
    }

    private static Node ok(FxRobot robot) {
        return robot.lookup(".dialog-pane .button").match(LabeledMatchers.hasText("OK")).query();
    }

    @Test
    void aMissingFolderKeepsTheDialogOpenThenOkWritesTheChosenFormat(FxRobot robot, @TempDir Path dir)
            throws Exception {
        // given
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        TextField file = robot.lookup("#export-file").query();

        // when
        robot.interact(() -> file.setText(dir.resolve("missing").resolve("plot.png").toString()));

        // then
        assertThat(file.getStyleClass()).contains("error");
        assertThat(ok(robot).isDisabled()).isTrue();
        assertThat(robot.lookup("#export-problem").queryAs(Label.class).getText()).startsWith("The folder ");

        // when: a good file, then SVG from the format chooser
        ChoiceBox<ExportFormat> format = robot.lookup("#export-format").query();
        robot.interact(() -> file.setText(dir.resolve("plot.png").toString()));
        robot.interact(() -> format.setValue(ExportFormat.SVG));

        // then
        assertThat(file.getText()).isEqualTo(dir.resolve("plot.svg").toString());
        assertThat(file.getStyleClass()).doesNotContain("error");
        assertThat(robot.lookup("#export-scale").queryAs(ChoiceBox.class).isDisabled()).isTrue();

        // when
        robot.clickOn(ok(robot));
        WaitForAsyncUtils.waitForFxEvents();

        // then
        assertThat(robot.lookup("#export-file").tryQuery()).isEmpty();
        assertThat(Files.readString(dir.resolve("plot.svg"))).startsWith("<?xml").contains("<svg");
        assertThat(vm.messageProperty().get()).startsWith("Saved ");
    }
}
