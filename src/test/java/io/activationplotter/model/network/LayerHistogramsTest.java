package io.activationplotter.model.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.activationplotter.model.Catalogue;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class LayerHistogramsTest {

    private static NetworkResult run(String function, double std) {
        NetworkSpec spec = new NetworkSpec(4, 40, Initialisation.NORMAL, std, 1, 25, 3, 0.05);
        return DeepNet.run(spec, Catalogue.find(function).orElseThrow().createDefault(), () -> false);
    }

    @Test
    void everyLayerIsCountedOverTheRunsRange() {
        NetworkResult r = run("tanh", 1);
        LayerHistograms h = LayerHistograms.of(r, 40);

        assertThat(h.lo()).isEqualTo(r.min());
        assertThat(h.hi()).isEqualTo(r.max());
        assertThat(h.fractions()).hasSize(4);
        assertThat(h.bins()).isEqualTo(40);
        assertThat(h.binWidth()).isCloseTo((r.max() - r.min()) / 40, within(1e-15));
        for (int l = 1; l <= 4; l++) {
            assertThat(Arrays.stream(h.layer(l)).sum()).as("layer %d", l).isCloseTo(1, within(1e-12));
            assertThat(h.layer(l)).containsExactly(r.histogram(l, r.min(), r.max(), 40));
        }
    }

    @Test
    void countsMatchAnIndependentTally() {
        // the samples counted by hand: a value v goes to bin floor((v - lo) / width), the top end to the last
        NetworkResult r = run("relu", 1.3);
        LayerHistograms h = LayerHistograms.of(r, 7);
        float[] s = r.samples().get(2);
        double[] tally = new double[7];
        for (float v : s) {
            int k = (int) ((v - h.lo()) / h.binWidth());
            tally[Math.min(6, k)] += 1.0 / s.length;
        }
        assertThat(h.layer(3)).containsExactly(tally, within(1e-12));
    }

    @Test
    void aCollapsedRunIsShownOverMinusOneToOne() {
        // σ tiny: every h is ~0 after a few tanh layers; the range would be empty
        NetworkResult collapsed = new NetworkResult(run("tanh", 1).spec(), run("tanh", 1).layers(),
                List.of(new float[] {0, 0}, new float[] {0, 0}, new float[] {0, 0}, new float[] {0, 0}), 0, 0);
        LayerHistograms h = LayerHistograms.of(collapsed, 4);

        assertThat(h.lo()).isEqualTo(-1);
        assertThat(h.hi()).isEqualTo(1);
        assertThat(h.layer(1)).containsExactly(0, 0, 1, 0);
    }

    @Test
    void badInputIsRefused() {
        NetworkResult r = run("tanh", 1);
        assertThatThrownBy(() -> LayerHistograms.of(r, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LayerHistograms(1, 1, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LayerHistograms(0, Double.NaN, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
