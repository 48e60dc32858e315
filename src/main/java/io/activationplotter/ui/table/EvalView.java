package io.activationplotter.ui.table;

import io.activationplotter.ui.Messages;
import io.activationplotter.ui.window.DisplayModel;
import io.activationplotter.ui.window.PresentationFrame;
import io.activationplotter.ui.NumberText;
import io.activationplotter.ui.ViewListeners;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.util.StringConverter;

/**
 * The evaluation tab: a text area for inputs, a table of x, f(x), f'(x) with columns as wide as their
 * text (an error's reason also as a tooltip), and a copy-as-CSV button.
 */
public final class EvalView extends BorderPane {

    /** The style class of a row whose input was not evaluated. */
    public static final String ERROR_ROW = "eval-error";
    /** Room for a cell's padding and the grid, in em. */
    private static final double CELL_PADDING = 1;

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
        box.setPrefWidth(240);
        box.setStyle("-fx-padding: 10;");
        return box;
    }

    /** @return the table, with the label its columns take their font from. */
    private StackPane table() {
        TableView<EvalRow> table = new TableView<>(vm.rowsProperty());
        table.setId("eval-table");
        // columns as wide as their longest text, not squeezed to "0.62245…": a scroll bar if need be
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.getColumns().add(column(text.get("eval.row"), r -> Integer.toString(r.row())));
        table.getColumns().add(column(text.get("eval.col"), r -> Integer.toString(r.col())));
        table.getColumns().add(column("x", EvalRow::x));
        table.getColumns().add(column("f(x)", r -> r.valid() ? NumberText.format(r.value(), 10) : r.error()));
        table.getColumns().add(column("f\u2032(x)", r -> r.valid() ? NumberText.format(r.slope(), 10) : ""));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(EvalRow r, boolean empty) {
                super.updateItem(r, empty);
                getStyleClass().remove(ERROR_ROW);
                if (!empty && r != null && !r.valid()) {
                    getStyleClass().add(ERROR_ROW);
                }
            }
        });
        table.setPlaceholder(new Label(text.get("eval.empty")));
        // A label beside the table, never shown, has the cells' font (inherited from the view, scaled with
        // it by presentation mode). The placeholder is not one: it is in the scene, and styled, only while
        // the table is empty, so with rows its font never followed presentation's larger text.
        Label fontProbe = new Label();
        fontProbe.setManaged(false);
        fontProbe.setVisible(false);
        ViewListeners.onChange(table, vm.rowsProperty(), (ListChangeListener<EvalRow>) c -> fit(table, fontProbe.getFont()));
        fontProbe.fontProperty().addListener((obs, old, now) -> fit(table, now));
        fit(table, fontProbe.getFont());
        return new StackPane(table, fontProbe);
    }

    /** Sizes each column to its widest text, the title (bold, as headers are drawn) included. */
    private void fit(TableView<EvalRow> table, Font font) {
        Font bold = Font.font(font.getFamily(), FontWeight.BOLD, font.getSize());
        for (TableColumn<EvalRow, ?> c : table.getColumns()) {
            @SuppressWarnings("unchecked")
            Function<EvalRow, String> cell = (Function<EvalRow, String>) c.getUserData();
            double w = width(c.getText(), bold);
            for (EvalRow r : vm.rowsProperty()) {
                w = Math.max(w, width(cell.apply(r), font));
            }
            c.setPrefWidth(Math.ceil(w + CELL_PADDING * font.getSize()));
        }
    }

    /**
     * Returns the width of a text in a font, as a cell or header draws it.
     *
     * @param s     the text ({@code null} permitted: 0).
     * @param font  the font ({@code null} not permitted).
     * @return the width in pixels.
     */
    static double width(String s, Font font) {
        if (s == null || s.isEmpty()) {
            return 0;
        }
        Text t = new Text(s);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }

    private static TableColumn<EvalRow, String> column(String title, Function<EvalRow, String> cell) {
        TableColumn<EvalRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(cell.apply(d.getValue())));
        c.setCellFactory(col -> new EvalCell());
        c.setSortable(false);
        c.setUserData(cell);
        return c;
    }

    /** A cell whose full text is also its tooltip on an error row, where the reason may be long. */
    private static final class EvalCell extends TableCell<EvalRow, String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
            EvalRow r = empty || getTableRow() == null ? null : getTableRow().getItem();
            boolean error = r != null && !r.valid() && item != null && !item.isEmpty();
            setTooltip(error ? tooltip(item) : null);
        }

        private static Tooltip tooltip(String reason) {
            Tooltip t = new Tooltip(reason);
            t.setWrapText(true);
            t.setMaxWidth(420);
            return t;
        }
    }
}
