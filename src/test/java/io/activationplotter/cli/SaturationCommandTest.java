package io.activationplotter.cli;

import static io.activationplotter.cli.CliRunner.exec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.activationplotter.cli.CliRunner.Result;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SaturationCommandTest {

    @Test
    void sigmoidHasTwoSoftRegions() {
        // when
        Result r = exec("saturation", "sigmoid", "--threshold", "0.01");
        // then
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).isEqualTo("start,end,kind,side");
        assertThat(lines.get(1)).startsWith("-Infinity,").endsWith(",soft,left");
        assertThat(lines.get(2)).endsWith(",Infinity,soft,right");
        assertThat(lines.get(3)).isEqualTo("# left: soft, right: soft");
        double end = Double.parseDouble(lines.get(1).split(",")[1]);
        double r4 = Math.sqrt(0.96);
        assertThat(end).isCloseTo(-Math.log((1 + r4) / (1 - r4)), within(1e-12 * 4.6));
    }

    @Test
    void geluHasARegionAndAZone() {
        Result r = exec("saturation", "gelu", "-t", "0.01");
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1)).endsWith(",soft,left");
        assertThat(lines.get(2)).endsWith(",low-gradient,interior");
        String[] zone = lines.get(2).split(",");
        assertThat(Double.parseDouble(zone[0])).isCloseTo(-0.7754719024484459, within(1e-12));
        assertThat(Double.parseDouble(zone[1])).isCloseTo(-0.7290798339189214, within(1e-12));
        assertThat(lines.get(3)).isEqualTo("# left: soft, right: none");
    }

    @Test
    void reluEndsExactlyAtZeroAndIsHard() {
        assertThat(exec("saturation", "relu", "--threshold", "0.5").out().lines())
                .containsExactly("start,end,kind,side", "-Infinity,0.0,hard,left", "# left: hard, right: none");
    }

    @Test
    void leakyReluBelowTheThresholdIsASoftRegionWithLeftNone() {
        assertThat(exec("saturation", "leaky_relu", "--param", "negative_slope=0.01", "--threshold", "0.05").out()
                .lines()).containsExactly("start,end,kind,side", "-Infinity,0.0,soft,left",
                        "# left: none, right: none");
    }

    @Test
    void stepIsOneHardRegionOnBothSides() {
        assertThat(exec("saturation", "step", "-t", "0.1").out().lines()).containsExactly("start,end,kind,side",
                "-Infinity,Infinity,hard,both", "# left: hard, right: hard");
    }

    @Test
    void rangeKeepsRegionsThatMeetItUnclipped() {
        // GELU at T = 0.01: left region x < -3.07, zone near -0.75
        List<String> onlyZone = exec("saturation", "gelu", "-t", "0.01", "--range", "-1,1").out().lines().toList();
        assertThat(onlyZone).hasSize(3);
        assertThat(onlyZone.get(1)).endsWith(",low-gradient,interior");
        List<String> both = exec("saturation", "gelu", "-t", "0.01", "--range=-4,-0.76").out().lines().toList();
        assertThat(both).hasSize(4);
        assertThat(both.get(1)).startsWith("-Infinity,");
        List<String> none = exec("saturation", "gelu", "-t", "0.01", "--range", "0,5").out().lines().toList();
        assertThat(none).containsExactly("start,end,kind,side", "# left: soft, right: none");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0      | bad --threshold '0': it must be greater than 0",
        "-0.1   | bad --threshold '-0.1': it must be greater than 0",
        "NaN    | bad --threshold: 'NaN' is not a number",
        "abc    | bad --threshold: 'abc' is not a number"})
    void badThreshold(String t, String message) {
        Result r = exec("saturation", "sigmoid", "--threshold", t);
        assertThat(r.code()).isEqualTo(Cli.USAGE_ERROR);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).containsExactly(message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "'3,1'   | bad --range '3,1': A must be less than B",
        "'2,2'   | bad --range '2,2': A must be less than B",
        "'1'     | bad --range '1': expected A,B, e.g. -6,6",
        "'1,2,3' | bad --range '1,2,3': expected A,B, e.g. -6,6",
        "'a,2'   | bad --range 'a,2': 'a' is not a number"})
    void badRange(String range, String message) {
        Result r = exec("saturation", "sigmoid", "--threshold", "0.1", "--range", range);
        assertThat(r.code()).isEqualTo(Cli.USAGE_ERROR);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).containsExactly(message);
    }

    @Test
    void missingThresholdIsNamed() {
        Result r = exec("saturation", "sigmoid");
        assertThat(r.code()).isEqualTo(Cli.USAGE_ERROR);
        assertThat(r.err().lines()).hasSize(1).first().asString().contains("--threshold");
    }

    @Test
    void unknownFunctionIsNamed() {
        Result r = exec("saturation", "sigmoidd", "-t", "0.1");
        assertThat(r.code()).isEqualTo(Cli.USAGE_ERROR);
        assertThat(r.err().lines()).containsExactly("unknown function 'sigmoidd' (run 'list' to see the names)");
    }
}
