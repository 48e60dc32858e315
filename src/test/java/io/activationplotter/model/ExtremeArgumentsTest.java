package io.activationplotter.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every function gives a number (not NaN) for every finite double, up to ±Double.MAX_VALUE. */
class ExtremeArgumentsTest {

    static java.util.List<ActivationType> all() {
        return Catalogue.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("all")
    void noNaNForHugeFiniteArguments(ActivationType type) {
        Activation f = type.createDefault();
        for (double x : new double[] {1e4, 1.0001e4, 1e20, 1e200, 1e300, Double.MAX_VALUE}) {
            for (double v : new double[] {x, -x}) {
                assertThat(f.value(v)).as("%s(%s)", type.id(), v).isNotNaN();
                assertThat(f.derivative(v)).as("%s'(%s)", type.id(), v).isNotNaN();
            }
        }
    }
}
