package io.activationplotter.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import io.activationplotter.ui.Tabs;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A window where nothing changes lays nothing out: pulses keep coming while anything animates (a slider
 * drag, the training view), and each one that finds a panel dirty lays it out again (issue 16).
 */
@ExtendWith(ApplicationExtension.class)
class IdleLayoutTest {

    @Start
    void start(Stage stage) {
        Tabs.show(stage);
    }

    @ParameterizedTest
    @ValueSource(strings = {"plot", "depth", "chain", "eval", "softmax", "network"})
    void pulsesWithNothingChangedLayOutNoPanel(String tab, FxRobot robot) throws Exception {
        // given: the window on a tab, laid out (the Network tab's first run arrives a moment later)
        Tabs.select(robot, tab);
        pulses(robot, 10);
        Parent root = robot.lookup("#main-view").queryAs(Parent.class);
        Map<String, Integer> relayouts = new TreeMap<>();
        robot.interact(() -> watch(root, relayouts));

        // when: pulses in which nothing changes, until 30 in a row request no layout (a layout loop never does)
        boolean quiet = false;
        for (int tries = 0; tries < 10 && !quiet; tries++) {
            robot.interact(relayouts::clear);
            pulses(robot, 30);
            quiet = relayouts.isEmpty();
        }

        // then
        assertThat(relayouts).as("layout requests in the last 30 idle pulses on the " + tab + " tab").isEmpty();
        assertThat(dirty(root)).as("parents needing layout after them").isEmpty();
    }

    /** Counts every layout request of the view and of its scroll panes, by CSS id (or class). */
    private static void watch(Parent root, Map<String, Integer> relayouts) {
        for (Node n : root.lookupAll(".scroll-pane")) {
            count((Parent) n, relayouts);
        }
        count(root, relayouts);
    }

    private static void count(Parent p, Map<String, Integer> relayouts) {
        String name = p.getId() != null ? "#" + p.getId() : p.getClass().getSimpleName();
        p.needsLayoutProperty().addListener((obs, was, now) -> {
            if (now) {
                relayouts.merge(name, 1, Integer::sum);
            }
        });
    }

    /** Waits for n pulses (an animation timer keeps them coming, as a drag does). */
    private static void pulses(FxRobot robot, int n) throws InterruptedException {
        CountDownLatch left = new CountDownLatch(n);
        AnimationTimer timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                left.countDown();
            }
        };
        robot.interact(timer::start);
        try {
            assertThat(left.await(20, TimeUnit.SECONDS)).as("pulses").isTrue();
        } finally {
            robot.interact(timer::stop);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The parents still needing layout, by their path of ids and classes. */
    private static java.util.List<String> dirty(Node n) {
        java.util.List<String> found = new java.util.ArrayList<>();
        dirty(n, "", found);
        return found;
    }

    private static void dirty(Node n, String path, java.util.List<String> found) {
        String here = path + "/" + (n.getId() != null ? "#" + n.getId() : n.getClass().getSimpleName());
        if (n.getStyleClass().contains("virtual-flow")) {
            return; // a list lays its cells out itself, in its own pass: their flags say nothing about a loop
        }
        if (n instanceof Parent p) {
            if (p.isNeedsLayout()) {
                found.add(here);
            }
            for (Node c : p.getChildrenUnmodifiable()) {
                dirty(c, here, found);
            }
        }
    }
}
