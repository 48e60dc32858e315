package io.activationplotter.ui.info;

import static org.assertj.core.api.Assertions.assertThat;

import io.activationplotter.model.ActivationType;
import io.activationplotter.model.Catalogue;
import io.activationplotter.ui.Tabs;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scilab.forge.jlatexmath.TeXIcon;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Output ranges are typeset like the formulas: \cup, \infty and intervals in TeX, not "(-1, ∞) U {0}". */
@ExtendWith(ApplicationExtension.class)
class OutputRangeTexTest {

    @Start
    void start(Stage stage) {
        Tabs.show(stage);
    }

    @Test
    void everyFunctionHasARangeThatJLaTeXMathParses() {
        for (ActivationType t : Catalogue.all()) {
            String tex = Formulas.range(t.id());
            assertThat(tex).as(t.id()).isNotBlank().doesNotContain(" U ").doesNotContain("inf)");
            TeXIcon icon = TexImages.parse(tex);
            assertThat(icon.getIconWidth()).as(t.id() + ": " + tex).isGreaterThan(20).isLessThanOrEqualTo(300);
        }
        assertThat(Formulas.range("hardshrink")).contains("\\cup").contains("\\infty").contains("\\lambda");
    }

    @Test
    void thePanelShowsTheRangeTypeset(FxRobot robot) {
        // when
        ActivationType type = Catalogue.find("hardshrink").orElseThrow();
        robot.interact(() -> robot.lookup("#function-selector").<ComboBox<ActivationType>>query().setValue(type));
        WaitForAsyncUtils.waitForFxEvents();

        // then
        Label range = robot.lookup("#info-range").query();
        ImageView tex = robot.lookup("#info-range-formula").query();
        assertThat(range.getContentDisplay()).isEqualTo(ContentDisplay.GRAPHIC_ONLY);
        assertThat(range.getGraphic()).isSameAs(tex);
        assertThat(tex.getImage()).isNotNull();
        assertThat(tex.getImage().getWidth()).isGreaterThan(60);
        assertThat(robot.lookup("#info-range").queryAs(Label.class).getText()).contains("lambd");
    }
}
