package io.activationplotter.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Requests gathered into one update per frame, always with the newest state (issue 16). */
@ExtendWith(ApplicationExtension.class)
class PulseCoalescerTest {

    private final AtomicInteger value = new AtomicInteger();
    private final StringBuilder seen = new StringBuilder();
    private final PulseCoalescer coalescer = new PulseCoalescer(() -> seen.append(value.get()).append(' '));

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new Pane(), 100, 100));
        stage.show();
    }

    /** Waits until two pulses have begun, so that one full frame has passed. */
    private static void waitForTwoPulses(FxRobot robot) throws InterruptedException {
        CountDownLatch pulses = new CountDownLatch(2);
        AnimationTimer[] timer = new AnimationTimer[1];
        robot.interact(() -> {
            timer[0] = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    pulses.countDown();
                }
            };
            timer[0].start();
        });
        assertThat(pulses.await(30, TimeUnit.SECONDS)).isTrue();
        robot.interact(() -> timer[0].stop());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void offTheFxThreadARequestRunsAtOnce() {
        // when
        value.set(4);
        coalescer.request();
        // then
        assertThat(seen.toString()).isEqualTo("4 ");
        assertThat(coalescer.runs()).isEqualTo(1);
    }

    @Test
    void tenRequestsInOneEventRunOnceWithTheLastValue(FxRobot robot) throws InterruptedException {
        // given: no update in this frame yet
        waitForTwoPulses(robot);
        // when
        robot.interact(() -> {
            for (int i = 1; i <= 10; i++) {
                value.set(i);
                coalescer.request();
            }
            // then: nothing runs inside the event itself
            assertThat(coalescer.runs()).isZero();
            assertThat(coalescer.isDue()).isTrue();
        });
        WaitForAsyncUtils.waitForFxEvents();
        // then
        assertThat(seen.toString()).isEqualTo("10 ");
        assertThat(coalescer.runs()).isEqualTo(1);
        assertThat(coalescer.isDue()).isFalse();
    }

    @Test
    void aRequestAfterAnUpdateInTheSameFrameWaitsForTheNextPulse(FxRobot robot) throws InterruptedException {
        // given: an update has just run in this frame
        robot.interact(() -> {
            value.set(1);
            coalescer.request();
            coalescer.flush();
            // when: the slider fires three more times before the next frame
            for (int i = 2; i <= 4; i++) {
                value.set(i);
                coalescer.request();
            }
            // then
            assertThat(coalescer.runs()).isEqualTo(1);
        });
        waitForTwoPulses(robot);
        // then: one more update, at the next pulse, with the newest value
        assertThat(seen.toString()).isEqualTo("1 4 ");
        assertThat(coalescer.runs()).isEqualTo(2);
    }

    @Test
    void flushRunsADueUpdateAtOnceAndNothingOtherwise(FxRobot robot) {
        robot.interact(() -> {
            coalescer.flush();
            assertThat(coalescer.runs()).isZero();
            value.set(7);
            coalescer.request();
            coalescer.flush();
            assertThat(seen.toString()).isEqualTo("7 ");
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(coalescer.runs()).isEqualTo(1);
    }
}
