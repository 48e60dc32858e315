package io.activationplotter.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The application window as the jar starts it, with no saved settings: a settings file of its own in a
 * new folder (the user's own file would decide the window's size, and the app saves into it on exit).
 */
@ExtendWith(ApplicationExtension.class)
class ActivationPlotterAppTest {

    private Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        System.setProperty(ActivationPlotterApp.SETTINGS_PROPERTY,
                Files.createTempDirectory("ap-settings").resolve("settings.properties").toString());
        new ActivationPlotterApp().start(stage);
    }

    @AfterEach
    void clearProperty() {
        System.clearProperty(ActivationPlotterApp.SETTINGS_PROPERTY);
    }

    @Test
    void windowIsTitledAndSizedSensibly(FxRobot robot) {
        assertThat(stage.getTitle()).isEqualTo("Activation Plotter");
        assertThat(stage.getMinWidth()).isEqualTo(800); // the chart and every tab header still show
        assertThat(stage.getMinHeight()).isEqualTo(600);
        assertThat(stage.getScene().getWidth()).isEqualTo(1280);
        assertThat(stage.getScene().getHeight()).isEqualTo(800);
        assertThat(robot.lookup("#function-selector").tryQuery()).isPresent();
        assertThat(robot.lookup("#chart").tryQuery()).isPresent();
    }
}
