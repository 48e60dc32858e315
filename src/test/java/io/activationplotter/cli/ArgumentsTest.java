package io.activationplotter.cli;

import static io.activationplotter.cli.CliRunner.exec;
import static org.assertj.core.api.Assertions.assertThat;

import io.activationplotter.cli.CliRunner.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Arguments as an attacker types them: {@code @file}s, control characters, terminal escapes, huge values. */
class ArgumentsTest {

    @TempDir
    Path dir;

    @Test
    void anAtFolderIsAnUnmatchedArgumentOnOneLine() {
        // when: picocli's @file expansion read the folder and printed a 17-line stack trace
        Result r = exec("eval", "gelu", "@" + dir);
        // then
        assertThat(r.code()).isEqualTo(Cli.USAGE_ERROR);
        assertThat(r.err().lines()).hasSize(1).first().asString().contains("'@" + dir + "'");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void anAtFileIsNotExpanded() throws IOException {
        // given: a file whose lines would be valid arguments
        Path args = Files.writeString(dir.resolve("args"), "--x\n1,2\n");
        // when
        Result r = exec("eval", "gelu", "@" + args);
        // then
        assertThat(r.code()).isEqualTo(Cli.USAGE_ERROR);
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aTitleStartingWithAtIsTheTitle() throws IOException {
        // given
        Files.writeString(dir.resolve("ttl"), "from the file");
        Path out = dir.resolve("fig.svg");
        // when
        Result r = exec("export", "--function", "sigmoid", "--title", "@" + dir.resolve("ttl"), "--out",
                out.toString());
        // then
        assertThat(r.code()).isZero();
        assertThat(Files.readString(out)).contains("@" + dir.resolve("ttl")).doesNotContain("from the file");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown command      | X",
        "unknown function     | eval X --x 1",
        "unknown option       | eval sigmoid X 1",
        "bad x                | eval sigmoid --x X",
        "bad param            | eval elu --param X --x 1",
        "bad param value      | eval elu --param alpha=X --x 1",
        "bad threshold        | saturation sigmoid --threshold X",
        "bad range            | saturation sigmoid --threshold 0.1 --range X",
        "export function      | export --function X --out f.png",
        "export range         | export --function sigmoid --range X --out f.png",
        "export threshold     | export --function sigmoid --threshold X --out f.png",
        "export size          | export --function sigmoid --size X --out f.png",
        "export scale         | export --function sigmoid --scale X --out f.png",
        "export theme         | export --function sigmoid --theme X --out f.png",
        "export legend        | export --function sigmoid --legend X --out f.png",
        "export select        | export --function sigmoid --select X --out f.png",
        "export param         | export --function sigmoid --param X=1 --out f.png",
        "export out           | export --function sigmoid --out nope/X.png"})
    void everyMessageThatEchoesInputIsOneEscapedLine(String what, String command) {
        for (String input : new String[] {"a\nb", "-\u001b[2J\u001b]0;owned\u0007", "x\u202Egnp.exe", "q\r\n\u0085z"}) {
            // when
            Result r = exec(command.replace("X", input).split(" "));
            // then
            assertThat(r.code()).as(what).isEqualTo(Cli.USAGE_ERROR);
            assertThat(r.err().lines()).as(what).hasSize(1);
            assertThat(r.err()).as(what).doesNotContain("\u001b", "\r", "\u0085", "\u202E", "\u0007");
        }
    }

    @Test
    void anEscapeIsShownAsAnEscape() {
        Result r = exec("eval", "sigmoid", "--x", "1\n2\u001b[31m");

        assertThat(r.err().lines()).containsExactly("bad --x value: '1\\n2\\e[31m' is not a number");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "x        | eval sigmoid --x X",
        "unknown  | eval sigmoid X",
        "function | eval X --x 1",
        "param    | eval elu --param alpha=X --x 1",
        "range    | export --function sigmoid --range X --out f.png"})
    void aHugeArgumentIsNeverEchoedWhole(String what, String command) {
        String huge = "9".repeat(2_000_000);

        Result r = exec(command.replace("X", huge).split(" "));

        assertThat(r.code()).isEqualTo(Cli.USAGE_ERROR);
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err().length()).isLessThan(Echo.MAX_LINE + 100);
    }

    @Test
    void aHugeLineOnStandardInputIsCut() {
        String huge = "7".repeat(1_000_000) + "x";

        Result r = CliRunner.withStdin("1\n" + huge + "\n", "eval", "tanh");

        assertThat(r.err().lines()).containsExactly("bad x on line 2 of standard input: '" + "7".repeat(60)
                + "…' (1000001 characters) is not a number");
    }
}
