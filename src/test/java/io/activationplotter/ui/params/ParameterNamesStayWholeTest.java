package io.activationplotter.ui.params;

import static org.assertj.core.api.Assertions.assertThat;

import io.activationplotter.model.ActivationType;
import io.activationplotter.model.Catalogue;
import io.activationplotter.ui.Fields;
import io.activationplotter.ui.Tabs;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Parameter names are never split across lines ("negative_s / lope"): every label showing one is at
 * least as wide as its widest word, in the parameter rows and in the formula panel.
 */
@ExtendWith(ApplicationExtension.class)
class ParameterNamesStayWholeTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Tabs.show(stage);
    }

    /** The stage is shared by every TestFX test class: give the next one its usual size back. */
    @AfterEach
    void restoreSize(FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(800);
        });
    }

    private static double width(Label label, String word) {
        Text t = new Text(word);
        t.setFont(label.getFont());
        return t.getLayoutBounds().getWidth();
    }

    @ParameterizedTest
    @CsvSource({"leaky_relu, #alpha-label, negative_slope", "hardtanh, #param-max_val-label, max_val",
        "rrelu, #param-upper-label, upper", "hardtanh, #alpha-label, min_val"})
    void rowLabelsAndThePanelKeepIdentifiersWhole(String id, String rowLabel, String name, FxRobot robot) {
        // given
        ActivationType type = Catalogue.find(id).orElseThrow();
        robot.interact(() -> robot.lookup("#function-selector").<ComboBox<ActivationType>>query().setValue(type));
        // when: a narrow window
        robot.interact(() -> stage.setWidth(300));
        WaitForAsyncUtils.waitForFxEvents();

        // then
        Label row = robot.lookup(rowLabel).query();
        assertThat(row.getText()).startsWith(name + " = ");
        assertThat(row.getMinWidth()).isGreaterThanOrEqualTo(width(row, name));
        assertThat(row.getWidth()).isGreaterThanOrEqualTo(width(row, name));
        Label panel = robot.lookup("#info-parameters").query();
        assertThat(panel.getText()).contains(name + " = ");
        assertThat(panel.getMinWidth()).isGreaterThanOrEqualTo(width(panel, name))
                .isGreaterThanOrEqualTo(Fields.widestWord(panel));
        Label torch = robot.lookup("#info-torch").query();
        assertThat(torch.getMinWidth()).isGreaterThanOrEqualTo(Fields.widestWord(torch));
    }

    @org.junit.jupiter.api.Test
    void theTorchCallBreaksBeforeTheParameterNameNotInsideIt(FxRobot robot) {
        // given
        ActivationType type = Catalogue.find("leaky_relu").orElseThrow();
        robot.interact(() -> robot.lookup("#function-selector").<ComboBox<ActivationType>>query().setValue(type));
        WaitForAsyncUtils.waitForFxEvents();

        // then: the widest word is the class name, and the parameter name is a word of its own
        Label torch = robot.lookup("#info-torch").query();
        assertThat(torch.getText()).contains("torch.nn.LeakyReLU(\u200anegative_slope)");
        assertThat(Fields.widestWord(torch)).isLessThan(width(torch, "torch.nn.LeakyReLU(negative_slope)"));
        assertThat(torch.getMinWidth()).isGreaterThanOrEqualTo(width(torch, "negative_slope)"));
    }
}
