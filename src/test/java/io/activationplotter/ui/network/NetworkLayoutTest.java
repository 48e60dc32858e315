package io.activationplotter.ui.network;

import static org.assertj.core.api.Assertions.assertThat;

import io.activationplotter.ui.Shown;
import io.activationplotter.ui.Tabs;
import io.activationplotter.ui.window.DisplayModel;
import io.activationplotter.ui.window.MainView;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Network tab at a projector's 1024×768: its controls sit in the window's one column, under the
 * function, parameters and saturation, so the charts get most of the width; the Controls toggle
 * hides them with the rest, and presenting floats them over charts that fill the window.
 */
@ExtendWith(ApplicationExtension.class)
class NetworkLayoutTest {

    /** Every control of the network at initialisation, by CSS id. */
    static final List<String> CONTROLS = List.of("#network-mode-init", "#network-mode-train",
            "#network-layers-slider", "#network-width-spinner", "#network-init-choice", "#network-scale-slider",
            "#network-batch-spinner", "#network-seed-spinner", "#network-export-button", "#function-selector",
            "#threshold-slider");

    private Stage stage;
    private MainView main;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        main = Tabs.show(stage);
    }

    @BeforeEach
    void openTheNetworkTabAt1024x768(FxRobot robot) throws Exception {
        resize(robot, 1024, 768);
        Tabs.select(robot, "network");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS,
                () -> !main.getClassroom().network().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The stage outlives the test: give the next one the size Tabs.show gives, not full screen. */
    @AfterEach
    void restore(FxRobot robot) {
        robot.interact(() -> {
            display().leavePresentation();
            display().controlsShownProperty().set(true);
            display().infoShownProperty().set(true);
            display().darkProperty().set(false);
            display().setLanguage(Locale.ENGLISH);
        });
        resize(robot, 1280, 800);
    }

    private DisplayModel display() {
        return main.getViewModel().display();
    }

    private void resize(FxRobot robot, double w, double h) {
        robot.interact(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(w);
            stage.setHeight(h);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** @return the bounds in the scene of the two charts together. */
    private static Bounds charts(FxRobot robot) {
        Bounds a = inScene(robot.lookup("#network-histograms").query());
        Bounds b = inScene(robot.lookup("#network-layers").query());
        double minX = Math.min(a.getMinX(), b.getMinX());
        double minY = Math.min(a.getMinY(), b.getMinY());
        return new BoundingBox(minX, minY, Math.max(a.getMaxX(), b.getMaxX()) - minX,
                Math.max(a.getMaxY(), b.getMaxY()) - minY);
    }

    private static Bounds inScene(Node n) {
        return n.localToScene(n.getLayoutBounds());
    }

    private double share(FxRobot robot) {
        Scene scene = stage.getScene();
        double share = charts(robot).getWidth() / scene.getWidth();
        System.out.printf(Locale.ROOT, "network %.0fx%.0f: charts %.1f%% wide%n", scene.getWidth(),
                scene.getHeight(), 100 * share);
        return share;
    }

    private void assertEveryControlShownAndEnabled(FxRobot robot, String within) {
        Node column = robot.lookup(within).query();
        for (String id : CONTROLS) {
            Node n = robot.lookup(id).query();
            assertThat(n.getScene()).as(id).isSameAs(stage.getScene());
            assertThat(Shown.shown(robot, id)).as(id + " shown").isTrue();
            assertThat(n.isDisabled()).as(id + " enabled").isFalse();
            if (!id.startsWith("#network-mode")) {
                assertThat(isInside(n, column)).as(id + " in " + within).isTrue();
            }
        }
    }

    private static boolean isInside(Node n, Node parent) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p == parent) {
                return true;
            }
        }
        return false;
    }

    @Test
    void theChartsGetMostOfTheWidthAndEveryControlIsInTheOneColumn(FxRobot robot) {
        // then: in English, light
        assertThat(share(robot)).isGreaterThanOrEqualTo(0.6);
        assertEveryControlShownAndEnabled(robot, "#controls-scroll");
        // and in Chinese, dark (a language switch rebuilds the views)
        robot.interact(() -> {
            display().setLanguage(Locale.SIMPLIFIED_CHINESE);
            display().darkProperty().set(true);
        });
        Tabs.select(robot, "network");
        assertThat(share(robot)).isGreaterThanOrEqualTo(0.6);
        assertEveryControlShownAndEnabled(robot, "#controls-scroll");
    }

    @Test
    void theControlsToggleHidesTheNetworksControlsTooAndWidensTheCharts(FxRobot robot) {
        // given: the formula panel off (on, it would take the room the controls leave, as on every tab)
        robot.clickOn("#info-toggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(display().infoShownProperty().get()).isFalse();
        double before = charts(robot).getWidth();
        // when
        robot.clickOn("#controls-toggle");
        WaitForAsyncUtils.waitForFxEvents();
        // then
        assertThat(display().controlsShownProperty().get()).isFalse();
        for (String id : CONTROLS) {
            if (!id.startsWith("#network-mode")) {
                assertThat(Shown.shown(robot, id)).as(id + " hidden").isFalse();
            }
        }
        assertThat(charts(robot).getWidth()).isGreaterThan(before + 250);
        assertThat(share(robot)).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void presentingTheChartsFillTheWindowAndF9FloatsEveryControlOverThem(FxRobot robot) {
        // given: presenting at 1024x768
        robot.type(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        resize(robot, 1024, 768);
        Scene scene = stage.getScene();
        Bounds charts = charts(robot);
        assertThat(charts.getWidth()).isGreaterThanOrEqualTo(0.9 * scene.getWidth());
        assertThat(charts.getHeight()).isGreaterThanOrEqualTo(0.8 * scene.getHeight());
        assertThat(charts.getMaxY()).isLessThanOrEqualTo(scene.getHeight());
        // when: the controls' overlay, by key
        robot.type(KeyCode.F9);
        WaitForAsyncUtils.waitForFxEvents();
        // then: every control floats in it; the charts keep their size
        assertThat(robot.lookup("#controls-overlay").query().isVisible()).isTrue();
        assertEveryControlShownAndEnabled(robot, "#controls-overlay");
        assertThat(charts(robot)).isEqualTo(charts);
        // and the mode switch stays uncovered: Training is one click away, with its own controls floating
        Bounds overlay = inScene(robot.lookup("#controls-overlay").query());
        assertThat(overlay.getMinY()).isGreaterThanOrEqualTo(inScene(robot.lookup("#network-modes").query()).getMaxY());
        robot.clickOn("#network-mode-train");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#controls-overlay").query().isVisible()).isFalse();
        assertThat(robot.lookup("#train-controls-overlay").query().isVisible()).isTrue();
        robot.clickOn("#network-mode-init");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#controls-overlay").query().isVisible()).isTrue();
        // and the button closes it again
        robot.clickOn("#controls-overlay-button");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#controls-overlay").query().isVisible()).isFalse();
        assertThat(charts(robot)).isEqualTo(charts);
    }
}
