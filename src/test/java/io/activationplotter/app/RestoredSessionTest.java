package io.activationplotter.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.activationplotter.model.ActivationType;
import io.activationplotter.model.Catalogue;
import io.activationplotter.settings.SessionState;
import io.activationplotter.settings.SettingsStore;
import io.activationplotter.ui.window.MainView;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real application started on a saved settings file shows the saved session, and saves it on close. */
@ExtendWith(ApplicationExtension.class)
class RestoredSessionTest {

    private static final ActivationType ELU = Catalogue.find("elu").orElseThrow();
    private static final ActivationType TANH = Catalogue.find("tanh").orElseThrow();

    private Path file;
    private Stage stage;
    private int iconsAtStart;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        file = Files.createTempDirectory("ap-settings").resolve("settings.properties");
        new SettingsStore(file).save(new SessionState("elu", List.of("tanh"), Map.of("elu", Map.of("alpha", 1.75)),
                -2, 3, 0.01, false, "dark", "", null));
        System.setProperty(ActivationPlotterApp.SETTINGS_PROPERTY, file.toString());
        stage.getIcons().clear(); // the primary stage is shared: an earlier start's icons are still on it
        new ActivationPlotterApp().start(stage);
        iconsAtStart = stage.getIcons().size();
    }

    @AfterEach
    void clearProperty() {
        System.clearProperty(ActivationPlotterApp.SETTINGS_PROPERTY);
    }

    @Test
    void theSavedSelectionRangeAndParametersAppear(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#function-selector").<ComboBox<ActivationType>>query().getValue()).isEqualTo(ELU);
        assertThat(robot.lookup("#x-min").<TextField>query().getText()).isEqualTo("-2");
        assertThat(robot.lookup("#x-max").<TextField>query().getText()).isEqualTo("3");
        assertThat(robot.lookup("#alpha-field").<TextField>query().getText()).isEqualTo("1.75");
        assertThat(robot.lookup("#derivative-toggle").<CheckBox>query().isSelected()).isFalse();
        assertThat(robot.lookup("#main-view").query().getStyleClass()).contains("dark");
        MainView view = robot.lookup("#main-view").queryAs(MainView.class);
        assertThat(view.getViewModel().comparedProperty()).containsExactly(TANH);
        assertThat(view.getViewModel().specProperty().get().xMin()).isEqualTo(-2);
    }

    @Test
    void theIconsComeAfterTheFirstFrame() throws Exception {
        // issue 16: decoding them is no part of the first frame
        assertThat(iconsAtStart).isZero();
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> stage.getIcons().size() == ActivationPlotterApp.ICON_SIZES.length);
        assertThat(stage.getIcons()).hasSize(ActivationPlotterApp.ICON_SIZES.length);
    }

    @Test
    void closingTheWindowSavesTheSession(FxRobot robot) {
        MainView view = robot.lookup("#main-view").queryAs(MainView.class);
        robot.interact(() -> {
            view.getViewModel().range().apply("-1", "1");
            stage.hide();
        });
        SessionState saved = new SettingsStore(file).load();
        assertThat(saved.selected()).isEqualTo("elu");
        assertThat(saved.xMin()).isEqualTo(-1);
        assertThat(saved.xMax()).isEqualTo(1);
        assertThat(saved.parameters()).containsEntry("elu", Map.of("alpha", 1.75));
        assertThat(saved.window()).isNotNull();
    }
}
