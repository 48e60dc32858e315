package io.activationplotter.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.activationplotter.model.Aliases.Alias;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Other frameworks' names: each finds its entry, none shadows an id, and the Keras/JAX names of issue 13 are there. */
class AliasesTest {

    @Test
    void everyAliasPointsToAnEntryAndNoneIsAnId() {
        Set<String> ids = Catalogue.all().stream().map(ActivationType::id).collect(Collectors.toSet());
        for (Alias a : Aliases.all()) {
            assertThat(ids).as(a.name()).contains(a.target()).doesNotContain(a.name());
            assertThat(a.name()).isLowerCase().doesNotContain("-");
            assertThat(a.source()).isNotBlank();
            assertThat(Catalogue.find(a.name()).map(ActivationType::id)).as(a.name()).contains(a.target());
        }
        assertThat(Aliases.all().stream().map(Alias::name)).doesNotHaveDuplicates();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"hard_silu, hardswish", "hard_swish, hardswish", "HARD-SWISH, hardswish", "hard_sigmoid, hardsigmoid",
        "log_sigmoid, logsigmoid", "soft_sign, softsign", "hard_tanh, hardtanh", "linear, identity",
        "heaviside, step", "gelu_new, gelu_tanh", "gelu_pytorch_tanh, gelu_tanh", "relu2, relu_squared",
        "' Tanh_Shrink ', tanhshrink"})
    void kerasAndJaxNamesFindTheirEntry(String alias, String id) {
        assertThat(Catalogue.find(alias)).containsSame(Catalogue.find(id).orElseThrow());
    }

    @Test
    void idsStayWhatTheyAre() {
        // Keras/JAX's swish is SiLU (no β); here the id swish keeps its β, default 1 (the same function)
        ActivationType swish = Catalogue.find("swish").orElseThrow();
        assertThat(swish.id()).isEqualTo("swish");
        assertThat(swish.createDefault().value(1.5)).isEqualTo(Catalogue.find("silu").orElseThrow().createDefault()
                .value(1.5));
        assertThat(Catalogue.find("gelu").orElseThrow().id()).isEqualTo("gelu"); // exact, as PyTorch's default
        assertThat(Catalogue.find("no_such_alias")).isEmpty();
    }

    @Test
    void hardSigmoidIsKeras3sDefinitionNotTfKeras2s() {
        Activation f = Catalogue.find("hard_sigmoid").orElseThrow().create(Map.of());
        assertThat(f.value(1.0)).isEqualTo(1.0 / 6 + 0.5); // tf.keras 2: 0.2 + 0.5 = 0.7
        assertThat(f.value(2.75)).isLessThan(1.0); // tf.keras 2 saturates from 2.5
        assertThat(f.kinks()).containsExactly(-3.0, 3.0);
    }

    @Test
    void aliasesOfAnEntryAreListedInOrder() {
        assertThat(Aliases.of("hardswish").stream().map(Alias::name)).containsExactly("hard_silu", "hard_swish");
        assertThat(Aliases.of("squareplus")).isEmpty();
    }
}
