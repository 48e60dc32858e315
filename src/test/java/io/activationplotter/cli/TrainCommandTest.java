package io.activationplotter.cli;

import static io.activationplotter.cli.CliRunner.exec;
import static org.assertj.core.api.Assertions.assertThat;

import io.activationplotter.cli.CliRunner.Result;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrainCommandTest {

    @Test
    void xorWithTheDefaultsEndsAboveNinetyFivePercent() {
        // when
        Result r = exec("train", "--dataset", "xor", "--function", "tanh", "--layers", "2", "--width", "8");
        // then
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("epoch,loss,train_accuracy,test_accuracy");
        assertThat(lines).hasSize(2 + 30); // epoch 0, then every 10th of 300
        assertThat(lines.get(1)).startsWith("0,");
        String[] last = lines.get(lines.size() - 1).split(",");
        assertThat(last[0]).isEqualTo("300");
        assertThat(Double.parseDouble(last[3])).isGreaterThanOrEqualTo(0.95);
        assertThat(Double.parseDouble(last[1])).isLessThan(Double.parseDouble(lines.get(1).split(",")[1]));
    }

    @Test
    void sameSeedSameOutputAndTheLastRowIsTheEnd() {
        String[] args = {"train", "--dataset", "spiral", "--function", "tanh,relu", "--layers", "2", "--width", "4",
            "--epochs", "7", "--every", "3", "--seed", "5", "--optimizer", "sgd", "--lr", "0.05", "--output", "softmax",
            "--noise", "0.2", "--batch", "25"};
        Result a = exec(args);
        Result b = exec(args);
        assertThat(a.code()).isZero();
        assertThat(a.out()).isEqualTo(b.out());
        assertThat(a.out().lines().map(l -> l.split(",")[0]).toList())
                .containsExactly("epoch", "0", "3", "6", "7");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--dataset|moons|unknown --dataset 'moons'",
        "--layers|9|bad --layers '9': it must be from 1 to 8",
        "--width|0|bad --width '0': it must be from 1 to 32",
        "--lr|-1|bad --lr '-1': it must be greater than 0",
        "--function|nosuch|unknown function 'nosuch'",
        "--function|tanh,relu,elu|give one name, or 2 (one per layer)",
        "--noise|0.7|bad --noise '0.7': it must be from 0 to 0.5",
        "--optimizer|rmsprop|unknown --optimizer 'rmsprop'",
        "--epochs|1.5|bad --epochs '1.5': expected a whole number",
        "--param|beta=3|no function listed has a parameter 'beta'",
    })
    void badArgumentsGetOneLineAndExitTwo(String option, String value, String message) {
        List<String> args = new java.util.ArrayList<>(List.of("train", "--dataset", "xor", "--function", "tanh",
                "--layers", "2", "--width", "8", "--epochs", "1"));
        int at = args.indexOf(option);
        if (at >= 0) {
            args.set(at + 1, value);
        } else {
            args.addAll(List.of(option, value));
        }
        Result r = exec(args.toArray(new String[0]));
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines().count()).isEqualTo(1);
        assertThat(r.err()).contains(message);
    }
}
