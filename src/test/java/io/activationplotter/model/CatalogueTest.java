package io.activationplotter.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CatalogueTest {

    private static final List<String> CORE = List.of("sigmoid", "tanh", "relu", "leaky_relu", "elu", "softplus",
            "silu", "swish", "gelu");

    private static final List<String> ALL_IDS = List.of("identity", "step", "sigmoid", "tanh", "relu", "relu6",
            "leaky_relu", "prelu", "rrelu", "elu", "selu", "celu", "gelu", "gelu_tanh", "silu", "swish", "mish",
            "softplus", "softsign", "hardtanh", "hardsigmoid", "hardswish", "tanhshrink", "softshrink",
            "hardshrink", "logsigmoid", "threshold",
            // issue 13: Keras, JAX and paper activations
            "relu_squared", "quick_gelu", "squareplus", "sparse_plus", "sparse_sigmoid", "isru", "isrlu",
            "bent_identity", "gaussian", "smish", "tanhexp", "elish", "snake", "xielu", "exponential");

    /** id → {name, default, min, max} per parameter, in declaration order (PyTorch names and defaults). */
    private static final Map<String, Object[][]> PARAMETERS = Map.ofEntries(
            Map.entry("leaky_relu", new Object[][] {{"negative_slope", 0.01, 0.0, 1.0}}),
            Map.entry("prelu", new Object[][] {{"init", 0.25, 0.0, 1.0}}),
            Map.entry("rrelu", new Object[][] {{"lower", 1.0 / 8, 0.0, 1.0}, {"upper", 1.0 / 3, 0.0, 1.0}}),
            Map.entry("elu", new Object[][] {{"alpha", 1.0, 0.0, 3.0}}),
            Map.entry("celu", new Object[][] {{"alpha", 1.0, 0.1, 3.0}}),
            Map.entry("swish", new Object[][] {{"beta", 1.0, 0.0, 5.0}}),
            Map.entry("softplus", new Object[][] {{"beta", 1.0, 0.1, 10.0}, {"threshold", 40.0, 0.0, 40.0}}),
            Map.entry("hardtanh", new Object[][] {{"min_val", -1.0, -5.0, 5.0}, {"max_val", 1.0, -5.0, 5.0}}),
            Map.entry("softshrink", new Object[][] {{"lambd", 0.5, 0.0, 3.0}}),
            Map.entry("hardshrink", new Object[][] {{"lambd", 0.5, 0.0, 3.0}}),
            Map.entry("threshold", new Object[][] {{"threshold", 1.0, -5.0, 5.0}, {"value", 0.0, -5.0, 5.0}}),
            Map.entry("squareplus", new Object[][] {{"b", 4.0, 0.0, 20.0}}),
            Map.entry("isru", new Object[][] {{"alpha", 1.0, 0.0, 10.0}}),
            Map.entry("isrlu", new Object[][] {{"alpha", 1.0, 0.0, 10.0}}),
            Map.entry("snake", new Object[][] {{"alpha", 1.0, 0.01, 3.0}}),
            Map.entry("xielu", new Object[][] {{"alpha_p", 0.8, 0.0, 3.0}, {"alpha_n", 0.8, 0.0, 3.0},
                {"beta", 0.5, 0.0, 2.0}}));

    static Stream<ActivationType> types() {
        return Catalogue.all().stream();
    }

    @Test
    void holdsEveryPyTorchActivationOnceWithTheCoreFirst() {
        List<String> ids = Catalogue.all().stream().map(ActivationType::id).toList();
        assertThat(ids).containsExactlyInAnyOrderElementsOf(ALL_IDS);
        assertThat(ids.subList(0, CORE.size())).containsExactlyElementsOf(CORE);
    }

    @Test
    void showsReadableDistinctNames() {
        Map<String, String> names = new HashMap<>();
        Catalogue.all().forEach(t -> names.put(t.id(), t.displayName()));
        assertThat(names).containsEntry("leaky_relu", "Leaky ReLU").containsEntry("gelu_tanh", "GELU (tanh approx.)")
                .containsEntry("swish", "Swish (β)").containsEntry("silu", "SiLU").containsEntry("gelu", "GELU");
        assertThat(names.values()).doesNotHaveDuplicates();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    void roundTripsThroughFindAndCreatesItsDefault(ActivationType type) {
        assertThat(Catalogue.find(type.id())).containsSame(type);
        assertThat(Catalogue.find(" " + type.id().toUpperCase().replace('_', '-') + " ")).containsSame(type);
        Activation f = type.createDefault();
        assertThat(f.value(0.5)).isFinite();
        assertThat(type.validate(type.defaults())).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    void declaresPyTorchParameterNamesDefaultsAndSliderRanges(ActivationType type) {
        Object[][] expected = PARAMETERS.getOrDefault(type.id(), new Object[0][]);
        assertThat(type.parameters()).hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
            ParameterSpec p = type.parameters().get(i);
            assertThat(p.name()).isEqualTo(expected[i][0]);
            assertThat(p.defaultValue()).isEqualTo(expected[i][1]);
            assertThat(p.min()).isEqualTo(expected[i][2]);
            assertThat(p.max()).isEqualTo(expected[i][3]);
            String symbol = switch (p.name()) {
                case "alpha" -> "α";
                case "beta" -> "β";
                case "lambd" -> "λ";
                default -> p.name();
            };
            assertThat(p.symbol()).isEqualTo(symbol);
        }
        assertThat(type.mainParameter().map(ParameterSpec::name))
                .isEqualTo(expected.length == 0 ? java.util.Optional.empty()
                        : java.util.Optional.of(expected[0][0]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    void rejectsOutOfRangeValuesNamingTheParameterAndTheRange(ActivationType type) {
        for (ParameterSpec p : type.parameters()) {
            for (double bad : new double[] {Math.nextDown(p.min()), Math.nextUp(p.max()), Double.NaN}) {
                String error = type.validate(Map.of(p.name(), bad));
                assertThat(error).as("%s %s=%s", type.id(), p.name(), bad).isNotNull().contains(p.name())
                        .contains(ParameterSpec.format(p.min())).contains(ParameterSpec.format(p.max()));
                assertThatThrownBy(() -> type.create(Map.of(p.name(), bad)))
                        .isInstanceOf(IllegalArgumentException.class).hasMessage(error);
            }
        }
        assertThat(type.validate(Map.of("bogus", 1.0))).contains("bogus").contains(type.id());
    }

    @Test
    void rejectsRreluWithLowerAboveUpper() {
        ActivationType rrelu = Catalogue.find("rrelu").orElseThrow();
        assertThat(rrelu.validate(Map.of("lower", 0.5, "upper", 0.25)))
                .isEqualTo("lower must not exceed upper (got lower = 0.5, upper = 0.25)");
        assertThat(rrelu.validate(Map.of("lower", 0.4, "upper", 0.4))).isNull();
        assertThat(rrelu.validate(Map.of("lower", 0.4))).contains("lower must not exceed upper");
    }

    @Test
    void rejectsHardtanhWithMinNotBelowMax() {
        ActivationType hardtanh = Catalogue.find("hardtanh").orElseThrow();
        assertThat(hardtanh.validate(Map.of("min_val", 2.0, "max_val", 2.0)))
                .isEqualTo("min_val must be less than max_val (got min_val = 2, max_val = 2)");
        assertThat(hardtanh.validate(Map.of("min_val", 3.0))).contains("min_val must be less than max_val");
        assertThat(hardtanh.validate(Map.of("min_val", -5.0, "max_val", 5.0))).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    void describesItselfAndItsKinkConvention(ActivationType type) {
        ActivationInfo info = type.info();
        assertThat(info.summary()).isNotBlank();
        assertThat(info.outputRange()).isNotBlank();
        Activation f = type.createDefault();
        boolean breaks = f.kinks().length > 0 || f.jumps().length > 0;
        if (breaks) {
            assertThat(info.kinkConvention()).as(type.id()).isNotBlank();
        }
    }

    @Test
    void findsNothingForUnknownNames() {
        assertThat(Catalogue.find("relu7")).isEmpty();
        assertThat(Catalogue.find("")).isEmpty();
    }
}
