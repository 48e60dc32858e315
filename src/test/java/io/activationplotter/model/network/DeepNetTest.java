package io.activationplotter.model.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.activationplotter.model.Activation;
import io.activationplotter.model.Catalogue;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The network's algebra checked against values derived independently: a naive triple-loop product for
 * the identity, the exact variance (Nσ²)^l of a linear net, a central finite difference of the loss
 * Σ G ⊙ h_L for the backward pass, and the seed.
 */
class DeepNetTest {

    private static Activation fn(String id) {
        return Catalogue.find(id).orElseThrow().createDefault();
    }

    @Test
    void identityOutputIsTheProductOfTheInputAndEveryWeightMatrix() {
        // given: a small linear net, multiplied out naively
        NetworkSpec spec = new NetworkSpec(3, 7, Initialisation.NORMAL, 0.4, 1, 5, 11, 0.05);
        double[] expected = DeepNet.input(spec);
        for (int l = 1; l <= 3; l++) {
            expected = naive(expected, 5, 7, DeepNet.weights(spec, l), 7);
        }
        // when
        double[] actual = DeepNet.output(spec, fn("identity"), DeepNet.input(spec));
        // then
        for (int i = 0; i < expected.length; i++) {
            assertThat(actual[i]).isCloseTo(expected[i], within(1e-12 * (1 + Math.abs(expected[i]))));
        }
    }

    @Test
    void identityVarianceGrowsByWidthTimesSigmaSquaredPerLayer() {
        // given: N sigma^2 = 1.21, so sd(h_l) = 1.1^l
        int n = 400;
        NetworkSpec spec = new NetworkSpec(6, n, Initialisation.NORMAL, 1.1 / Math.sqrt(n), 1, 400, 3, 0.05);
        // when
        NetworkResult r = DeepNet.run(spec, fn("identity"), () -> false);
        // then: within 4 % (sampling: 160,000 entries, one draw of the weights)
        for (LayerStats s : r.layers()) {
            assertThat(s.std()).as("layer %d", s.layer()).isCloseTo(Math.pow(1.1, s.layer()),
                    within(0.04 * Math.pow(1.1, s.layer())));
            assertThat(s.saturated()).isZero();
            assertThat(s.dead()).isZero();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"tanh", "sigmoid", "elu", "gelu", "softplus", "silu"})
    void backwardPassMatchesFiniteDifferences(String id) {
        // given
        Activation f = fn(id);
        NetworkSpec spec = new NetworkSpec(4, 5, Initialisation.XAVIER_NORMAL, 1, 1.5, 3, 7, 0.05);
        double[] x = DeepNet.input(spec);
        double[] g = DeepNet.upstream(spec);
        // when
        double[] grad = DeepNet.inputGradient(spec, f, x);
        // then
        double h = 1e-5;
        for (int i = 0; i < x.length; i++) {
            double[] plus = x.clone();
            double[] minus = x.clone();
            plus[i] += h;
            minus[i] -= h;
            double fd = (loss(spec, f, plus, g) - loss(spec, f, minus, g)) / (2 * h);
            assertThat(grad[i]).as("%s, input %d", id, i).isCloseTo(fd, within(1e-6 * (1 + Math.abs(fd))));
        }
    }

    @Test
    void theSameSeedGivesTheSameNumbersAndAnotherSeedOthers() {
        NetworkSpec spec = new NetworkSpec(3, 50, Initialisation.KAIMING_NORMAL, 1, 1, 20, 42, 0.05);
        NetworkResult a = DeepNet.run(spec, fn("relu"), () -> false);
        NetworkResult b = DeepNet.run(spec, fn("relu"), () -> false);
        NetworkResult c = DeepNet.run(new NetworkSpec(3, 50, Initialisation.KAIMING_NORMAL, 1, 1, 20, 43, 0.05),
                fn("relu"), () -> false);
        assertThat(b.layers()).isEqualTo(a.layers());
        assertThat(c.layers().get(0).std()).isNotEqualTo(a.layers().get(0).std());
    }

    @Test
    void sigmaFollowsTheInitialisationFormulas() {
        assertThat(Initialisation.XAVIER_NORMAL.sigma(300, 100, 9, 2)).isCloseTo(2 * Math.sqrt(2.0 / 400), within(1e-15));
        assertThat(Initialisation.KAIMING_NORMAL.sigma(200, 7, 9, 2)).isCloseTo(0.1, within(1e-15));
        assertThat(Initialisation.NORMAL.sigma(200, 7, 0.3, 2)).isEqualTo(0.3);
    }

    @Test
    void aCancelledRunStops() {
        NetworkSpec spec = new NetworkSpec(2, 50, Initialisation.NORMAL, 1, 1, 20, 1, 0.05);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DeepNet.run(spec, fn("tanh"), () -> true))
                .isInstanceOf(CancellationException.class);
    }

    @Test
    void histogramsCountEverySample() {
        NetworkSpec spec = new NetworkSpec(2, 30, Initialisation.XAVIER_NORMAL, 1, 1, 10, 1, 0.05);
        NetworkResult r = DeepNet.run(spec, fn("tanh"), () -> false);
        double[] hist = r.histogram(2, -1, 1, 20);
        assertThat(java.util.Arrays.stream(hist).sum()).isCloseTo(1, within(1e-12));
        assertThat(r.min()).isGreaterThanOrEqualTo(-1);
        assertThat(r.max()).isLessThanOrEqualTo(1);
    }

    private static double loss(NetworkSpec spec, Activation f, double[] x, double[] g) {
        double[] out = DeepNet.output(spec, f, x);
        double s = 0;
        for (int i = 0; i < out.length; i++) {
            s += g[i] * out[i];
        }
        return s;
    }

    private static double[] naive(double[] a, int n, int k, double[] b, int m) {
        double[] c = new double[n * m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                double s = 0;
                for (int p = 0; p < k; p++) {
                    s += a[i * k + p] * b[p * m + j];
                }
                c[i * m + j] = s;
            }
        }
        return c;
    }
}
