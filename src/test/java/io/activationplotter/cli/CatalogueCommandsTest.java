package io.activationplotter.cli;

import static io.activationplotter.cli.CliRunner.exec;
import static org.assertj.core.api.Assertions.assertThat;

import io.activationplotter.cli.CliRunner.Result;
import org.junit.jupiter.api.Test;

/** The entries and aliases of issue 13 on the command line: {@code list}, {@code eval}, {@code saturation}. */
class CatalogueCommandsTest {

    @Test
    void listShowsTheNewEntriesWithRangesAndTheAliases() {
        // when
        Result r = exec("list");
        // then
        assertThat(r.code()).isZero();
        assertThat(r.out().lines()).contains("squareplus   b=4 in [0, 20]", "snake        alpha=1 in [0.01, 3]",
                "xielu        alpha_p=0.8 in [0, 3], alpha_n=0.8 in [0, 3], beta=0.5 in [0, 2]",
                "softplus     beta=1 in [0.1, 10], threshold=40 in [0, 40]",
                "hardswish    also: hard_silu, hard_swish", "hardsigmoid  also: hard_sigmoid",
                "hardtanh     min_val=-1 in [-5, 5], max_val=1 in [-5, 5]; also: hard_tanh",
                "gaussian", "exponential", "relu");
    }

    @Test
    void evalSquareplusWithB() {
        // when
        Result r = exec("eval", "squareplus", "--param", "b=4", "--x=-1e300,-1,0,1");
        // then: (x + √(x² + 4))/2, without cancellation far left (4/(4·1e300))
        assertThat(r.code()).isZero();
        assertThat(r.out().lines()).containsExactly("x,f,df", "-1.0E300,1.0E-300,0.0",
                "-1.0,0.6180339887498948,0.276393202250021", "0.0,1.0,0.5",
                "1.0,1.618033988749895,0.7236067977499789");
    }

    @Test
    void anAliasIsAcceptedAsTheName() {
        // when
        Result alias = exec("eval", "hard_silu", "--x=-4,-3,0.5,3");
        Result keras = exec("eval", "Hard-Swish", "--x=-4,-3,0.5,3");
        Result id = exec("eval", "hardswish", "--x=-4,-3,0.5,3");
        // then: the same function, with PyTorch's current f'(−3) = 0, f'(3) = 1 and f(x ≤ −3) = −0.0
        assertThat(alias.code()).isZero();
        assertThat(alias.out()).isEqualTo(id.out()).isEqualTo(keras.out());
        assertThat(id.out().lines()).containsExactly("x,f,df", "-4.0,-0.0,0.0", "-3.0,-0.0,0.0",
                "0.5,0.2916666666666667,0.6666666666666666", "3.0,3.0,1.0");
        assertThat(exec("saturation", "log_sigmoid", "--threshold", "0.05").out())
                .isEqualTo(exec("saturation", "logsigmoid", "--threshold", "0.05").out());
    }

    @Test
    void hardSigmoidMeansKeras3sDefinition() {
        // when: x/6 + 1/2 (Keras 3, JAX, PyTorch), not tf.keras 2's 0.2x + 0.5
        Result r = exec("eval", "hard_sigmoid", "--x=1,2.75");
        // then
        assertThat(r.out().lines()).containsExactly("x,f,df", "1.0,0.6666666666666666,0.16666666666666666",
                "2.75,0.9583333333333334,0.16666666666666666");
    }

    @Test
    void softplusThresholdIsPyTorchsShortcut() {
        // when
        Result exact = exec("eval", "softplus", "--x=20.5");
        Result torch = exec("eval", "softplus", "--param", "threshold=20", "--x=19.5,20.5");
        // then
        assertThat(exact.out().lines()).containsExactly("x,f,df", "20.5,20.500000001250154,0.9999999987498471");
        assertThat(torch.out().lines()).containsExactly("x,f,df", "19.5,19.500000003398267,0.9999999966017321",
                "20.5,20.5,1.0");
    }

    @Test
    void badParametersOfNewEntriesAreOneLineAndExitTwo() {
        // when
        Result r = exec("eval", "snake", "--param", "alpha=0", "--x=1");
        // then
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().lines().toList()).hasSize(1);
        assertThat(r.err()).contains("alpha must be a number from 0.01 to 3");
        assertThat(r.out()).isEmpty();
    }
}
