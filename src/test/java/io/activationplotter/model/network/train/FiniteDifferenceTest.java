package io.activationplotter.model.network.train;

import static org.assertj.core.api.Assertions.assertThat;

import io.activationplotter.model.Activation;
import io.activationplotter.model.Catalogue;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Backprop against central differences of the loss, parameter by parameter, for smooth activations. */
class FiniteDifferenceTest {

    @ParameterizedTest(name = "{0}/{1} {2}")
    @CsvSource({"tanh, softplus, sigmoid", "gelu, silu, softmax", "sigmoid, mish, sigmoid", "elu, tanh, softmax"})
    void gradientIsTheDerivativeOfTheLoss(String first, String second, String output) {
        List<Activation> f = List.of(fn(first), fn(second), fn(first));
        Mlp net = new Mlp(f, 5, OutputKind.find(output).orElseThrow()).initialise(new SplittableRandom(7));
        Samples s = Dataset.generate(DatasetKind.CIRCLE, 0.1, 3, 12, 0.5).train();
        double[] in = Batches.inputs(s);
        int[] y = Batches.labels(s);
        double[] g = net.backward(net.forward(in), y).values();
        double[] p = net.parameters();
        double worst = 0;
        for (int i = 0; i < p.length; i++) {
            double h = 1e-5 * Math.max(1, Math.abs(p[i]));
            double[] q = p.clone();
            q[i] = p[i] + h;
            net.setParameters(q);
            double up = net.forward(in).loss(y);
            q[i] = p[i] - h;
            net.setParameters(q);
            double down = net.forward(in).loss(y);
            double numeric = (up - down) / (2 * h);
            worst = Math.max(worst, Math.abs(numeric - g[i]) / Math.max(1e-3, Math.abs(numeric) + Math.abs(g[i])));
        }
        assertThat(worst).isLessThan(1e-6);
    }

    @ParameterizedTest
    @CsvSource({"xor", "spiral"})
    void deltaSquaresAreThePerExampleGradientOfEachLayer(String dataset) {
        Mlp net = new Mlp(List.of(fn("tanh"), fn("tanh")), 4, OutputKind.SIGMOID).initialise(new SplittableRandom(1));
        Samples s = Dataset.generate(DatasetKind.find(dataset).orElseThrow(), 0, 5, 4, 0.5).train();
        double[] in = {s.x(0), s.y(0)};
        int[] y = {s.label(0)};
        Gradient g = net.backward(net.forward(in), y);
        // for one row, ∂ℓ/∂z_l of unit j is ∂ℓ/∂b_{l-1, j}: the biases of the weight layer feeding layer l
        double[] grad = g.values();
        int layer1Bias = 2 * 4;
        int layer2Bias = layer1Bias + 4 + 4 * 4;
        double s1 = 0;
        double s2 = 0;
        for (int j = 0; j < 4; j++) {
            s1 += grad[layer1Bias + j] * grad[layer1Bias + j];
            s2 += grad[layer2Bias + j] * grad[layer2Bias + j];
        }
        assertThat(g.deltaSquares()[1]).isCloseTo(s1, org.assertj.core.api.Assertions.within(1e-15));
        assertThat(g.deltaSquares()[2]).isCloseTo(s2, org.assertj.core.api.Assertions.within(1e-15));
        assertThat(g.deltaCount()).isEqualTo(4);
    }

    private static Activation fn(String id) {
        return Catalogue.find(id).orElseThrow().createDefault();
    }
}
