package io.activationplotter.bench;

import io.activationplotter.model.Catalogue;
import io.activationplotter.model.network.train.Batches;
import io.activationplotter.model.network.train.DatasetKind;
import io.activationplotter.model.network.train.DecisionGrid;
import io.activationplotter.model.network.train.LayerHealth;
import io.activationplotter.model.network.train.Trainer;
import io.activationplotter.model.network.train.TrainingSetup;
import java.util.List;
import java.util.Locale;

/**
 * Issue 11 §3: training throughput (epochs a second of a 4×16 net on 500 Playground points, 250 of
 * them trained on), the cost of one snapshot (heatmap + unit counts), and the training tab's frames
 * while it trains at the default speed and as fast as it can ({@link TrainFrames}).
 */
final class TrainBench {

    private static final int WARM_EPOCHS = 300;
    private static final int EPOCHS = 3000;

    private TrainBench() {
    }

    static void run(Report report) throws Exception {
        report.section("Training (issue 11 §3): 4×16 nets on the spiral, 500 points (250 trained on), batch 10, Adam");
        for (String f : List.of("relu", "tanh")) {
            throughput(report, f);
        }
        TrainFrames.run(report, DEFAULT_SPEED);
        TrainFrames.run(report, 0);
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
}
