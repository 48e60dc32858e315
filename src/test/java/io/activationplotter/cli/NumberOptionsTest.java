package io.activationplotter.cli;

import static io.activationplotter.cli.CliRunner.exec;
import static org.assertj.core.api.Assertions.assertThat;

import io.activationplotter.cli.CliRunner.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every numeric option of every command takes the same numbers: Java's extras ({@code 0x1p-3}, {@code 1d},
 * {@code 2f}, {@code NaN}, {@code Infinity}) are refused everywhere with one line, exit 2 and nothing written.
 */
class NumberOptionsTest {

    private static final List<String> JAVA_ONLY = List.of("0x1p-3", "1d", "2f", "0x10", "NaN", "Infinity", "1_0");

    @TempDir
    static Path dir;

    /** Each command with one numeric option set to a placeholder {@code N}; the rest is valid. */
    private static final List<String> COMMANDS = List.of(
            "eval sigmoid --x N",
            "eval sigmoid --x 1,N",
            "eval elu --param alpha=N --x 1",
            "saturation sigmoid --threshold N",
            "saturation sigmoid --threshold 0.1 --range N,5",
            "saturation sigmoid --threshold 0.1 --range -5,N",
            "saturation elu --param alpha=N --threshold 0.1",
            "export --function sigmoid --range N,6 --out OUT",
            "export --function sigmoid --range -6,N --out OUT",
            "export --function sigmoid --threshold N --out OUT",
            "export --function sigmoid --scale N --out OUT",
            "export --function sigmoid --scale Nx --out OUT",
            "export --function elu --param alpha=N --out OUT");

    static Stream<Arguments> everyOptionWithEveryJavaOnlyNumber() {
        return COMMANDS.stream().flatMap(c -> JAVA_ONLY.stream().map(n -> Arguments.of(c, n)));
    }

    @ParameterizedTest(name = "{0} with N = {1}")
    @MethodSource("everyOptionWithEveryJavaOnlyNumber")
    void javaOnlyNumbersAreRefusedEverywhere(String command, String number) throws Exception {
        // given
        Path out = dir.resolve("fig.png");
        List<String> args = new ArrayList<>();
        for (String word : command.split(" ")) {
            args.add(word.replace("N", number).replace("OUT", out.toString()));
        }
        // when
        Result r = exec(args.toArray(String[]::new));
        // then
        assertThat(r.code()).isEqualTo(Cli.USAGE_ERROR);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).hasSize(1).first().asString().contains("'" + number + "' is not a number");
        assertThat(Files.exists(out)).isFalse();
    }

    @ParameterizedTest(name = "--size {0}")
    @ValueSource(strings = {"0x10x100", "1e3x100", "100dx100", "100x2f", "１００x100", "100.5x100", "-100x100"})
    void sizeTakesPlainWholeNumbersOnly(String size) {
        Path out = dir.resolve("size.png");

        Result r = exec("export", "--function", "sigmoid", "--size", size, "--out", out.toString());

        assertThat(r.code()).isEqualTo(Cli.USAGE_ERROR);
        assertThat(r.err().lines()).hasSize(1).first().asString().startsWith("--size '" + size + "': expected");
        assertThat(Files.exists(out)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plainDecimalsEverywhere")
    void plainDecimalsAreTakenEverywhere(String command) {
        List<String> args = new ArrayList<>();
        for (String word : command.split(" ")) {
            args.add(word.replace("OUT", dir.resolve("ok.csv").toString()));
        }

        Result r = exec(args.toArray(String[]::new));

        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
    }

    static Stream<String> plainDecimalsEverywhere() {
        return Stream.of("eval sigmoid --x .5,-1.5e-3,+7.", "eval elu --param alpha=1.5e0 --x 1",
                "saturation sigmoid --threshold 1e-2 --range -5.5,+5.",
                "export --function elu --param alpha=.5 --range -6.5,6e0 --threshold 5e-2 --scale 2. --out OUT");
    }
}
