package io.activationplotter.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import io.activationplotter.settings.SessionState;
import io.activationplotter.settings.SettingsStore;
import io.activationplotter.ui.Tabs;
import io.activationplotter.ui.plot.PlotViewModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The session is written a short while after each change, with the window still open. */
@ExtendWith(ApplicationExtension.class)
class SessionAutoSaveTest {

    private MainView view;
    private PlotViewModel vm;
    private Path dir;

    @Start
    void start(Stage stage) throws IOException {
        dir = Files.createTempDirectory("ap-session");
        view = Tabs.show(stage);
        vm = view.getViewModel();
    }

    /** Starts saving to a file with a given debounce, on the FX thread, as the app does. */
    private SessionAutoSave saver(FxRobot robot, Path file, double millis) {
        SessionAutoSave[] made = new SessionAutoSave[1];
        robot.interact(() -> made[0] = new SessionAutoSave(new SettingsStore(file), view.getSession(),
                () -> null, Duration.millis(millis)));
        return made[0];
    }

    private static void waitForWrites(SessionAutoSave saver, int n) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> saver.writesProperty().get() >= n);
    }

    @Test
    void aChangeIsInTheFileAfterTheDelayWithoutClosingTheWindow(FxRobot robot) throws Exception {
        // given
        Path file = dir.resolve("settings.properties");
        SessionAutoSave saver = saver(robot, file, 200);
        // when
        robot.clickOn("#dark-toggle");
        Tabs.select(robot, "softmax");
        waitForWrites(saver, 1);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> "softmax".equals(new SettingsStore(file).load().view().tab()));
        // then
        SessionState saved = new SettingsStore(file).load();
        assertThat(robot.lookup("#dark-toggle").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(saved.theme()).isEqualTo("dark");
        assertThat(saved.view().tab()).isEqualTo("softmax");
        assertThat(saved.classroom().softmaxLogits()).isNotNull();
    }

    @Test
    void twentySliderValuesInARowGiveAtMostTwoWrites(FxRobot robot) throws Exception {
        // given
        Path file = dir.resolve("settings.properties");
        SessionAutoSave saver = saver(robot, file, 1000);
        Slider slider = robot.lookup("#threshold-slider").queryAs(Slider.class);
        double from = slider.getValue();
        // when: a drag, one value per event
        for (int i = 1; i <= 20; i++) {
            double v = from - i * (from - slider.getMin()) / 40;
            robot.interact(() -> slider.setValue(v));
        }
        double last = vm.threshold();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> saver.writesProperty().get() >= 1
                && WaitForAsyncUtils.asyncFx(() -> !saver.isPending()).get());
        // then
        assertThat(saver.writesProperty().get()).isBetween(1, 2);
        assertThat(new SettingsStore(file).load().threshold()).isCloseTo(last,
                org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void aFolderThatCannotBeWrittenGivesOneMessageAndKeepsTheState(FxRobot robot) throws Exception {
        // given: the settings folder is a file, so nothing can be created in it (whoever runs the test)
        Path blocker = Files.writeString(dir.resolve("not-a-folder"), "x");
        SessionAutoSave saver = saver(robot, blocker.resolve("settings.properties"), 50);
        // when
        robot.clickOn("#dark-toggle");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.messageProperty().get().contains("not-a-folder"));
        robot.interact(() -> vm.status("something else"));
        robot.interact(() -> vm.display().infoShownProperty().set(false));
        boolean[] second = new boolean[1];
        robot.interact(() -> second[0] = saver.saveNow());
        // then: the second failure is not reported again (the first stays shown), and nothing was lost in memory
        assertThat(second[0]).isFalse();
        assertThat(vm.messages().logProperty()).filteredOn(e -> vm.messages().render(e).contains("not-a-folder"))
                .hasSize(1);
        assertThat(vm.messageProperty().get()).contains("not-a-folder");
        assertThat(saver.writesProperty().get()).isZero();
        assertThat(vm.display().darkProperty().get()).isTrue();
        assertThat(vm.display().infoShownProperty().get()).isFalse();
        assertThat(robot.lookup("#main-view").query().getScene().getWindow().isShowing()).isTrue();
    }
}
