package io.activationplotter.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.activationplotter.model.Extremes.MaxSlope;
import io.activationplotter.model.Extremes.Span;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** max |f'| against mpmath references (30 digits, see the comments) and the shape of "where". */
class ExtremesTest {

    private static MaxSlope max(String id) {
        return Extremes.maxAbsDerivative(Catalogue.find(id).orElseThrow().createDefault());
    }

    private static void assertPoint(MaxSlope m, double value, double at, double tolAt) {
        assertThat(m.value()).isCloseTo(value, within(1e-12));
        assertThat(m.where()).hasSize(1);
        assertThat(m.where().get(0).isPoint()).isTrue();
        assertThat(m.where().get(0).lo()).isCloseTo(at, within(tolAt));
    }

    @Test
    void smoothMaximaMatchMpmath() {
        assertPoint(max("sigmoid"), 0.25, 0, 1e-6);
        assertPoint(max("tanh"), 1, 0, 1e-6);
        // mpmath: x* = sqrt(2) = 1.41421356237..., GELU'(x*) = 1.12890414518515478634
        assertPoint(max("gelu"), 1.12890414518515478634, Math.sqrt(2), 1e-5);
        // mpmath: x* = 2.39935728051546766784, SiLU'(x*) = 1.09983932012886691696
        assertPoint(max("silu"), 1.09983932012886691696, 2.39935728051546766784, 1e-5);
        // mpmath: x* = 1.49057117948542845929, Mish'(x*) = 1.08849816125172786123
        assertPoint(max("mish"), 1.08849816125172786123, 1.49057117948542845929, 1e-5);
    }

    @Test
    void piecewiseLinearFunctionsReportTheirPlateaus() {
        assertThat(max("relu").value()).isEqualTo(1);
        assertThat(max("relu").where()).containsExactly(new Span(0, Double.POSITIVE_INFINITY));
        assertThat(max("identity").where()).containsExactly(
                new Span(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY));
        assertThat(max("hardtanh").where()).containsExactly(new Span(-1, 1));
        assertThat(max("relu6").where()).containsExactly(new Span(0, 6));
        assertThat(max("hardsigmoid").value()).isCloseTo(1.0 / 6, within(1e-15));
        assertThat(max("hardsigmoid").where()).containsExactly(new Span(-3, 3));
        assertThat(max("softshrink").where()).containsExactly(
                new Span(Double.NEGATIVE_INFINITY, -0.5), new Span(0.5, Double.POSITIVE_INFINITY));
    }

    @Test
    void supremaOnlyApproachedAreLimits() {
        MaxSlope softplus = max("softplus");
        assertThat(softplus.value()).isCloseTo(1, within(1e-12));
        assertThat(softplus.where()).containsExactly(new Span(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY));
        assertThat(max("logsigmoid").where().get(0).isLimit()).isTrue();
        assertThat(max("tanhshrink").where()).hasSize(2).allMatch(Span::isLimit);
    }

    @Test
    void kinksAreReportedExactly() {
        // SELU: lambda * alpha * e^x -> 1.0507 * 1.6733 = 1.7581 as x -> 0-
        MaxSlope selu = max("selu");
        assertThat(selu.value()).isCloseTo(1.0507009873554805 * 1.6732632423543772, within(1e-6));
        assertThat(selu.where()).containsExactly(new Span(0, 0));
        MaxSlope hardswish = max("hardswish");
        assertThat(hardswish.value()).isCloseTo(1.5, within(1e-6));
        assertThat(hardswish.where()).containsExactly(new Span(3, 3));
        Activation elu2 = Catalogue.find("elu").orElseThrow().create(Map.of("alpha", 2.0));
        assertThat(Extremes.maxAbsDerivative(elu2).where()).isEqualTo(List.of(new Span(0, 0)));
    }

    @Test
    void everyCatalogueEntryHasAFiniteMaximum() {
        for (ActivationType t : Catalogue.all()) {
            MaxSlope m = Extremes.maxAbsDerivative(t.createDefault());
            assertThat(m.value()).as(t.id()).isFinite().isGreaterThanOrEqualTo(0);
            assertThat(m.where()).as(t.id()).isNotEmpty();
        }
    }
}
