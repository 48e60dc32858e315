package io.activationplotter.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.activationplotter.settings.SettingsStore;
import io.activationplotter.ui.plot.PlotViewModel;
import io.activationplotter.ui.window.MainView;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Closing the window: a change made just before is written at once; a change that cannot be written
 * keeps the window open once, with the reason on screen, and the second close quits.
 */
@ExtendWith(ApplicationExtension.class)
class SettingsExitSaveTest {

    private Stage stage;
    private Path dir;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        dir = Files.createTempDirectory("ap-settings");
    }

    private void open(FxRobot robot, Path file) {
        System.setProperty(ActivationPlotterApp.SETTINGS_PROPERTY, file.toString());
        robot.interact(() -> new ActivationPlotterApp().start(stage));
    }

    @AfterEach
    void clearProperty() {
        System.clearProperty(ActivationPlotterApp.SETTINGS_PROPERTY);
    }

    private void requestClose(FxRobot robot) {
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aChangeJustBeforeClosingIsWritten(FxRobot robot) {
        // given
        Path file = dir.resolve("settings.properties");
        open(robot, file);
        // when: a change, and the close before the half-second debounce
        robot.interact(() -> {
            robot.lookup("#main-view").queryAs(MainView.class).getViewModel().range().apply("-1", "2");
            stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST));
        });
        WaitForAsyncUtils.waitForFxEvents();
        // then
        assertThat(stage.isShowing()).isFalse();
        assertThat(new SettingsStore(file).load().xMax()).isEqualTo(2);
    }

    @Test
    void aFailingSaveAtCloseIsShownAndTheSecondCloseQuits(FxRobot robot) throws IOException {
        // given: the settings folder is a file, so nothing can be saved
        Path blocker = Files.writeString(dir.resolve("not-a-folder"), "x");
        open(robot, blocker.resolve("settings.properties"));
        PlotViewModel vm = robot.lookup("#main-view").queryAs(MainView.class).getViewModel();
        robot.clickOn("#dark-toggle");
        // when
        requestClose(robot);
        // then: still open, and the message says the settings are not saved
        assertThat(stage.isShowing()).isTrue();
        assertThat(vm.messageProperty().get()).contains("not-a-folder", "Close the window again");
        // when
        requestClose(robot);
        // then
        assertThat(stage.isShowing()).isFalse();
    }
}
