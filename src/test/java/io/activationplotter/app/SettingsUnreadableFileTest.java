package io.activationplotter.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.activationplotter.ui.plot.PlotViewModel;
import io.activationplotter.ui.window.MainView;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real application started with {@code /dev/zero} (through a link) as its settings file opens with
 * the defaults and says so, instead of filling the heap; closing it leaves the link as it was.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SettingsUnreadableFileTest {

    private Path link;
    private Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        link = Files.createTempDirectory("ap-settings").resolve("settings.properties");
        Files.createSymbolicLink(link, Path.of("/dev/zero"));
        System.setProperty(ActivationPlotterApp.SETTINGS_PROPERTY, link.toString());
        new ActivationPlotterApp().start(stage);
    }

    @AfterEach
    void clearProperty() {
        System.clearProperty(ActivationPlotterApp.SETTINGS_PROPERTY);
    }

    @Test
    void theWindowOpensWithTheDefaultsAndNeverOverwritesTheFile(FxRobot robot) {
        // given
        WaitForAsyncUtils.waitForFxEvents();
        PlotViewModel vm = robot.lookup("#main-view").queryAs(MainView.class).getViewModel();
        assertThat(robot.lookup("#message-label").<Label>query().getText()).contains("could not be read",
                "not a regular file");
        // when: a change (its save is refused), then the window goes
        robot.clickOn("#dark-toggle");
        robot.interact(() -> stage.hide());
        // then
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(vm.display().darkProperty().get()).isTrue();
    }
}
