package io.activationplotter.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import io.activationplotter.model.ActivationType;
import io.activationplotter.model.Catalogue;
import io.activationplotter.settings.ClassroomState;
import io.activationplotter.settings.SessionState;
import io.activationplotter.ui.Messages;
import io.activationplotter.ui.Tabs;
import io.activationplotter.ui.chain.ChainView;
import io.activationplotter.ui.chain.ChainViewModel;
import io.activationplotter.ui.depth.DepthView;
import io.activationplotter.ui.depth.DepthViewModel;
import io.activationplotter.ui.plot.PlotViewModel;
import io.activationplotter.ui.softmax.SoftmaxView;
import io.activationplotter.ui.softmax.SoftmaxViewModel;
import io.activationplotter.ui.table.EvalView;
import io.activationplotter.ui.table.EvalViewModel;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Reset to defaults, then Undo (the status line's button or Ctrl+Z) brings the whole previous state back, once. */
@ExtendWith(ApplicationExtension.class)
class SessionResetUndoTest {

    private static final ActivationType ELU = type("elu");
    private static final ActivationType TANH = type("tanh");
    private static final ActivationType GELU = type("gelu");
    private static final ActivationType SIGMOID = type("sigmoid");

    private Stage stage;
    private MainView view;
    private PlotViewModel vm;

    private static ActivationType type(String id) {
        return Catalogue.find(id).orElseThrow();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        view = Tabs.show(stage);
        vm = view.getViewModel();
    }

    /** Changes the plot, the display and every classroom tab, through their models. */
    private void changeEverything(FxRobot robot) {
        Tabs.select(robot, "depth");
        Tabs.select(robot, "eval");
        Tabs.select(robot, "softmax");
        robot.interact(() -> {
            vm.selectedTypeProperty().set(ELU);
            vm.parametersProperty().get(0).commitText("2.5");
            vm.setCompared(TANH, true);
            vm.range().apply("-3", "4");
            vm.display().darkProperty().set(true);
            vm.display().infoShownProperty().set(false);
            depth(robot).layersProperty().set(30);
            depth(robot).setFunctions(List.of(GELU));
            eval(robot).inputProperty().set("1, 2, 3");
            eval(robot).sourceProperty().set(EvalViewModel.Source.CHAIN);
            softmax(robot).temperatureProperty().set(3);
            softmax(robot).logitsTextProperty().set("5, 5");
        });
        ChainViewModel chain = chain(robot);
        robot.interact(() -> chain.setStages(List.of(TANH, GELU)));
    }

    private DepthViewModel depth(FxRobot robot) {
        return robot.lookup("#depth-view").queryAs(DepthView.class).getViewModel();
    }

    private EvalViewModel eval(FxRobot robot) {
        return robot.lookup("#eval-view").queryAs(EvalView.class).getViewModel();
    }

    private SoftmaxViewModel softmax(FxRobot robot) {
        return robot.lookup("#softmax-view").queryAs(SoftmaxView.class).getViewModel();
    }

    /** Shows the chain tab and returns its model. */
    private static ChainViewModel chain(FxRobot robot) {
        Tabs.select(robot, "chain");
        return robot.lookup("#chain-view").queryAs(ChainView.class).getViewModel();
    }

    private void assertChanged(FxRobot robot) {
        assertThat(vm.selectedTypeProperty().get()).isEqualTo(ELU);
        assertThat(vm.parameterValues(ELU)).containsEntry("alpha", 2.5);
        assertThat(vm.comparedProperty()).containsExactly(TANH);
        assertThat(vm.range().viewMin()).isEqualTo(-3);
        assertThat(vm.display().darkProperty().get()).isTrue();
        assertThat(vm.display().infoShownProperty().get()).isFalse();
        assertThat(depth(robot).layersProperty().get()).isEqualTo(30);
        assertThat(depth(robot).getFunctions()).containsExactly(GELU);
        assertThat(eval(robot).inputProperty().get()).isEqualTo("1, 2, 3");
        assertThat(eval(robot).sourceProperty().get()).isEqualTo(EvalViewModel.Source.CHAIN);
        assertThat(softmax(robot).temperatureProperty().get()).isEqualTo(3);
        assertThat(softmax(robot).logitsTextProperty().get()).isEqualTo("5, 5");
        assertThat(chain(robot).getStages()).containsExactly(TANH, GELU);
    }

    @Test
    void theUndoButtonBringsBackPlotDisplayAndEveryTabOnce(FxRobot robot) {
        // given
        changeEverything(robot);
        assertThat(robot.lookup("#undo-reset").query().isVisible()).isFalse();
        // when
        robot.clickOn("#main-menu").clickOn("#menu-reset-defaults");
        WaitForAsyncUtils.waitForFxEvents();
        // then: defaults everywhere, and an Undo offered
        assertThat(vm.selectedTypeProperty().get()).isEqualTo(SIGMOID);
        assertThat(vm.parameterValues(ELU)).isEqualTo(ELU.defaults());
        assertThat(vm.comparedProperty()).isEmpty();
        assertThat(vm.display().darkProperty().get()).isFalse();
        assertThat(vm.display().infoShownProperty().get()).isTrue();
        assertThat(depth(robot).layersProperty().get()).isEqualTo(10);
        assertThat(eval(robot).inputProperty().get()).isEqualTo(EvalViewModel.DEFAULT_INPUT);
        assertThat(eval(robot).sourceProperty().get()).isEqualTo(EvalViewModel.Source.SELECTED);
        assertThat(softmax(robot).temperatureProperty().get()).isEqualTo(1);
        assertThat(softmax(robot).logitsTextProperty().get()).isEqualTo(SoftmaxViewModel.DEFAULT_LOGITS);
        assertThat(chain(robot).getStages()).containsExactly(type("relu"), SIGMOID);
        assertThat(vm.messageProperty().get()).isEqualTo(vm.text().get("session.resetDone"));
        assertThat(robot.lookup("#undo-reset").query().isVisible()).isTrue();

        // when
        robot.clickOn("#undo-reset");
        WaitForAsyncUtils.waitForFxEvents();
        // then: everything as before the reset, and no second undo
        assertChanged(robot);
        assertThat(robot.lookup("#undo-reset").query().isVisible()).isFalse();
        boolean[] again = new boolean[1];
        robot.interact(() -> {
            vm.display().darkProperty().set(false);
            again[0] = view.getSession().undoReset();
        });
        assertThat(again[0]).isFalse();
        assertThat(vm.display().darkProperty().get()).isFalse();
    }

    @Test
    void ctrlZUndoesTheResetOutsideATextFieldOnly(FxRobot robot) {
        // given
        changeEverything(robot);
        Tabs.select(robot, "plot");
        robot.clickOn("#reset-defaults-button");
        // when: Ctrl+Z while typing in the x-range field is the field's own undo
        robot.clickOn("#x-min").press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        // then
        assertThat(vm.selectedTypeProperty().get()).isEqualTo(SIGMOID);
        // when: Ctrl+Z with the focus on a button
        Node button = robot.lookup("#reset-view-button").query();
        robot.interact(button::requestFocus);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        // then
        assertChanged(robot);
    }

    @Test
    void undoBringsBackTheSavedSetupOfATabNeverShown(FxRobot robot) {
        // given: a session whose softmax setup waits for its tab
        MainView[] made = new MainView[1];
        robot.interact(() -> {
            made[0] = new MainView(new PlotViewModel(), Messages.load(), new SessionState("sigmoid", List.of(),
                    Map.of(), -6, 6, 0.05, true, "light", "", null, null,
                    new ClassroomState(null, null, null, null, null, "7, 8", 4.0, null)));
            Scene scene = new Scene(made[0], 1280, 800);
            made[0].installAccelerators(scene);
            stage.setScene(scene);
        });
        // when
        robot.interact(() -> made[0].resetToDefaults());
        assertThat(made[0].getSession().snapshot(null).classroom().softmaxTemperature()).isNull();
        robot.interact(() -> made[0].getSession().undoReset());
        Tabs.select(robot, "softmax");
        // then
        assertThat(softmax(robot).temperatureProperty().get()).isEqualTo(4.0);
        assertThat(softmax(robot).logitsTextProperty().get()).isEqualTo("7, 8");
    }
}
