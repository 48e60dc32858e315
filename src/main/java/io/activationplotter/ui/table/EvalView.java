package io.activationplotter.ui.table;

import io.activationplotter.ui.Messages;
import io.activationplotter.ui.window.DisplayModel;
import io.activationplotter.ui.window.PresentationFrame;
import io.activationplotter.ui.NumberText;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The evaluation tab: a text area for inputs, a table of x, f(x), f'(x), and a copy-as-CSV button. */
public final class EvalView extends BorderPane {

    private final EvalViewModel vm;
    private final Messages text;

    /**
     * Builds the view.
     *
     * @param vm       the view-model ({@code null} not permitted).
     * @param display  presentation mode, in which the inputs float over the table ({@code null} not permitted).
     * @param text     the strings ({@code null} not permitted).
     */
    public EvalView(EvalViewModel vm, DisplayModel display, Messages text) {
        this.vm = vm;
        this.text = text;
        setId("eval-view");
        PresentationFrame frame = new PresentationFrame(table(), display);
        frame.setLeftPanel("eval-inputs-scroll", inputs(), 340, PresentationFrame.ALWAYS,
                display.controlsOverlayProperty());
        setCenter(frame);
    }

    /** @return the view-model. */
    public EvalViewModel getViewModel() {
        return vm;
    }

    private VBox inputs() {
        ChoiceBox<EvalViewModel.Source> source = new ChoiceBox<>();
        source.setId("eval-source");
        source.getItems().setAll(EvalViewModel.Source.values());
        source.setConverter(new StringConverter<>() {
            @Override
            public String toString(EvalViewModel.Source s) {
                return s == null ? "" : text.get("eval.source." + s.name().toLowerCase(java.util.Locale.ROOT));
            }

            @Override
            public EvalViewModel.Source fromString(String s) {
                return null;
            }
        });
        source.valueProperty().bindBidirectional(vm.sourceProperty());
        Label function = new Label();
        function.setId("eval-function");
        function.textProperty().bind(vm.functionNameProperty());
        function.setStyle("-fx-font-weight: bold;");
        TextArea area = new TextArea();
        area.setId("eval-input");
        area.setPrefRowCount(8);
        area.setWrapText(true);
        area.textProperty().bindBidirectional(vm.inputProperty());
        Label help = new Label(text.get("eval.help"));
        help.setWrapText(true);
        help.getStyleClass().add("hint");
        Label summary = new Label();
        summary.setId("eval-summary");
        summary.textProperty().bind(vm.summaryProperty());
        Button copy = new Button(text.get("eval.copy"));
        copy.setId("copy-csv-button");
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(vm.csv());
            Clipboard.getSystemClipboard().setContent(content);
        });
        VBox box = new VBox(8, new Label(text.get("eval.source")), source, function, new Label(text.get("eval.input")),
                area, help, new HBox(10, copy, summary));
        box.setPrefWidth(340);
        box.setStyle("-fx-padding: 10;");
        return box;
    }

    private TableView<EvalRow> table() {
        TableView<EvalRow> table = new TableView<>(vm.rowsProperty());
        table.setId("eval-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column(text.get("eval.row"), r -> Integer.toString(r.row())));
        table.getColumns().add(column(text.get("eval.col"), r -> Integer.toString(r.col())));
        table.getColumns().add(column("x", EvalRow::x));
        table.getColumns().add(column("f(x)", r -> r.valid() ? NumberText.format(r.value(), 10) : r.error()));
        table.getColumns().add(column("f\u2032(x)", r -> r.valid() ? NumberText.format(r.slope(), 10) : ""));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(EvalRow r, boolean empty) {
                super.updateItem(r, empty);
                setStyle(!empty && r != null && !r.valid() ? "-fx-background-color: #fbe3e1;" : "");
            }
        });
        table.setPlaceholder(new Label(text.get("eval.empty")));
        return table;
    }

    private static TableColumn<EvalRow, String> column(String title, Function<EvalRow, String> cell) {
        TableColumn<EvalRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(cell.apply(d.getValue())));
        c.setSortable(false);
        return c;
    }
}
