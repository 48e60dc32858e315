package io.activationplotter.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import io.activationplotter.app.ActivationPlotterApp;
import io.activationplotter.model.ActivationType;
import io.activationplotter.model.Catalogue;
import io.activationplotter.settings.ClassroomState;
import io.activationplotter.settings.SessionState;
import io.activationplotter.settings.SettingsStore;
import io.activationplotter.settings.ViewState;
import io.activationplotter.ui.Tabs;
import io.activationplotter.ui.chain.ChainView;
import io.activationplotter.ui.depth.DepthView;
import io.activationplotter.ui.softmax.SoftmaxView;
import io.activationplotter.ui.table.EvalView;
import io.activationplotter.ui.table.EvalViewModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.control.Slider;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real application started on a saved session comes back in its language, on its tab, with each tab's setup. */
@ExtendWith(ApplicationExtension.class)
class SessionRestoreTest {

    private static final ActivationType GELU = type("gelu");
    private static final ActivationType ELU = type("elu");
    private static final ActivationType TANH = type("tanh");
    private static final ActivationType RELU = type("relu");

    private Path file;

    private static ActivationType type(String id) {
        return Catalogue.find(id).orElseThrow();
    }

    @Start
    void start(Stage stage) throws IOException {
        file = Files.createTempDirectory("ap-session").resolve("settings.properties");
        new SettingsStore(file).save(new SessionState("elu", List.of(), Map.of(), -6, 6, 0.05, true, "dark", "",
                null, new ViewState("zh-CN", true, false, "chain"),
                new ClassroomState(20, List.of("gelu", "elu", "no_such_function"), List.of("tanh", "relu", "tanh"),
                        "0.25, 4", "chain", "3, 1, -2", 2.5, -1.5)));
        System.setProperty(ActivationPlotterApp.SETTINGS_PROPERTY, file.toString());
        new ActivationPlotterApp().start(stage);
    }

    @AfterEach
    void clearProperty() {
        System.clearProperty(ActivationPlotterApp.SETTINGS_PROPERTY);
    }

    private static Tab tab(FxRobot robot, String name) {
        return robot.lookup("#main-tabs").queryAs(TabPane.class).getTabs().stream()
                .filter(t -> t.getId().equals(name + "-tab")).findFirst().orElseThrow();
    }

    @Test
    void theLanguageTabAndPanesComeBackAndOnlyTheShownTabIsBuilt(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        MainView view = robot.lookup("#main-view").queryAs(MainView.class);
        assertThat(view.getViewModel().text().localeProperty().get()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(view.getStyleClass()).contains("lang-zh", "dark");
        assertThat(tab(robot, "chain").isSelected()).isTrue();
        assertThat(tab(robot, "plot").getText()).isEqualTo(view.getViewModel().text().get("tab.plot"));
        assertThat(view.getViewModel().display().infoShownProperty().get()).isFalse();
        assertThat(view.getViewModel().display().controlsShownProperty().get()).isTrue();
        // the tabs not shown are still lazy: no view (and no model) made just to restore them
        assertThat(tab(robot, "depth").getContent()).isNull();
        assertThat(tab(robot, "softmax").getContent()).isNull();
        assertThat(robot.lookup("#chain-view").queryAs(ChainView.class).getViewModel().getStages())
                .containsExactly(TANH, RELU, TANH);
    }

    @Test
    void eachTabGetsItsSavedSetupWhenFirstShown(FxRobot robot) {
        // when
        Tabs.select(robot, "depth");
        Tabs.select(robot, "eval");
        Tabs.select(robot, "softmax");
        // then
        var depth = robot.lookup("#depth-view").queryAs(DepthView.class).getViewModel();
        assertThat(depth.layersProperty().get()).isEqualTo(20);
        assertThat(depth.getFunctions()).containsExactly(GELU, ELU);
        assertThat(robot.lookup("#layers-slider").queryAs(Slider.class).getValue()).isEqualTo(20);
        var eval = robot.lookup("#eval-view").queryAs(EvalView.class).getViewModel();
        assertThat(eval.sourceProperty().get()).isEqualTo(EvalViewModel.Source.CHAIN);
        assertThat(robot.lookup("#eval-input").queryAs(TextArea.class).getText()).isEqualTo("0.25, 4");
        assertThat(eval.rowsProperty()).hasSize(2);
        var softmax = robot.lookup("#softmax-view").queryAs(SoftmaxView.class).getViewModel();
        assertThat(robot.lookup("#logits-field").queryAs(TextField.class).getText()).isEqualTo("3, 1, -2");
        assertThat(softmax.temperatureProperty().get()).isEqualTo(2.5);
        assertThat(softmax.zProperty().get()).isEqualTo(-1.5);
        assertThat(softmax.probabilitiesProperty().get()).hasSize(3);
    }

    @Test
    void closingSavesTheTabsNeverShownAsTheyWereSaved(FxRobot robot) {
        // when: the window closes without the depth or softmax tab ever shown
        robot.interact(() -> robot.lookup("#main-view").query().getScene().getWindow().hide());
        // then
        ClassroomState saved = new SettingsStore(file).load().classroom();
        assertThat(saved.depthLayers()).isEqualTo(20);
        assertThat(saved.depthFunctions()).containsExactly("gelu", "elu", "no_such_function");
        assertThat(saved.softmaxTemperature()).isEqualTo(2.5);
        assertThat(saved.chainStages()).containsExactly("tanh", "relu", "tanh");
        assertThat(new SettingsStore(file).load().view().language()).isEqualTo("zh-CN");
    }
}
