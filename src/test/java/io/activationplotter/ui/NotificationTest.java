package io.activationplotter.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.activationplotter.ui.plot.PlotViewModel;
import io.activationplotter.ui.window.MainView;
import java.util.Locale;
import javafx.animation.Animation;
import javafx.event.ActionEvent;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Messages show over the chart, stay in the log, follow the errors they report and the language. */
@ExtendWith(ApplicationExtension.class)
class NotificationTest {

    private MainView view;
    private PlotViewModel vm;

    @Start
    void start(Stage stage) {
        Locale.setDefault(Locale.ENGLISH);
        view = Tabs.show(stage);
        vm = view.getViewModel();
        vm.text().setLocale(Locale.ENGLISH);
    }

    private static void commit(FxRobot robot, String id, String typed) {
        TextField f = robot.lookup(id).queryAs(TextField.class);
        robot.interact(() -> {
            f.setText(typed);
            f.fireEvent(new ActionEvent());
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Notification toast(FxRobot robot) {
        return robot.lookup("#notification").queryAs(Notification.class);
    }

    @Test
    void anOverflowingNumberIsTooLargeAndItsErrorStaysUntilFixed(FxRobot robot) {
        // when
        commit(robot, "#x-min", "1e400");

        // then
        Notification toast = toast(robot);
        String expected = "x min: 1e400 is too large (largest allowed 1000000).";
        assertThat(toast.isVisible()).isTrue();
        assertThat(toast.getText()).isEqualTo(expected);
        assertThat(toast.getStyleClass()).contains("error");
        assertThat(toast.hideAnimation().getStatus()).isEqualTo(Animation.Status.STOPPED);
        assertThat(robot.lookup("#message-label").queryAs(Label.class).getText()).isEqualTo(expected);

        // when
        commit(robot, "#x-min", "-1e400");

        // then
        assertThat(toast.getText()).isEqualTo("x min: -1e400 is too far below zero (smallest allowed -1000000).");

        // when: fixed
        commit(robot, "#x-min", "-5");

        // then
        assertThat(toast.isVisible()).isFalse();
        assertThat(robot.lookup("#message-label").queryAs(Label.class).getText()).isEmpty();
    }

    @Test
    void copyIsConfirmedOverTheChartAndFades(FxRobot robot) {
        // when
        robot.clickOn("#copy-button");
        WaitForAsyncUtils.waitForFxEvents();

        // then
        Notification toast = toast(robot);
        assertThat(toast.isVisible()).isTrue();
        assertThat(toast.getText()).matches("Chart copied to the clipboard \\(\\d+ × \\d+ px\\)");
        assertThat(toast.getStyleClass()).doesNotContain("error");
        assertThat(toast.hideAnimation().getStatus()).isEqualTo(Animation.Status.RUNNING);
        assertThat(toast.hideAnimation().getTotalDuration()).isGreaterThanOrEqualTo(Notification.SHOWN);
    }

    @Test
    void theLogListsEveryMessageWithItsTimeAndFollowsTheLanguage(FxRobot robot) {
        // given
        commit(robot, "#x-min", "abc");
        commit(robot, "#x-min", "-5");
        robot.clickOn("#copy-button");
        WaitForAsyncUtils.waitForFxEvents();

        // when
        robot.clickOn("#message-log-button");
        WaitForAsyncUtils.waitForFxEvents();

        // then
        ListView<MessageBoard.Entry> log = robot.lookup("#message-log").queryListView();
        assertThat(log.getItems()).hasSize(2);
        assertThat(vm.messages().render(log.getItems().get(0))).startsWith("x min: “abc” is not a number.");
        assertThat(log.getItems().get(0).error()).isTrue();
        assertThat(log.getItems().get(1).error()).isFalse();

        // when
        robot.interact(() -> vm.text().setLocale(Locale.SIMPLIFIED_CHINESE));
        WaitForAsyncUtils.waitForFxEvents();

        // then
        assertThat(vm.messages().render(log.getItems().get(0))).startsWith("x 最小值：“abc”不是数字。");
        assertThat(toast(robot).getText()).startsWith("已把图表复制到剪贴板（");
    }
}
