package io.activationplotter.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import io.activationplotter.model.ActivationType;
import io.activationplotter.model.Catalogue;
import io.activationplotter.ui.Tabs;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 16: what the first frame does not show is built when it is first needed or just after the
 * first frame, and work put off until after the first frame runs once, a pulse after it, on the
 * JavaFX thread.
 */
@ExtendWith(ApplicationExtension.class)
class DeferredBuildTest {

    private static final ActivationType LAST = Catalogue.all().get(Catalogue.all().size() - 1);

    private MainView main;
    private int compareRowsAtStart;

    @Start
    void start(Stage stage) {
        main = Tabs.show(stage);
        compareRowsAtStart = ((VBox) main.lookup("#compare-list")).getChildren().size();
        main.getViewModel().setCompared(LAST, true); // before its row exists
    }

    @Test
    void theComparisonRowsBelowTheFirstScreenFollowTheFirstFrame(FxRobot robot) throws Exception {
        // given: the window was shown with the first rows only
        assertThat(compareRowsAtStart).isPositive().isLessThan(Catalogue.all().size());
        // when
        VBox list = robot.lookup("#compare-list").queryAs(VBox.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getChildren().size() == Catalogue.all().size());
        WaitForAsyncUtils.waitForFxEvents();
        // then: every function has its row, in catalogue order, ticked as the view-model says
        for (int i = 0; i < Catalogue.all().size(); i++) {
            assertThat(list.getChildren().get(i).getId()).isEqualTo("compare-" + Catalogue.all().get(i).id());
        }
        CheckBox last = robot.lookup("#compare-" + LAST.id()).queryAs(CheckBox.class);
        assertThat(last.isSelected()).isTrue();
        robot.interact(last::fire);
        assertThat(main.getViewModel().comparedProperty()).doesNotContain(LAST);
    }

    @Test
    void theCustomEditorsFieldsAreBuiltWhenTheCustomFunctionIsFirstChosen(FxRobot robot) {
        // given: a function from the catalogue, the editor hidden
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#custom-editor").query().isVisible()).isFalse();
        assertThat(robot.lookup("#custom-formula").tryQuery()).isEmpty();
        // when
        ComboBox<?> box = robot.lookup("#function-selector").queryAs(ComboBox.class);
        robot.interact(() -> box.getSelectionModel().selectLast());
        WaitForAsyncUtils.waitForFxEvents();
        // then
        assertThat(robot.lookup("#custom-editor").query().isVisible()).isTrue();
        assertThat(robot.lookup("#custom-formula").tryQuery()).isPresent();
        assertThat(robot.lookup("#custom-params").tryQuery()).isPresent();
    }

    @Test
    void theDistributionSlidersAreBuiltWhenTheOverlayIsFirstTurnedOn(FxRobot robot) {
        // given: the overlay off
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#dist-mean-slider").tryQuery()).isEmpty();
        // when
        CheckBox toggle = robot.lookup("#distribution-toggle").queryAs(CheckBox.class);
        robot.interact(() -> toggle.setSelected(true));
        WaitForAsyncUtils.waitForFxEvents();
        // then
        assertThat(robot.lookup("#dist-mean-slider").tryQuery()).isPresent();
        assertThat(robot.lookup("#dist-std-slider").query().getParent().isVisible()).isTrue();
        // off again: built once, hidden
        robot.interact(() -> toggle.setSelected(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#dist-std-slider").query().getParent().isVisible()).isFalse();
        robot.interact(() -> toggle.setSelected(true));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#dist-std-slider").queryAll()).hasSize(1);
    }

    @Test
    void workAfterTheFirstFrameRunsOnceAfterTwoPulses(FxRobot robot) throws Exception {
        // given
        AtomicInteger runs = new AtomicInteger();
        AtomicBoolean onFxThread = new AtomicBoolean();
        AtomicInteger pulses = new AtomicInteger();
        Runnable counter = pulses::incrementAndGet;
        // when
        robot.interact(() -> {
            main.getScene().addPostLayoutPulseListener(counter);
            FirstFrame.after(main.getScene(), () -> {
                runs.incrementAndGet();
                onFxThread.set(javafx.application.Platform.isFxApplicationThread());
                pulses.set(pulses.get() + 1000); // marks the pulses seen when it ran
            });
            assertThat(runs).hasValue(0); // not at once
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> runs.get() == 1);
        // then
        assertThat(onFxThread).isTrue();
        assertThat(pulses.get() / 1000).isEqualTo(1);
        assertThat(pulses.get() % 1000).as("pulses before it ran").isGreaterThanOrEqualTo(FirstFrame.PULSES);
        robot.interact(() -> main.getScene().removePostLayoutPulseListener(counter));
        for (int i = 0; i < 3; i++) {
            robot.interact(javafx.application.Platform::requestNextPulse);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(runs).hasValue(1);
    }
}
