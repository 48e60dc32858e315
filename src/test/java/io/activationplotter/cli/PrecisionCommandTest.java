package io.activationplotter.cli;

import static io.activationplotter.cli.CliRunner.exec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.activationplotter.cli.CliRunner.Result;
import io.activationplotter.model.precision.FloatFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrecisionCommandTest {

    @Test
    void evalPrintsTheExactValuesRoundedToTheFormatXFirst() {
        // when
        Result r = exec("eval", "sigmoid", "--x=0.1,20", "--dtype", "float16");
        // then
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).containsExactly("x,f,df", "0.0999755859375,0.52490234375,0.2493896484375", "20.0,1.0,0.0");
        for (String field : lines.get(1).split(",")) { // each number reads back to a float16 value
            double v = Double.parseDouble(field);
            assertThat(FloatFormat.FLOAT16.round(v)).isEqualTo(v);
        }
    }

    @Test
    void evalNaiveSoftplusOverflowsInFloat16() {
        Result r = exec("eval", "softplus", "--x=11,12", "--dtype", "float16", "--naive");
        assertThat(r.code()).isZero();
        assertThat(r.out().lines()).containsExactly("x,f,df", "11.0,11.0,1.0", "12.0,Infinity,1.0");
    }

    @Test
    void evalNaiveWithoutAFormulaSaysItPrintsStoredValues() {
        Result r = exec("eval", "relu", "--x=0.1", "--dtype", "bfloat16", "--naive");
        assertThat(r.code()).isZero();
        assertThat(r.out().lines()).containsExactly("x,f,df", "0.10009765625,0.10009765625,1.0");
        assertThat(r.err()).contains("relu has no naive formula").contains("stored values");
    }

    @Test
    void evalWithoutDtypeIsUnchanged() {
        assertThat(exec("eval", "sigmoid", "--x=0.1").out().lines())
                .containsExactly("x,f,df", "0.1,0.52497918747894,0.24937604019289197");
    }

    @Test
    void aBadDtypeIsOneLineAndExitTwo() {
        Result r = exec("eval", "sigmoid", "--x=1", "--dtype", "float8");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).contains("bad --dtype 'float8'").contains("bfloat16");
    }

    @Test
    void saturationAddsUnderflowRowsOnBothSides() {
        // when
        Result r = exec("saturation", "sigmoid", "--threshold", "0.01", "--dtype", "float16");
        // then
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(6);
        assertThat(lines.get(1)).startsWith("-Infinity,").endsWith(",underflow,left");
        assertThat(lines.get(2)).endsWith(",soft,left");
        assertThat(lines.get(3)).endsWith(",soft,right");
        assertThat(lines.get(4)).endsWith(",Infinity,underflow,right");
        assertThat(Double.parseDouble(lines.get(1).split(",")[1]))
                .isCloseTo(-17.32867945439398529550474, within(1.8e-11));
        assertThat(Double.parseDouble(lines.get(4).split(",")[0]))
                .isCloseTo(17.32867945439398529550474, within(1.8e-11));
        assertThat(lines.get(5)).isEqualTo("# left: soft, right: soft");
    }

    @Test
    void saturationUnderflowRowsFollowTheRange() {
        Result r = exec("saturation", "tanh", "-t", "0.01", "--dtype", "float16", "--range", "0,20");
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(Double.parseDouble(lines.get(2).split(",")[0])).isCloseTo(9.357486930108681, within(1e-11));
        assertThat(exec("saturation", "relu", "-t", "0.1", "--dtype", "float16").out().lines())
                .containsExactly("start,end,kind,side", "-Infinity,0.0,hard,left", "# left: hard, right: none");
        assertThat(exec("saturation", "sigmoid", "-t", "0.01", "--dtype", "float64").out().lines()).hasSize(4);
    }
}
