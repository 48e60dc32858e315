package io.activationplotter.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** During a drag labels follow at most every 200 ms, and exactly once with the newest state when it ends. */
@ExtendWith(ApplicationExtension.class)
class DragThrottleTest {

    private static final long MS = 1_000_000L;

    private final AtomicInteger value = new AtomicInteger();
    private final StringBuilder seen = new StringBuilder();
    private final AtomicLong clock = new AtomicLong(1_000 * MS);
    private final BooleanProperty dragging = new SimpleBooleanProperty();
    private final DragThrottle throttle = new DragThrottle(() -> seen.append(value.get()).append(' '), dragging,
            clock::get);

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new Pane(), 100, 100));
        stage.show();
    }

    private void change(int v) {
        value.set(v);
        throttle.request();
    }

    @Test
    void withoutADragEveryRequestRuns(FxRobot robot) {
        robot.interact(() -> {
            change(1);
            change(2);
        });

        assertThat(seen.toString()).isEqualTo("1 2 ");
    }

    @Test
    void aDragUpdatesAtMostEveryIntervalAndOnceWithTheNewestValueAtItsEnd(FxRobot robot) {
        // given
        robot.interact(() -> dragging.set(true));
        // when: ten changes 16 ms apart (one a frame), then one after the interval, then the drag ends
        robot.interact(() -> {
            for (int i = 1; i <= 10; i++) {
                change(i);
                clock.addAndGet(16 * MS);
            }
        });
        String during = seen.toString();
        robot.interact(() -> {
            clock.addAndGet(200 * MS);
            change(11);
            clock.addAndGet(10 * MS);
            change(12);
            dragging.set(false);
        });
        WaitForAsyncUtils.waitForFxEvents();

        // then
        assertThat(during).isEqualTo("1 ");
        assertThat(seen.toString()).isEqualTo("1 11 12 ");
        assertThat(throttle.runs()).isEqualTo(3);
        assertThat(throttle.isDue()).isFalse();
    }

    @Test
    void aHeldBackUpdateRunsWhenItsIntervalIsOverThoughNothingElseComes(FxRobot robot) throws Exception {
        // given
        robot.interact(() -> {
            dragging.set(true);
            change(1);
            change(2);
        });
        // when: the thumb is held still past the interval
        robot.interact(() -> clock.addAndGet(250 * MS));
        WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS, () -> !throttle.isDue());
        WaitForAsyncUtils.waitForFxEvents();

        // then
        assertThat(seen.toString()).isEqualTo("1 2 ");
        assertThat(dragging.get()).isTrue();
    }

    @Test
    void offTheFxThreadARequestRunsAtOnce() {
        dragging.set(true);

        change(1);
        change(2);

        assertThat(seen.toString()).isEqualTo("1 2 ");
    }
}
