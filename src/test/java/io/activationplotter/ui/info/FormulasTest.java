package io.activationplotter.ui.info;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.activationplotter.model.ActivationType;
import io.activationplotter.model.Catalogue;
import org.junit.jupiter.api.Test;
import org.scilab.forge.jlatexmath.TeXIcon;

/** Every catalogue function has f, f' and a PyTorch call, and JLaTeXMath typesets both formulas. */
class FormulasTest {

    @Test
    void everyFunctionHasFormulasThatJLaTeXMathParses() {
        for (ActivationType t : Catalogue.all()) {
            for (String tex : new String[] {Formulas.function(t.id()), Formulas.derivative(t.id())}) {
                assertThat(tex).as(t.id()).isNotBlank();
                TeXIcon icon = TexImages.parse(tex);
                assertThat(icon.getIconWidth()).as(t.id() + ": " + tex).isGreaterThan(20)
                        // the panel is 330 px wide: wider formulas would be shrunk below readable
                        .isLessThanOrEqualTo(300);
                assertThat(icon.getIconHeight()).as(t.id()).isGreaterThan(5);
            }
            assertThat(Formulas.torch(t.id())).as(t.id()).isNotBlank();
        }
    }

    @Test
    void unknownCommandsAreRejected() {
        assertThatThrownBy(() -> TexImages.parse("\\sigmoidx(x) = 1")).isInstanceOf(RuntimeException.class);
    }

    @Test
    void parametersInFormulasAreTheCatalogueNames() {
        // the formulas name parameters as PyTorch does, so the panel and the sliders agree
        assertThat(Formulas.function("leaky_relu")).contains("negative\\_slope");
        assertThat(Formulas.function("hardtanh")).contains("min\\_val").contains("max\\_val");
        assertThat(Formulas.function("threshold")).contains("threshold").contains("value");
    }
}
