package io.activationplotter.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import io.activationplotter.ui.Tabs;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Presentation gives the room one big chart on every tab: at least 90 % of the width and 80 % of the
 * height of the scene, at a projector's 1024×768 and at 1920×1080; the side panels come back as
 * overlays that leave the chart's size alone. (FullScreen sizes the stage to the headless screen, so
 * each test then sizes the stage to the screen it stands for, and measures against the scene.)
 */
@ExtendWith(ApplicationExtension.class)
class PresentationLayoutTest {

    /** Each tab and the ids of its chart (Softmax: both charts together; Evaluate: the table). */
    static final String[][] TABS = {{"plot", "#chart"}, {"depth", "#depth-chart"}, {"chain", "#chain-chart"},
        {"eval", "#eval-table"}, {"softmax", "#softmax-bars", "#softmax-slice"}};

    private Stage stage;
    private MainView view;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        view = Tabs.show(stage);
    }

    /** The stage outlives the test: give the next one the size Tabs.show gives, not full screen. */
    @AfterEach
    void restoreStage(FxRobot robot) {
        robot.interact(() -> display().leavePresentation());
        resize(robot, stage, 1280, 800);
    }

    private DisplayModel display() {
        return view.getViewModel().display();
    }

    /** Sizes the stage, as a screen of that size would, and waits for the layout. */
    static void resize(FxRobot robot, Stage stage, double w, double h) {
        robot.interact(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(w);
            stage.setHeight(h);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** @return the bounds in the scene of a tab's chart nodes together. */
    static Bounds chartBounds(FxRobot robot, String[] tab) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int i = 1; i < tab.length; i++) {
            Node n = robot.lookup(tab[i]).query();
            Bounds b = n.localToScene(n.getBoundsInLocal());
            minX = Math.min(minX, b.getMinX());
            minY = Math.min(minY, b.getMinY());
            maxX = Math.max(maxX, b.getMaxX());
            maxY = Math.max(maxY, b.getMaxY());
        }
        return new BoundingBox(minX, minY, maxX - minX, maxY - minY);
    }

    private void assertBigChartOnEveryTab(FxRobot robot, double w, double h) {
        robot.type(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(display().presentationProperty().get()).isTrue();
        resize(robot, stage, w, h);
        Scene scene = stage.getScene();
        assertThat(scene.getWidth()).isEqualTo(w);
        for (String[] tab : TABS) {
            Tabs.select(robot, tab[0]);
            Bounds chart = chartBounds(robot, tab);
            // the figure the closing notes quote: the chart's share of the screen while presenting
            System.out.printf(java.util.Locale.ROOT, "presentation %.0fx%.0f %s: chart %.1f%% wide, %.1f%% high%n",
                    w, h, tab[0], 100 * chart.getWidth() / scene.getWidth(), 100 * chart.getHeight() / scene.getHeight());
            assertThat(chart.getWidth()).as(tab[0] + " width").isGreaterThanOrEqualTo(0.9 * scene.getWidth());
            assertThat(chart.getHeight()).as(tab[0] + " height").isGreaterThanOrEqualTo(0.8 * scene.getHeight());
            assertThat(chart.getMinX()).isGreaterThanOrEqualTo(0);
            assertThat(chart.getMaxY()).isLessThanOrEqualTo(scene.getHeight());
            // the overlays, by key and by button, float over the chart without resizing it
            robot.type(KeyCode.F9);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(display().controlsOverlayProperty().get()).isTrue();
            // the formula panel describes the Plot tab's function: not offered beside the chain or softmax
            boolean info = !tab[0].equals("chain") && !tab[0].equals("softmax");
            assertThat(robot.lookup("#info-overlay-button").query().isDisabled()).as(tab[0]).isEqualTo(!info);
            if (info) {
                robot.clickOn("#info-overlay-button");
            } else {
                robot.type(KeyCode.F10);
            }
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(display().infoOverlayProperty().get()).isTrue();
            assertThat(robot.lookup("#info-overlay").query().isVisible()).as(tab[0]).isEqualTo(info);
            assertThat(chartBounds(robot, tab)).as(tab[0] + " with overlays").isEqualTo(chart);
            robot.clickOn("#controls-overlay-button");
            robot.type(KeyCode.F10);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(display().controlsOverlayProperty().get()).isFalse();
            assertThat(display().infoOverlayProperty().get()).isFalse();
            assertThat(chartBounds(robot, tab)).isEqualTo(chart);
        }
    }

    @Test
    void presentingAt1024x768GivesEveryTabOneBigChart(FxRobot robot) {
        assertBigChartOnEveryTab(robot, 1024, 768);
    }

    @Test
    void presentingAt1920x1080GivesEveryTabOneBigChart(FxRobot robot) {
        assertBigChartOnEveryTab(robot, 1920, 1080);
    }

    @Test
    void eachTabsOwnControlsFloatOverItsChartWhilePresenting(FxRobot robot) {
        // given: the Depth tab, presenting
        Tabs.select(robot, "depth");
        robot.type(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#depth-controls-overlay").query().isVisible()).isFalse();
        // when
        robot.clickOn("#controls-overlay-button");
        WaitForAsyncUtils.waitForFxEvents();
        // then: the depth controls float, whole; the plot's controls stay closed on this tab
        Node overlay = robot.lookup("#depth-controls-overlay").query();
        assertThat(overlay.isVisible()).isTrue();
        assertThat(robot.lookup("#layers-slider").query().getScene()).isNotNull();
        assertThat(robot.lookup("#controls-overlay").query().isVisible()).isFalse();
        Bounds chart = chartBounds(robot, TABS[1]);
        Bounds panel = overlay.localToScene(overlay.getLayoutBounds()); // without its shadow
        assertThat(panel.getMinX()).isEqualTo(chart.getMinX());
        assertThat(panel.getWidth()).isLessThan(chart.getWidth() / 2);
    }
}
