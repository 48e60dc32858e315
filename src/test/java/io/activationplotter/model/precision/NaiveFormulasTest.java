package io.activationplotter.model.precision;

import static org.assertj.core.api.Assertions.assertThat;

import io.activationplotter.model.Activation;
import io.activationplotter.model.Catalogue;
import io.activationplotter.model.functions.Relu;
import io.activationplotter.model.functions.Sigmoid;
import io.activationplotter.model.functions.Softplus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NaiveFormulasTest {

    private static final FloatFormat F16 = FloatFormat.FLOAT16;

    @Test
    void naiveSigmoidAndSoftplusMatchNumpyFloat16() {
        // given
        Activation sigmoid = NaiveFormulas.naive(Sigmoid.TYPE, Map.of(), F16);
        Activation softplus = NaiveFormulas.naive(Softplus.TYPE, Map.of(), F16);
        List<String[]> rows = References.rows("naive_float16.csv");
        assertThat(rows).hasSizeGreaterThan(3000);
        for (String[] row : rows) {
            double x = Double.parseDouble(row[0]);
            // when / then
            assertThat(sigmoid.value(x)).as("sigmoid(%s)", x).isEqualTo(References.number(row[1]));
            assertThat(sigmoid.derivative(x)).as("sigmoid'(%s)", x).isEqualTo(References.number(row[2]));
            assertThat(softplus.value(x)).as("softplus(%s)", x).isEqualTo(References.number(row[3]));
            assertThat(softplus.derivative(x)).as("softplus'(%s)", x).isEqualTo(References.number(row[4]));
        }
    }

    @Test
    void naiveSoftplusOverflowsWhereTheStoredValueIsFinite() {
        Activation naive = NaiveFormulas.naive(Softplus.TYPE, Map.of(), F16);
        Activation stored = StoredActivation.of(Softplus.TYPE.createDefault(), F16);
        assertThat(naive.value(12)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(stored.value(12)).isEqualTo(12.0);
        assertThat(naive.value(11)).isFinite();
    }

    @Test
    void everyNaiveFormulaIsCloseToTheStoredValueNearZero() {
        // a typo in a formula is off by far more; cancellation (log(1+e^x) for x < 0) costs some ulps
        for (String id : List.of("sigmoid", "tanh", "softplus", "silu", "swish", "gelu", "gelu_tanh", "elu", "celu",
                "selu", "mish", "logsigmoid", "softsign")) {
            var type = Catalogue.find(id).orElseThrow();
            assertThat(NaiveFormulas.find(type, Map.of())).as(id).isPresent();
            Activation naive = NaiveFormulas.naive(type, Map.of(), F16);
            Activation stored = StoredActivation.of(type.createDefault(), F16);
            for (double x = -3; x <= 3; x += 0.125) {
                double s = stored.value(x);
                assertThat(Math.abs(naive.value(x) - s)).as("%s(%s)", id, x).isLessThanOrEqualTo(8 * F16.ulp(s) + 4 * F16.ulp(1));
                double d = stored.derivative(x);
                assertThat(Math.abs(naive.derivative(x) - d)).as("%s'(%s)", id, x)
                        .isLessThanOrEqualTo(8 * F16.ulp(d) + 4 * F16.ulp(1));
            }
        }
    }

    @Test
    void functionsWithoutAFormulaFallBackToTheStoredValues() {
        assertThat(NaiveFormulas.find(Relu.TYPE, Map.of())).isEmpty();
        Activation relu = NaiveFormulas.naive(Relu.TYPE, Map.of(), F16);
        assertThat(relu).isInstanceOf(StoredActivation.class);
        assertThat(relu.value(0.1)).isEqualTo(F16.round(0.1));
    }

    @Test
    void storedValuesAreTheExactOnesRoundedAfterRoundingX() {
        Activation stored = StoredActivation.of(Sigmoid.TYPE.createDefault(), F16);
        double x = F16.round(0.3);
        assertThat(stored.value(0.3)).isEqualTo(F16.round(Sigmoid.TYPE.createDefault().value(x)));
        assertThat(stored.derivative(20)).isEqualTo(0.0);
        assertThat(StoredActivation.of(Sigmoid.TYPE.createDefault(), FloatFormat.FLOAT64))
                .isNotInstanceOf(StoredActivation.class);
    }
}
