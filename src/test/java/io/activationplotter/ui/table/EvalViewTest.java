package io.activationplotter.ui.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.activationplotter.ui.Tabs;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class EvalViewTest {

    private EvalViewModel vm;

    @Start
    void start(Stage stage) {
        Tabs.show(stage);
    }

    @BeforeEach
    void open(FxRobot robot) {
        Tabs.select(robot, "eval");
        vm = robot.lookup("#eval-view").queryAs(EvalView.class).getViewModel();
    }

    private static double sigma(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    @Test
    void defaultMatrixIsEvaluatedWithTheSelectedFunction(FxRobot robot) {
        TableView<?> table = robot.lookup("#eval-table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(6);
        EvalRow r = vm.rowsProperty().get(1);
        assertThat(r.row()).isEqualTo(1);
        assertThat(r.col()).isEqualTo(2);
        assertThat(r.value()).isEqualTo(sigma(-0.6));
        assertThat(r.slope()).isCloseTo(sigma(-0.6) * (1 - sigma(-0.6)), org.assertj.core.api.Assertions.within(1e-16));
    }

    @Test
    void invalidEntriesAreMarkedNotFatalAndCsvRoundTrips(FxRobot robot) {
        TextArea area = robot.lookup("#eval-input").queryAs(TextArea.class);
        robot.interact(() -> area.setText("0.1; abc\n\u22122.5"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.rowsProperty()).hasSize(3);
        assertThat(vm.rowsProperty().get(1).error()).isEqualTo("'abc' is not a number");
        assertThat(vm.summaryProperty().get()).isEqualTo("2 values, 1 not a number");
        robot.clickOn("#copy-csv-button");
        WaitForAsyncUtils.waitForFxEvents();
        String[] text = new String[1];
        robot.interact(() -> text[0] = Clipboard.getSystemClipboard().getString());
        String[] lines = text[0].split("\n");
        assertThat(lines[0]).isEqualTo("x,f,df");
        assertThat(lines).hasSize(3);
        String[] cells = lines[2].split(",");
        assertThat(Double.parseDouble(cells[0])).isEqualTo(-2.5);
        assertThat(Double.parseDouble(cells[1])).isEqualTo(vm.rowsProperty().get(2).value()); // exact round trip
        assertThat(Double.parseDouble(cells[2])).isEqualTo(vm.rowsProperty().get(2).slope());
    }

    @Test
    void chainSourceEvaluatesTheChain(FxRobot robot) {
        robot.interact(() -> vm.sourceProperty().set(EvalViewModel.Source.CHAIN));
        robot.interact(() -> vm.inputProperty().set("-1 2"));
        assertThat(vm.functionNameProperty().get()).isEqualTo("ReLU \u2192 Sigmoid");
        assertThat(vm.rowsProperty().get(0).value()).isEqualTo(0.5);
        assertThat(vm.rowsProperty().get(0).slope()).isEqualTo(0.0);
        assertThat(vm.rowsProperty().get(1).value()).isEqualTo(sigma(2));
    }
}
