package io.activationplotter.ui.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.activationplotter.ui.Shown;
import io.activationplotter.ui.Tabs;
import io.activationplotter.ui.window.MainView;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Evaluate table is readable: columns as wide as their text, errors in a tooltip, dark theme. */
@ExtendWith(ApplicationExtension.class)
class EvalTableReadableTest {

    private MainView main;
    private EvalViewModel vm;
    private TableView<EvalRow> table;

    @Start
    void start(Stage stage) {
        main = Tabs.show(stage);
        stage.setWidth(1024);
        stage.setHeight(768);
    }

    @BeforeEach
    @SuppressWarnings("unchecked")
    void open(FxRobot robot) {
        Tabs.select(robot, "eval");
        vm = robot.lookup("#eval-view").queryAs(EvalView.class).getViewModel();
        table = robot.lookup("#eval-table").queryAs(TableView.class);
        robot.interact(() -> vm.inputProperty().set("-1 1000000; abc 0.5\n-0.15865525393145707"));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Font cellFont(FxRobot robot) {
        return robot.lookup(".table-cell").queryAs(TableCell.class).getFont();
    }

    @Test
    void everyColumnIsAtLeastAsWideAsItsLongestText(FxRobot robot) {
        assertColumnsFitTheirText(robot);
    }

    @Test
    void presentationsLargerTextStillFitsEveryColumn(FxRobot robot) {
        Font before = cellFont(robot);
        robot.interact(() -> main.getViewModel().display().presentationProperty().set(true));
        WaitForAsyncUtils.waitForFxEvents();
        try {
            assertThat(cellFont(robot).getSize()).isGreaterThan(before.getSize());
            assertColumnsFitTheirText(robot);
        } finally {
            robot.interact(() -> main.getViewModel().display().leavePresentation());
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertColumnsFitTheirText(robot);
    }

    private void assertColumnsFitTheirText(FxRobot robot) {
        Font font = cellFont(robot);
        for (TableColumn<EvalRow, ?> c : table.getColumns()) {
            double longest = 0;
            String widest = "";
            for (int i = 0; i < vm.rowsProperty().size(); i++) {
                Object v = c.getCellData(i);
                String s = v == null ? "" : v.toString();
                Text t = new Text(s);
                t.setFont(font);
                if (t.getLayoutBounds().getWidth() > longest) {
                    longest = t.getLayoutBounds().getWidth();
                    widest = s;
                }
            }
            assertThat(c.getWidth()).as("%s: %s", c.getText(), widest).isGreaterThanOrEqualTo(longest);
        }
        // and no cell on screen is cut short with an ellipsis
        for (Node n : robot.lookup(".table-cell .text").queryAll()) {
            assertThat(((Text) n).getText()).doesNotContain("\u2026").doesNotEndWith("...");
        }
        assertThat(table.getColumns().get(2).getCellData(4)).isEqualTo("-0.15865525393145707");
    }

    @Test
    void anErrorCellShowsTheWholeReasonInATooltip(FxRobot robot) {
        TableCell<?, ?> error = robot.lookup(".table-row-cell." + EvalView.ERROR_ROW + " .table-cell")
                .match(n -> "'abc' is not a number".equals(((Labeled) n).getText())).queryAs(TableCell.class);
        assertThat(error.getTooltip()).isNotNull();
        assertThat(error.getTooltip().getText()).isEqualTo("'abc' is not a number");
        // valid rows have none
        TableCell<?, ?> valid = robot.lookup(".table-cell").match(n -> "1000000".equals(((Labeled) n).getText()))
                .queryAs(TableCell.class);
        assertThat(valid.getTooltip()).isNull();
    }

    @Test
    void darkThemeDrawsLightTextOnDarkCells(FxRobot robot) {
        robot.interact(() -> main.getViewModel().display().darkProperty().set(true));
        WaitForAsyncUtils.waitForFxEvents();
        try {
            TableCell<?, ?> cell = robot.lookup(".table-cell").match(n -> "1000000".equals(((Labeled) n).getText()))
                    .queryAs(TableCell.class);
            assertThat(((Color) cell.getTextFill()).getBrightness()).isGreaterThan(0.8);
            Node row = cell.getParent();
            Color back = (Color) ((javafx.scene.layout.Region) row).getBackground().getFills().get(0).getFill();
            assertThat(back.getBrightness()).isLessThan(0.3);
            TableCell<?, ?> error = robot.lookup(".table-row-cell." + EvalView.ERROR_ROW + " .table-cell")
                    .queryAs(TableCell.class);
            assertThat(((Color) error.getTextFill()).getBrightness()).isGreaterThan(0.8);
            Color errorBack = (Color) ((javafx.scene.layout.Region) error.getParent()).getBackground().getFills().get(0).getFill();
            assertThat(errorBack.getBrightness()).isLessThan(0.5);
        } finally {
            robot.interact(() -> main.getViewModel().display().darkProperty().set(false));
        }
        assertThat(Shown.shown(robot, "#section-function")).isTrue();
        assertThat(Shown.shown(robot, "#section-parameters")).isTrue();
        assertThat(Shown.shown(robot, "#section-view")).isFalse();
        assertThat(Shown.shown(robot, "#section-saturation")).isFalse();
        assertThat(Shown.shown(robot, "#section-compare")).isFalse();
    }
}
