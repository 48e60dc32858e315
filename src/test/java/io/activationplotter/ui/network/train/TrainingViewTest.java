package io.activationplotter.ui.network.train;

import static org.assertj.core.api.Assertions.assertThat;

import io.activationplotter.model.network.train.DatasetKind;
import io.activationplotter.ui.Tabs;
import io.activationplotter.ui.window.MainView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.jfree.data.xy.XYSeries;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class TrainingViewTest {

    private TrainingViewModel vm;

    @Start
    void start(Stage stage) {
        MainView main = Tabs.show(stage);
        assertThat(main).isNotNull();
    }

    @BeforeEach
    void open(FxRobot robot) throws Exception {
        Tabs.select(robot, "network");
        robot.clickOn("#network-mode-train"); // training is the Network tab's second mode
        WaitForAsyncUtils.waitForFxEvents();
        vm = robot.lookup("#train-view").queryAs(TrainingView.class).getViewModel();
        robot.interact(vm::pause);
        robot.interact(vm::reset);
        waitFor(() -> vm.epochProperty().get() == 0 && lossSeries().getItemCount() == 1);
    }

    /** Waits for the training thread's snapshot to reach the FX thread (no time is asserted). */
    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.call();
        });
    }

    private XYSeries lossSeries() {
        return vm.lossChart().getDataset().getSeries(0);
    }

    @Test
    void stepTrainsOneEpochAtATimeAndFillsTheCharts(FxRobot robot) throws Exception {
        // when
        for (int i = 1; i <= 3; i++) {
            robot.clickOn("#train-step");
            int epoch = i;
            waitFor(() -> vm.epochProperty().get() == epoch);
        }
        // then: the loss curves hold epochs 0..3, the heatmap every cell, the points all 500
        assertThat(lossSeries().getItemCount()).isEqualTo(4);
        assertThat(vm.lossChart().getDataset().getSeries(1).getItemCount()).isEqualTo(4);
        assertThat(lossSeries().getX(3).doubleValue()).isEqualTo(3);
        assertThat(vm.decisionChart().getHeatmap().getItemCount(0)).isEqualTo(TrainingWorker.CELLS * TrainingWorker.CELLS);
        double p = vm.decisionChart().getHeatmap().getZValue(0, 0);
        assertThat(p).isBetween(0.0, 1.0);
        int points = 0;
        for (int s = 0; s < 4; s++) {
            points += vm.decisionChart().getPoints().getSeries(s).getItemCount();
        }
        assertThat(points).isEqualTo(500);
        assertThat(vm.gradientChart().getDataset().getSeriesCount()).isEqualTo(2);
        assertThat(vm.unitsChart().getDataset().getColumnCount()).isEqualTo(2);
        assertThat(vm.readoutProperty().get()).startsWith("Epoch 3:");
    }

    @Test
    void aStepRedrawsEachChartOnceAtMostAndTheReadoutShowsItsEpoch(FxRobot robot) throws Exception {
        // given: change events of the boundary, loss, gradient and units charts
        int[] events = new int[4];
        robot.interact(() -> {
            List<org.jfree.chart.JFreeChart> charts = List.of(vm.decisionChart().getChart(),
                    vm.lossChart().getChart(), vm.gradientChart().getChart(), vm.unitsChart().getChart());
            for (int i = 0; i < charts.size(); i++) {
                int k = i;
                charts.get(i).addChangeListener(e -> events[k]++);
            }
        });
        // when
        robot.clickOn("#train-step");
        waitFor(() -> vm.epochProperty().get() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        // then: a new heatmap and curves, one event each; the unit counts only if they changed
        assertThat(events[0]).isEqualTo(1);
        assertThat(events[1]).isEqualTo(1);
        assertThat(events[2]).isEqualTo(1);
        assertThat(events[3]).isBetween(0, 1);
        assertThat(vm.readoutProperty().get()).startsWith("Epoch 1:");
    }

    @Test
    void aNewReadoutLaysOutTheLabelAloneNotThePanel(FxRobot robot) throws Exception {
        // given: the panel around the readout, laid out
        javafx.scene.control.Label readout = robot.lookup("#train-readout").queryAs(javafx.scene.control.Label.class);
        javafx.scene.Parent panel = readout.getParent().getParent();
        WaitForAsyncUtils.waitForFxEvents();
        int[] relayouts = new int[1];
        robot.interact(() -> panel.needsLayoutProperty().addListener((obs, was, now) -> {
            if (now) {
                relayouts[0]++;
            }
        }));
        double height = readout.getParent().getLayoutBounds().getHeight();
        // when: three epochs, three new readouts
        for (int i = 1; i <= 3; i++) {
            robot.interact(vm::step);
            int epoch = i;
            waitFor(() -> vm.epochProperty().get() == epoch);
        }
        WaitForAsyncUtils.waitForFxEvents();
        // then
        assertThat(readout.getText()).startsWith("Epoch 3:");
        assertThat(relayouts[0]).isZero();
        assertThat(readout.getParent().getLayoutBounds().getHeight()).isEqualTo(height);
        assertThat(readout.getHeight()).isGreaterThanOrEqualTo(readout.prefHeight(readout.getWidth()));
    }

    @Test
    void leavingTheTrainingModeOrTheTabPausesTraining(FxRobot robot) throws Exception {
        robot.clickOn("#train-play");
        waitFor(() -> vm.epochProperty().get() >= 2);
        robot.clickOn("#network-mode-init");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.playingProperty().get()).isFalse();
        robot.clickOn("#network-mode-train");
        robot.clickOn("#train-play");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.playingProperty().get()).isTrue();
        Tabs.select(robot, "plot");
        assertThat(vm.playingProperty().get()).isFalse();
    }

    @Test
    void playTrainsUntilPausedThenResetStartsAgain(FxRobot robot) throws Exception {
        // when
        robot.clickOn("#train-play");
        waitFor(() -> vm.epochProperty().get() >= 5);
        robot.clickOn("#train-pause");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.playingProperty().get()).isFalse();
        // the last snapshot after the pause arrives, then nothing moves
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        int paused = vm.epochProperty().get();
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.epochProperty().get()).isEqualTo(paused).isGreaterThanOrEqualTo(5);
        // then reset
        robot.clickOn("#train-reset");
        waitFor(() -> vm.epochProperty().get() == 0);
        assertThat(lossSeries().getItemCount()).isEqualTo(1);
    }

    @Test
    void aChangedSetupStartsANewRunAndABadRateKeepsTheLastOne(FxRobot robot) throws Exception {
        robot.interact(() -> {
            vm.datasetProperty().set(DatasetKind.SPIRAL);
            vm.layersProperty().set(4);
            vm.widthProperty().set(16);
        });
        waitFor(() -> vm.unitsChart().getDataset().getColumnCount() == 4);
        assertThat(vm.setup().hidden()).hasSize(4);
        TextField lr = robot.lookup("#train-lr").queryAs(TextField.class);
        robot.interact(() -> {
            lr.setText("-3");
            lr.fireEvent(new javafx.event.ActionEvent());
        });
        assertThat(vm.learningRateProperty().get()).isEqualTo(0.005);
        assertThat(vm.problemProperty().get()).contains("greater than 0");
        assertThat(lr.getStyleClass()).contains("error");
        robot.interact(() -> {
            lr.setText("0.02");
            lr.fireEvent(new javafx.event.ActionEvent());
        });
        assertThat(vm.learningRateProperty().get()).isEqualTo(0.02);
        assertThat(vm.problemProperty().get()).isEmpty();
        robot.interact(() -> {
            vm.datasetProperty().set(DatasetKind.XOR);
            vm.layersProperty().set(2);
            vm.widthProperty().set(8);
            vm.setLearningRate(0.005);
        });
    }

    @Test
    void theFourFiguresExport(FxRobot robot, @TempDir Path dir) throws Exception {
        List<Path> written = new java.util.ArrayList<>();
        robot.interact(() -> {
            try {
                written.addAll(TrainingExport.write(vm, dir.resolve("run.png")));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(written).extracting(p -> p.getFileName().toString())
                .containsExactly("run-boundary.png", "run-loss.png", "run-gradients.png", "run-units.png");
        for (Path p : written) {
            assertThat(Files.size(p)).isGreaterThan(1000);
        }
    }
}
