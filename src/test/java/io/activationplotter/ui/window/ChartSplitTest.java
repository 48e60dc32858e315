package io.activationplotter.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import io.activationplotter.ui.Tabs;
import javafx.geometry.Insets;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.CornerRadii;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The split panes behind the classroom charts have one plain fill and a border: JavaFX draws a background
 * of several inset fills from a cached image, scaled over the whole area behind the charts in every frame
 * that redraws them, which the software renderer pays for on each slider tick.
 */
@ExtendWith(ApplicationExtension.class)
class ChartSplitTest {

    private MainView main;

    @Start
    void start(Stage stage) {
        main = Tabs.show(stage);
    }

    @AfterEach
    void light(FxRobot robot) {
        robot.interact(() -> main.getViewModel().display().darkProperty().set(false));
    }

    @ParameterizedTest
    @CsvSource({"softmax, #softmax-charts", "network, #network-charts"})
    void theChartsSplitHasOnePlainFillAndABorderInBothThemes(String tab, String id, FxRobot robot) {
        Tabs.select(robot, tab);
        for (boolean dark : new boolean[] {false, true}) {
            robot.interact(() -> main.getViewModel().display().darkProperty().set(dark));
            WaitForAsyncUtils.waitForFxEvents();
            SplitPane split = robot.lookup(id).queryAs(SplitPane.class);
            assertThat(split.getBackground().getFills()).as("fills, dark " + dark).hasSize(1);
            BackgroundFill fill = split.getBackground().getFills().get(0);
            assertThat(fill.getInsets()).isEqualTo(Insets.EMPTY);
            assertThat(fill.getRadii()).isEqualTo(CornerRadii.EMPTY);
            assertThat(fill.getFill()).isEqualTo(main.getBackground().getFills().get(0).getFill());
            assertThat(split.getBorder()).as("border").isNotNull();
            assertThat(split.getBorder().getStrokes()).hasSize(1);
        }
    }
}
