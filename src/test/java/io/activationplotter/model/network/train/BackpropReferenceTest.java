package io.activationplotter.model.network.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.activationplotter.model.Activation;
import io.activationplotter.model.Catalogue;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * One forward + backward pass and one Adam step on fixed weights against numpy
 * ({@code tools/network/generate_train_reference.py}, {@code reference/train/backprop.csv}).
 */
class BackpropReferenceTest {

    static final double[] X = {0.7, -1.2, -2.5, 0.4, 1.9, 3.1, -0.3, -4.0};
    static final int[] Y = {1, 0, 0, 1};

    /** The reference network: tanh, sigmoid, ELU (α = 1) layers of 3 units; parameter i = 0.5 sin(1.3 i + 0.2). */
    static Mlp referenceNet(OutputKind output) {
        List<Activation> f = List.of(fn("tanh"), fn("sigmoid"), Catalogue.find("elu").orElseThrow().create(Map.of("alpha", 1.0)));
        Mlp net = new Mlp(f, 3, output);
        double[] p = new double[net.parameterCount()];
        for (int i = 0; i < p.length; i++) {
            p[i] = 0.5 * Math.sin(1.3 * i + 0.2);
        }
        net.setParameters(p);
        return net;
    }

    private static Activation fn(String id) {
        return Catalogue.find(id).orElseThrow().createDefault();
    }

    private static List<Double> reference(String kase, String quantity) throws IOException {
        List<Double> values = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                BackpropReferenceTest.class.getResourceAsStream("/reference/train/backprop.csv"), StandardCharsets.UTF_8))) {
            r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] c = line.split(",");
                if (c[0].equals(kase) && c[1].equals(quantity)) {
                    values.add(Double.parseDouble(c[3]));
                }
            }
        }
        return values;
    }

    @ParameterizedTest
    @EnumSource(OutputKind.class)
    void lossAndGradientMatchNumpy(OutputKind output) throws IOException {
        Mlp net = referenceNet(output);
        Gradient g = net.backward(net.forward(X), Y);
        assertThat(g.loss()).isCloseTo(reference(output.id(), "loss").get(0), within(1e-14));
        List<Double> want = reference(output.id(), "grad");
        assertThat(g.values()).hasSize(want.size());
        for (int i = 0; i < want.size(); i++) {
            assertThat(g.values()[i]).as("gradient %d", i).isCloseTo(want.get(i), within(1e-14));
        }
    }

    @ParameterizedTest
    @EnumSource(OutputKind.class)
    void oneAdamStepMatchesNumpy(OutputKind output) throws IOException {
        Mlp net = referenceNet(output);
        Gradient g = net.backward(net.forward(X), Y);
        OptimizerKind.ADAM.create(0.01, net.parameterCount()).step(net.liveParameters(), g.values());
        List<Double> want = reference(output.id(), "adam");
        for (int i = 0; i < want.size(); i++) {
            assertThat(net.parameters()[i]).as("parameter %d", i).isCloseTo(want.get(i), within(1e-14));
        }
    }
}
