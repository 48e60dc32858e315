package io.activationplotter.cli;

import static io.activationplotter.cli.CliRunner.exec;
import static org.assertj.core.api.Assertions.assertThat;

import io.activationplotter.cli.CliRunner.Result;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The five stories of issue 11, as assertions on the CSV of {@code network}, and its refusals. */
class NetworkCommandTest {

    /** Columns: layer, mean, std, saturated, dead, grad_rms. */
    private static double[][] run(String... args) {
        Result r = exec(args);
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("layer,mean,std,saturated,dead,grad_rms");
        return lines.stream().skip(1).map(l -> java.util.Arrays.stream(l.split(","))
                .mapToDouble(Double::parseDouble).toArray()).toArray(double[][]::new);
    }

    private static String[] net(String function, String init, String... more) {
        List<String> a = new java.util.ArrayList<>(List.of("network", "--function", function, "--layers", "10",
                "--width", "200", "--init", init, "--batch", "100", "--seed", "1"));
        a.addAll(List.of(more));
        return a.toArray(String[]::new);
    }

    @Test
    void tanhWithSigmaOneSaturatesAlmostEveryUnit() {
        double[][] rows = run(net("tanh", "normal", "--std", "1"));
        assertThat(rows).hasNumberOfRows(10);
        for (double[] row : rows) {
            assertThat(row[3]).as("saturated at layer %s", row[0]).isGreaterThan(0.85);
        }
    }

    @Test
    void tanhWithSigmaOneHundredthCollapsesToZero() {
        double[][] rows = run(net("tanh", "normal", "--std", "0.01"));
        assertThat(rows[9][2]).isLessThan(1e-5);
        assertThat(rows[9][2]).isLessThan(rows[0][2] * 1e-4);
    }

    @Test
    void tanhWithXavierStaysHealthy() {
        double[][] rows = run(net("tanh", "xavier_normal"));
        for (double[] row : rows) {
            assertThat(row[2]).as("std at layer %s", row[0]).isBetween(0.15, 0.8);
            assertThat(row[3]).as("saturated at layer %s", row[0]).isLessThan(0.05);
            assertThat(row[5]).as("grad_rms at layer %s", row[0]).isBetween(0.1, 10.0);
        }
    }

    @Test
    void sigmoidGradientsVanishByLayerTen() {
        double[][] rows = run(net("sigmoid", "xavier_normal"));
        assertThat(rows[0][5]).isLessThan(rows[9][5] / 100);
    }

    @Test
    void reluWithHeIsStableAndHalfDead() {
        double[][] rows = run(net("relu", "kaiming_normal"));
        for (double[] row : rows) {
            assertThat(row[4]).as("dead at layer %s", row[0]).isBetween(0.4, 0.6);
            assertThat(row[2]).as("std at layer %s", row[0]).isBetween(0.5, 1.5);
        }
    }

    @Test
    void sameSeedSameCsv() {
        assertThat(exec(net("gelu", "xavier_normal", "--gain", "2")).out())
                .isEqualTo(exec(net("gelu", "xavier_normal", "--gain", "2")).out());
    }

    @Test
    void badArgumentsGiveOneLineAndStatusTwo() {
        for (String[] args : List.of(net("tanh", "uniform"), net("nosuch", "normal"), net("tanh", "normal", "--std", "-1"),
                new String[] {"network", "--function", "tanh", "--layers", "51", "--width", "10", "--init", "normal",
                    "--batch", "1", "--seed", "1"},
                new String[] {"network", "--function", "tanh", "--layers", "2", "--width", "10", "--init", "normal",
                    "--batch", "1", "--seed", "x"})) {
            Result r = exec(args);
            assertThat(r.code()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.out()).isEmpty();
            assertThat(r.err().lines()).hasSize(1);
        }
    }
}
