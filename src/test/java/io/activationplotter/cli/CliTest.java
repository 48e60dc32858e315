package io.activationplotter.cli;

import static io.activationplotter.cli.CliRunner.exec;
import static org.assertj.core.api.Assertions.assertThat;

import io.activationplotter.cli.CliRunner.Result;
import io.activationplotter.model.ActivationType;
import io.activationplotter.model.Catalogue;
import io.activationplotter.model.ParameterSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The top level, {@code list}, help and numbers. */
class CliTest {

    @Test
    void listHasOneLinePerFunctionWithEveryParameter() {
        // when
        Result r = exec("list");
        // then
        assertThat(r.code()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(Catalogue.all().size());
        for (int i = 0; i < lines.size(); i++) {
            ActivationType type = Catalogue.all().get(i);
            assertThat(lines.get(i).split(" ")[0]).isEqualTo(type.id());
            for (ParameterSpec p : type.parameters()) {
                assertThat(lines.get(i)).contains(p.name() + "=" + ParameterSpec.format(p.defaultValue()) + " in ["
                        + ParameterSpec.format(p.min()) + ", " + ParameterSpec.format(p.max()) + "]");
            }
        }
        assertThat(lines).contains("relu", "leaky_relu   negative_slope=0.01 in [0, 1]");
    }

    @Test
    void helpListsCommandsAndExamples() {
        Result r = exec("--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Usage: activation-plotter", "list", "eval", "saturation", "Examples:");
        assertThat(exec("eval", "--help").out()).contains("--x", "--param", "standard input", "Examples:");
        assertThat(exec("saturation", "--help").out()).contains("--threshold", "--range", "low-gradient");
    }

    @Test
    void aRunNamingACommandBuildsOnlyThatOne() {
        assertThat(Cli.commandsFor(new String[] {"gallery", "--out", "dir"})).containsExactly(GalleryCommand.class);
        assertThat(Cli.commandsFor(new String[] {"eval", "relu"})).containsExactly(EvalCommand.class);
        assertThat(Cli.commandsFor(new String[] {"plot"})).hasSize(8).startsWith(ListCommand.class, EvalCommand.class);
        assertThat(Cli.commandsFor(new String[] {"--help"})).hasSize(8);
        assertThat(Cli.commandsFor(new String[0])).hasSize(8);
        // the command alone still has its full name in its usage, and its parent's options are not offered
        assertThat(exec("gallery", "--help").out()).contains("Usage: activation-plotter gallery", "--out");
    }

    @Test
    void unknownCommandNamesIt() {
        Result r = exec("plot", "sigmoid");
        assertThat(r.code()).isEqualTo(Cli.USAGE_ERROR);
        assertThat(r.err().lines()).hasSize(1).first().asString().startsWith("unknown command 'plot': use list, eval");
    }

    @Test
    void unknownOptionNamesIt() {
        Result r = exec("eval", "sigmoid", "--y", "1");
        assertThat(r.code()).isEqualTo(Cli.USAGE_ERROR);
        assertThat(r.err().lines()).hasSize(1).first().asString().contains("--y");
    }

    @Test
    void aMisspeltOptionIsNamedEvenWhenARequiredOneIsThenMissing() {
        Result r = exec("saturation", "sigmoid", "--thresold", "0.1");
        assertThat(r.code()).isEqualTo(Cli.USAGE_ERROR);
        assertThat(r.err().lines()).hasSize(1).first().asString().startsWith("unknown argument '--thresold'");
        Result s = exec("saturation", "sigmoid", "-t", "0.1", "--rang", "1,2");
        assertThat(s.err().lines()).hasSize(1).first().asString().contains("'--rang'", "did you mean --range?");
    }

    @Test
    void noCommandIsAUsageError() {
        Result r = exec();
        assertThat(r.code()).isEqualTo(Cli.USAGE_ERROR);
        assertThat(r.err().lines()).hasSize(1).first().asString().startsWith("missing command: list, eval");
    }

    @Test
    void numbersAreStrictDecimals() {
        assertThat(Numbers.parseFinite(" -1.5e-3 ")).isEqualTo(-1.5e-3);
        assertThat(Numbers.parseFinite(".5")).isEqualTo(0.5);
        assertThat(Numbers.parseFinite("+7.")).isEqualTo(7.0);
        for (String bad : new String[] {"", "-", "1d", "0x1p3", "NaN", "-Infinity", "1e", "1..2", "1,5"}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> Numbers.parseFinite(bad))
                    .isInstanceOf(NumberFormatException.class).hasMessageContaining("'" + bad + "'");
        }
    }
}
