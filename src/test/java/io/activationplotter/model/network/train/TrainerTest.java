package io.activationplotter.model.network.train;

import static org.assertj.core.api.Assertions.assertThat;

import io.activationplotter.model.Catalogue;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Training runs: seeded, the loss falls, dead ReLU units are counted, the heatmap is filled. */
class TrainerTest {

    private static TrainingSetup xor() {
        return TrainingSetup.of(DatasetKind.XOR, Catalogue.find("tanh").orElseThrow().createDefault(), 2, 8);
    }

    @Test
    void sameSetupSameNumbers() {
        Trainer a = new Trainer(xor());
        Trainer b = new Trainer(xor());
        for (int i = 0; i < 5; i++) {
            a.epoch();
            b.epoch();
        }
        assertThat(a.network().parameters()).containsExactly(b.network().parameters());
        assertThat(a.epochsDone()).isEqualTo(5);
    }

    @Test
    void lossFallsWithSgdToo() {
        Trainer t = new Trainer(xor().withTraining(OptimizerKind.SGD, 0.1, 10));
        double before = t.evaluate().trainLoss();
        EpochReport r = null;
        for (int i = 0; i < 20; i++) {
            r = t.epoch();
        }
        assertThat(r.trainLoss()).isLessThan(before * 0.7);
        assertThat(r.gradientRms()).hasSize(2);
        assertThat(java.util.Arrays.stream(r.gradientRms()).allMatch(v -> v > 0 && v < 1e9)).isTrue();
    }

    @Test
    void aReluLayerPushedNegativeIsCountedDead() {
        Mlp net = new Mlp(List.of(Catalogue.find("relu").orElseThrow().createDefault()), 3, OutputKind.SIGMOID);
        double[] p = net.parameters();
        // unit 0 gets bias -100 (never fires), units 1 and 2 bias +100 (always linear)
        p[6] = -100;
        p[7] = 100;
        p[8] = 100;
        net.setParameters(p);
        LayerHealth.Counts c = new LayerHealth(net, 0.05).measure(net, Batches.inputs(Dataset.generate(DatasetKind.XOR, 0, 1).train()));
        assertThat(c.dead()).containsExactly(1);
        assertThat(c.saturated()).containsExactly(0);
    }

    @Test
    void aTanhUnitFarOutIsSaturatedNotDead() {
        Mlp net = new Mlp(List.of(Catalogue.find("tanh").orElseThrow().createDefault()), 2, OutputKind.SIGMOID);
        double[] p = net.parameters();
        p[4] = 50; // z = 50 on every input: |tanh'| < 0.05 but never exactly 0
        net.setParameters(p);
        LayerHealth.Counts c = new LayerHealth(net, 0.05).measure(net, Batches.inputs(Dataset.generate(DatasetKind.GAUSS, 0, 1).train()));
        assertThat(c.dead()).containsExactly(0);
        assertThat(c.saturated()).containsExactly(1);
    }

    @Test
    void decisionGridFollowsTheNetwork() {
        Trainer t = new Trainer(TrainingSetup.of(DatasetKind.GAUSS, Catalogue.find("sigmoid").orElseThrow().createDefault(), 1, 4));
        for (int i = 0; i < 30; i++) {
            t.epoch();
        }
        int cells = 10;
        double[] p = DecisionGrid.probabilities(t.network(), cells);
        assertThat(p).hasSize(100);
        assertThat(p[9 * cells + 9]).isGreaterThan(0.9); // top right: the (2, 2) blob, label 1
        assertThat(p[0]).isLessThan(0.1);
        assertThat(DecisionGrid.centre(0, cells)).isEqualTo(-5.4);
    }
}
