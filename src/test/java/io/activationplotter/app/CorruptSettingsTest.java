package io.activationplotter.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.activationplotter.model.Catalogue;
import io.activationplotter.ui.plot.PlotViewModel;
import io.activationplotter.ui.window.MainView;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A settings file with an entry that cannot be read: the app still starts, with that entry's default, the others restored, and a warning naming it. */
@ExtendWith(ApplicationExtension.class)
class CorruptSettingsTest {

    @Start
    void start(Stage stage) throws IOException {
        Path file = Files.createTempDirectory("ap-settings").resolve("settings.properties");
        Files.writeString(file, "selected=elu\nxMin=\\uZZZZ\n", StandardCharsets.UTF_8);
        System.setProperty(ActivationPlotterApp.SETTINGS_PROPERTY, file.toString());
        new ActivationPlotterApp().start(stage);
    }

    @AfterEach
    void clearProperty() {
        System.clearProperty(ActivationPlotterApp.SETTINGS_PROPERTY);
    }

    @Test
    void theBadEntryFallsBackAloneWithAWarningNamingIt(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        PlotViewModel vm = robot.lookup("#main-view").queryAs(MainView.class).getViewModel();
        assertThat(vm.selectedTypeProperty().get()).isEqualTo(Catalogue.find("elu").orElseThrow());
        assertThat(vm.range().viewMin()).isEqualTo(PlotViewModel.DEFAULT_X_MIN);
        assertThat(robot.lookup("#message-label").<Label>query().getText())
                .contains("xMin").isEqualTo(vm.messageProperty().get());
    }
}
