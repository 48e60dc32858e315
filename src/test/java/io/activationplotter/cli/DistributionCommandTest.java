package io.activationplotter.cli;

import static io.activationplotter.cli.CliRunner.exec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.activationplotter.cli.CliRunner.Result;
import java.util.List;
import org.junit.jupiter.api.Test;

class DistributionCommandTest {

    @Test
    void printsExactlyTheRowsOfTheIssueInOrder() {
        // when
        Result r = exec("distribution", "relu", "--mean", "0", "--std", "2");
        // then
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.stream().map(l -> l.split(",")[0]).toList()).containsExactly("quantity", "saturated",
                "saturated_left", "saturated_right", "low_gradient", "dead", "mean_f", "std_f", "mean_df", "mean_df2");
        // ReLU of N(0, 4): half dead, E[f] = 2/sqrt(2 pi), E[f'] = E[f'^2] = 1/2
        assertThat(value(lines, 5)).isEqualTo(0.5);
        assertThat(value(lines, 6)).isCloseTo(2 / Math.sqrt(2 * Math.PI), within(1e-14));
        assertThat(value(lines, 7)).isCloseTo(Math.sqrt(2 - 2 / Math.PI), within(1e-14));
        assertThat(value(lines, 8)).isCloseTo(0.5, within(1e-14));
        assertThat(value(lines, 9)).isCloseTo(0.5, within(1e-14));
    }

    @Test
    void takesParametersAndAThreshold() {
        Result r = exec("distribution", "leaky_relu", "--param", "negative_slope=0.2", "--mean", "0", "--std", "1",
                "--threshold", "0.3");
        assertThat(value(r.out().lines().toList(), 2)).isCloseTo(0.5, within(1e-15)); // slope 0.2 < T on the left
    }

    @Test
    void badArgumentsGiveOneLineAndStatusTwo() {
        for (String[] args : List.of(new String[] {"distribution", "tanh", "--mean", "0", "--std", "0"},
                new String[] {"distribution", "tanh", "--mean", "x", "--std", "1"},
                new String[] {"distribution", "tanh", "--std", "1"},
                new String[] {"distribution", "tanh", "--mean", "0", "--std", "1", "--threshold", "-2"})) {
            Result r = exec(args);
            assertThat(r.code()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.err().lines()).hasSize(1);
        }
    }

    private static double value(List<String> lines, int row) {
        return Double.parseDouble(lines.get(row).split(",")[1]);
    }
}
