package io.activationplotter.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.activationplotter.settings.SessionState;
import io.activationplotter.ui.plot.PlotViewModel;
import io.activationplotter.ui.window.MainView;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import org.assertj.core.data.Offset;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real application started on a settings file with entries out of range or unknown: each falls back
 * to its default, the window names them, the good entries are restored, and the window fits the screen.
 */
@ExtendWith(ApplicationExtension.class)
class SettingsWarningsTest {

    private Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        Path file = Files.createTempDirectory("ap-settings").resolve("settings.properties");
        Files.writeString(file, String.join("\n", "threshold=0.6", "selected=nosuchfn", "param.elu.alpha=99",
                "param.rrelu.lower=0.5", "param.rrelu.upper=0.1", "theme=purple", "window=0,0,100000,100000",
                "xMin=-3", "showDerivatives=false", ""), StandardCharsets.UTF_8);
        System.setProperty(ActivationPlotterApp.SETTINGS_PROPERTY, file.toString());
        new ActivationPlotterApp().start(stage);
    }

    @AfterEach
    void clearProperty() {
        System.clearProperty(ActivationPlotterApp.SETTINGS_PROPERTY);
    }

    @Test
    void eachBadEntryIsNamedInTheWindowAndTheGoodOnesAreKept(FxRobot robot) {
        // given: the window as it opened
        WaitForAsyncUtils.waitForFxEvents();
        PlotViewModel vm = robot.lookup("#main-view").queryAs(MainView.class).getViewModel();
        // then: the defaults stand in for the bad entries
        assertThat(vm.threshold()).isCloseTo(SessionState.DEFAULTS.threshold(), Offset.offset(1e-12));
        assertThat(vm.selectedTypeProperty().get().id()).isEqualTo("sigmoid");
        assertThat(robot.lookup("#main-view").query().getStyleClass()).doesNotContain("dark");
        // and the good ones are restored
        assertThat(vm.range().viewMin()).isEqualTo(-3);
        assertThat(vm.showDerivativesProperty().get()).isFalse();
        // and the message line names every bad entry
        String shown = robot.lookup("#message-label").<Label>query().getText();
        assertThat(shown).contains("threshold", "selected", "param.elu.alpha", "param.rrelu", "theme", "window");
    }

    @Test
    void aWindowSavedHugeOpensWithinTheScreen(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        javafx.geometry.Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        assertThat(stage.getWidth()).isLessThanOrEqualTo(screen.getWidth());
        assertThat(stage.getHeight()).isLessThanOrEqualTo(screen.getHeight());
    }
}
