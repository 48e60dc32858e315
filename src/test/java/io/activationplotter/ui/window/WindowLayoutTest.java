package io.activationplotter.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import io.activationplotter.ui.Tabs;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Leaving presentation restores the window exactly; the toolbar and the tabs fit small windows. */
@ExtendWith(ApplicationExtension.class)
class WindowLayoutTest {

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
        PresentationLayoutTest.resize(robot, stage, 1280, 800);
    }

    private DisplayModel display() {
        return view.getViewModel().display();
    }

    private ToolBar toolbar(FxRobot robot) {
        return robot.lookup("#main-toolbar").queryAs(ToolBar.class);
    }

    /** Every toolbar item is in the bar itself, none in its overflow menu (the skin takes those out). */
    private void assertNothingOverflows(FxRobot robot) {
        ToolBar bar = toolbar(robot);
        for (Node item : bar.getItems()) {
            assertThat(item.getParent()).as(item.getId() + " is in the overflow menu").isNotNull();
            assertThat(item.isVisible()).isTrue();
        }
        assertThat(bar.lookup(".tool-bar-overflow-button").isVisible()).isFalse();
    }

    private Bounds inScene(FxRobot robot, String id) {
        Node n = robot.lookup(id).query();
        return n.localToScene(n.getBoundsInLocal());
    }

    @Test
    void leavingPresentationRestoresPanelsBoundsTabAndAnIntactToolbar(FxRobot robot) {
        // given: the formula panel hidden, the controls shown, the Depth tab, a 1100x720 window
        PresentationLayoutTest.resize(robot, stage, 1100, 720);
        robot.interact(() -> display().infoShownProperty().set(false));
        Tabs.select(robot, "depth");
        Bounds chart = inScene(robot, "#depth-chart");
        double[] window = {stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()};
        assertNothingOverflows(robot);
        // when: present, open both overlays, leave with Esc
        robot.type(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#main-toolbar").tryQuery()).isEmpty();
        assertThat(robot.lookup("#controls-scroll").query().isVisible()).isTrue(); // in its closed overlay
        robot.type(KeyCode.F9).type(KeyCode.F10);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        // then: as before
        assertThat(display().presentationProperty().get()).isFalse();
        assertThat(display().controlsShownProperty().get()).isTrue();
        assertThat(display().infoShownProperty().get()).isFalse();
        assertThat(robot.lookup("#controls-scroll").query().isVisible()).isTrue();
        assertThat(robot.lookup("#info-scroll").query().isVisible()).isFalse();
        assertThat(robot.lookup("#presentation-strip").query().isVisible()).isFalse();
        assertThat(robot.lookup("#main-tabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getId())
                .isEqualTo("depth-tab");
        assertThat(new double[] {stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()})
                .containsExactly(window);
        assertThat(inScene(robot, "#depth-chart")).isEqualTo(chart);
        assertNothingOverflows(robot);
    }

    @Test
    void theLeaveButtonAndF11LeaveToo(FxRobot robot) {
        robot.clickOn("#presentation-toggle");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#leave-presentation-button");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(display().presentationProperty().get()).isFalse();
        assertNothingOverflows(robot);
        robot.type(KeyCode.F11).type(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(display().presentationProperty().get()).isFalse();
        assertNothingOverflows(robot);
    }

    @Test
    void outsidePresentationF9AndF10HideAndShowTheColumns(FxRobot robot) {
        Bounds before = inScene(robot, "#chart");
        robot.type(KeyCode.F9).type(KeyCode.F10);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(display().controlsShownProperty().get()).isFalse();
        assertThat(display().infoShownProperty().get()).isFalse();
        assertThat(inScene(robot, "#chart").getWidth()).isGreaterThan(before.getWidth() + 500);
        robot.type(KeyCode.F9).type(KeyCode.F10);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(inScene(robot, "#chart")).isEqualTo(before);
    }

    @Test
    void theToolbarShowsTheLanguageSelectorAt1024InBothLanguages(FxRobot robot) {
        PresentationLayoutTest.resize(robot, stage, 1024, 768);
        assertNothingOverflows(robot);
        robot.interact(() -> display().setLanguage(Locale.SIMPLIFIED_CHINESE));
        WaitForAsyncUtils.waitForFxEvents();
        assertNothingOverflows(robot);
        assertThat(robot.lookup("#language-selector").query().getParent()).isNotNull();
    }

    @Test
    void atTheMinimumSizeTheChartAndEveryTabHeaderAreVisible(FxRobot robot) {
        // when: the smallest window, every side panel open
        PresentationLayoutTest.resize(robot, stage, WindowBounds.MIN_WIDTH, WindowBounds.MIN_HEIGHT);
        // then: no tab in the overflow dropdown, each header inside the tab pane
        TabPane tabs = robot.lookup("#main-tabs").queryAs(TabPane.class);
        Node dropdown = tabs.lookup(".control-buttons-tab");
        assertThat(dropdown == null || !dropdown.isVisible()).isTrue();
        Bounds pane = tabs.localToScene(tabs.getLayoutBounds());
        List<Node> headers = List.copyOf(tabs.lookupAll(".tab"));
        assertThat(headers).hasSize(ClassroomModels.TABS.size());
        for (Node h : headers) {
            Bounds b = h.localToScene(h.getLayoutBounds());
            assertThat(b.getMaxX()).as(h.getId()).isLessThanOrEqualTo(pane.getMaxX());
            assertThat(b.getWidth()).isPositive();
        }
        Bounds chart = inScene(robot, "#chart");
        assertThat(chart.getWidth()).isGreaterThanOrEqualTo(300);
        assertThat(chart.getMaxX()).isLessThanOrEqualTo(stage.getScene().getWidth());
    }

    @Test
    void theControlsReserveTheScrollBarsWidth(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        ScrollPane controls = robot.lookup("#controls-scroll").queryAs(ScrollPane.class);
        double width = controls.getContent().getLayoutBounds().getWidth();
        // when: the window gets short enough for the controls to scroll
        PresentationLayoutTest.resize(robot, stage, 1280, 600);
        // then: their content keeps its width (no sideways jump)
        assertThat(width).isEqualTo(MainView.CONTROLS_WIDTH);
        assertThat(controls.getContent().getLayoutBounds().getWidth()).isEqualTo(width);
    }

    @Test
    void theCompareDepthAndChainListsGrowWithATallWindow(FxRobot robot) {
        // given: the lists' heights in a 1280x800 window
        Tabs.select(robot, "depth");
        Tabs.select(robot, "chain");
        Tabs.select(robot, "plot");
        String[] lists = {"#compare-scroll", "#depth-functions", "#chain-list"};
        String[] tabs = {"plot", "depth", "chain"};
        double[] before = new double[3];
        for (int i = 0; i < 3; i++) {
            Tabs.select(robot, tabs[i]);
            before[i] = robot.lookup(lists[i]).query().getLayoutBounds().getHeight();
        }
        // when: 1080 px tall
        PresentationLayoutTest.resize(robot, stage, 1280, 1080);
        // then: each list takes (most of) the extra height
        for (int i = 0; i < 3; i++) {
            Tabs.select(robot, tabs[i]);
            assertThat(robot.lookup(lists[i]).query().getLayoutBounds().getHeight()).as(lists[i])
                    .isGreaterThan(before[i] + 200);
        }
    }

    @Test
    void aClassroomTabAtTheMinimumSizeLeavesTheFormulaColumnOutUntilTheWindowWidens(FxRobot robot) {
        // given: the Depth tab, which has controls of its own
        Tabs.select(robot, "depth");
        // when: the smallest window
        PresentationLayoutTest.resize(robot, stage, WindowBounds.MIN_WIDTH, WindowBounds.MIN_HEIGHT);
        // then: the formula column makes way (its setting stays on); the depth chart keeps room
        assertThat(robot.lookup("#info-scroll").query().isVisible()).isFalse();
        assertThat(display().infoShownProperty().get()).isTrue();
        assertThat(inScene(robot, "#depth-chart").getWidth()).isGreaterThanOrEqualTo(250);
        assertThat(robot.lookup("#controls-scroll").query().isVisible()).isTrue();
        // and presenting and leaving again changes nothing of that
        robot.type(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        PresentationLayoutTest.resize(robot, stage, WindowBounds.MIN_WIDTH, WindowBounds.MIN_HEIGHT);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#info-scroll").query().isVisible()).isFalse();
        // when: wider again
        PresentationLayoutTest.resize(robot, stage, 1280, 800);
        assertThat(robot.lookup("#info-scroll").query().isVisible()).isTrue();
    }

    @Test
    void presentingTheStatusLineDropsTheMouseHintAndKeepsTheMessagesButtonWhole(FxRobot robot) {
        // given: a 1024x768 window
        PresentationLayoutTest.resize(robot, stage, 1024, 768);
        assertThat(robot.lookup("#mouse-hint").query().isVisible()).isTrue();
        // when
        robot.interact(() -> display().presentationProperty().set(true));
        WaitForAsyncUtils.waitForFxEvents();
        // then: the hint gives way, the Messages button shows its whole word
        assertThat(robot.lookup("#mouse-hint").query().isVisible()).isFalse();
        javafx.scene.control.Button log = robot.lookup("#message-log-button").queryButton();
        assertThat(log.getWidth()).isGreaterThanOrEqualTo(log.prefWidth(-1) - 0.5);
        // when: leaving
        robot.interact(() -> display().leavePresentation());
        WaitForAsyncUtils.waitForFxEvents();
        // then
        assertThat(robot.lookup("#mouse-hint").query().isVisible()).isTrue();
    }
}
