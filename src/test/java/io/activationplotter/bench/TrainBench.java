package io.activationplotter.bench;

import io.activationplotter.model.Catalogue;
import io.activationplotter.model.network.train.Batches;
import io.activationplotter.model.network.train.DatasetKind;
import io.activationplotter.model.network.train.DecisionGrid;
import io.activationplotter.model.network.train.LayerHealth;
import io.activationplotter.model.network.train.Trainer;
import io.activationplotter.model.network.train.TrainingSetup;
import io.activationplotter.ui.Messages;
import io.activationplotter.ui.network.train.TrainingView;
import io.activationplotter.ui.network.train.TrainingViewModel;
import io.activationplotter.ui.plot.PlotViewModel;
import io.activationplotter.ui.window.MainView;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.event.ChartProgressEvent;

/**
 * Issue 11 §3: training throughput (epochs a second of a 4×16 net on 500 Playground points, 250 of
 * them trained on), the cost of one snapshot (heatmap + unit counts), and the training tab's frames
 * while it trains as fast as it can: pulse intervals, snapshots shown a second, and the draw time of
 * its four charts.
 */
final class TrainBench {

    private static final int WARM_EPOCHS = 300;
    private static final int EPOCHS = 3000;
    private static final long WATCH_NANOS = 8_000_000_000L;

    private TrainBench() {
    }

    static void run(Report report) throws Exception {
        report.section("Training (issue 11 §3): 4×16 nets on the spiral, 500 points (250 trained on), batch 10, Adam");
        for (String f : List.of("relu", "tanh")) {
            throughput(report, f);
        }
        frames(report, DEFAULT_SPEED);
        frames(report, 0);
    }

    private static void throughput(Report report, String function) {
        TrainingSetup s = TrainingSetup.of(DatasetKind.SPIRAL, Catalogue.find(function).orElseThrow().createDefault(), 4, 16);
        Trainer t = new Trainer(s);
        for (int i = 0; i < WARM_EPOCHS; i++) {
            t.epoch();
        }
        long t0 = System.nanoTime();
        for (int i = 0; i < EPOCHS; i++) {
            t.epoch();
        }
        double sec = (System.nanoTime() - t0) / 1e9;
        LayerHealth health = new LayerHealth(t.network(), LayerHealth.DEFAULT_THRESHOLD);
        double[] snap = new double[200];
        double[] in = Batches.inputs(t.data().train());
        for (int i = 0; i < snap.length + 50; i++) {
            long a = System.nanoTime();
            DecisionGrid.probabilities(t.network(), 48);
            health.measure(t.network(), in);
            if (i >= 50) {
                snap[i - 50] = (System.nanoTime() - a) / 1e6;
            }
        }
        report.line(String.format(Locale.ROOT, "- %s: %.0f epochs/s (%d epochs in %.2f s, each 25 steps of 10 "
                + "+ loss and accuracy on all 500 points); one snapshot (48×48 heatmap + unit counts): %s",
                function, EPOCHS / sec, EPOCHS, sec, new Stats(snap).format("ms")));
    }

    /** The tab's default speed, in epochs a second. */
    private static final int DEFAULT_SPEED = 100;

    /** Watches the tab train at a speed (epochs a second; 0 is as fast as it can). */
    private static void frames(Report report, int speed) throws Exception {
        try {
            CountDownLatch started = new CountDownLatch(1);
            Platform.startup(started::countDown);
            started.await();
        } catch (IllegalStateException alreadyStarted) {
            // another section started JavaFX
        }
        TrainingViewModel[] vm = new TrainingViewModel[1];
        List<Long> pulses = new ArrayList<>();
        List<Double> draws = new ArrayList<>();
        long[] drawStart = new long[1];
        int[] epochAtStart = new int[1];
        int[] snapshots = new int[1];
        FxBenches.onFx(() -> {
            Messages text = Messages.load();
            text.setLocale(Locale.ENGLISH);
            MainView view = new MainView(new PlotViewModel(text), text);
            Stage stage = new Stage();
            stage.setScene(new Scene(view, 1280, 800));
            stage.show();
            TabPane tabs = (TabPane) view.lookup("#main-tabs");
            tabs.getTabs().stream().filter(t -> t.getId().equals("network-tab")).findFirst()
                    .ifPresent(t -> tabs.getSelectionModel().select(t));
            view.applyCss();
            view.layout();
            ((javafx.scene.control.ToggleButton) view.lookup("#network-mode-train")).fire(); // training mode
            view.applyCss();
            view.layout();
            vm[0] = ((TrainingView) view.lookup("#train-view")).getViewModel();
            vm[0].datasetProperty().set(DatasetKind.SPIRAL);
            vm[0].activationProperty().set(Catalogue.find("relu").orElseThrow());
            vm[0].layersProperty().set(4);
            vm[0].widthProperty().set(16);
            vm[0].speedProperty().set(speed);
            for (JFreeChart c : List.of(vm[0].decisionChart().getChart(), vm[0].lossChart().getChart(),
                    vm[0].gradientChart().getChart(), vm[0].unitsChart().getChart())) {
                c.addProgressListener(e -> {
                    if (e.getType() == ChartProgressEvent.DRAWING_STARTED) {
                        drawStart[0] = System.nanoTime();
                    } else if (e.getType() == ChartProgressEvent.DRAWING_FINISHED) {
                        draws.add((System.nanoTime() - drawStart[0]) / 1e6);
                    }
                });
            }
            vm[0].epochProperty().addListener((obs, old, now) -> snapshots[0]++);
        });
        Thread.sleep(1500);
        AnimationTimer[] timer = new AnimationTimer[1];
        FxBenches.onFx(() -> {
            draws.clear();
            snapshots[0] = 0;
            epochAtStart[0] = vm[0].epochProperty().get();
            vm[0].play();
            timer[0] = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    pulses.add(now);
                }
            };
            timer[0].start();
        });
        Thread.sleep(WATCH_NANOS / 1_000_000);
        int[] epochs = new int[1];
        FxBenches.onFx(() -> {
            timer[0].stop();
            vm[0].pause();
            epochs[0] = vm[0].epochProperty().get() - epochAtStart[0];
        });
        double[] gaps = new double[Math.max(1, pulses.size() - 1)];
        for (int i = 1; i < pulses.size(); i++) {
            gaps[i - 1] = (pulses.get(i) - pulses.get(i - 1)) / 1e6;
        }
        double sec = WATCH_NANOS / 1e9;
        double[] d = draws.stream().mapToDouble(Double::doubleValue).toArray();
        report.line(String.format(Locale.ROOT, "- training tab while training %s (window 1280×800, "
                + "4 charts): %.1f pulses/s, pulse interval %s; %.1f snapshots shown/s; %.0f epochs/s trained "
                + "meanwhile; one chart's draw %s (target: ≥ 30 frames/s)",
                speed == 0 ? "as fast as it can" : "at " + speed + " epochs/s (the default)",
                pulses.size() / sec, new Stats(gaps).format("ms"), snapshots[0] / sec, epochs[0] / sec,
                new Stats(d.length == 0 ? new double[] {Double.NaN} : d).format("ms")));
    }
}
