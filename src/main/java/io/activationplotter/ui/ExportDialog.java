package io.activationplotter.ui;

import java.io.File;
import java.nio.file.Path;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Asks for the PNG's size and file, then exports through the view-model. The checks live in
 * {@link ExportViewModel}; this dialog only binds to it. A failure shows the reason in an error dialog.
 */
final class ExportDialog extends Dialog<ButtonType> {

    private final PlotViewModel vm;
    private final ExportViewModel settings;
    private final Messages text;

    ExportDialog(PlotViewModel vm, Messages text, Window owner) {
        this.vm = vm;
        this.settings = vm.exportSettings();
        this.text = text;
        if (owner != null) {
            initOwner(owner);
        }
        setTitle(text.get("export.title"));
        setHeaderText(text.get("export.header"));
        getDialogPane().getStylesheets().add(ExportDialog.class.getResource(MainView.CSS).toExternalForm());
        io.activationplotter.ui.display.LanguageStyle.apply(getDialogPane(), text);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().setContent(form(owner));
        getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(settings.validProperty().not());
    }

    /** Shows the dialog; on OK exports and reports a failure in an error dialog. */
    void showAndExport() {
        if (showAndWait().filter(b -> b == ButtonType.OK).isEmpty()) {
            return;
        }
        Path target = settings.target().orElseThrow();
        String why = vm.export(target, settings.options().orElseThrow());
        if (why != null) {
            Alert alert = new Alert(Alert.AlertType.ERROR, text.get("export.failed", target, why), ButtonType.OK);
            alert.getDialogPane().getStylesheets().add(ExportDialog.class.getResource(MainView.CSS).toExternalForm());
            io.activationplotter.ui.display.LanguageStyle.apply(alert.getDialogPane(), text);
            alert.setTitle(text.get("export.failedTitle"));
            alert.setHeaderText(text.get("export.failedTitle"));
            if (getOwner() != null) {
                alert.initOwner(getOwner());
            }
            alert.showAndWait();
        }
    }

    private GridPane form(Window owner) {
        TextField width = field("export-width", 6);
        TextField height = field("export-height", 6);
        TextField file = field("export-file", 28);
        width.textProperty().bindBidirectional(settings.widthTextProperty());
        height.textProperty().bindBidirectional(settings.heightTextProperty());
        file.textProperty().bindBidirectional(settings.fileTextProperty());
        Fields.showErrors(width, settings.widthErrorProperty());
        Fields.showErrors(height, settings.heightErrorProperty());
        Button browse = new Button(text.get("export.browse"));
        browse.setId("export-browse");
        browse.setOnAction(e -> choose(owner));
        ChoiceBox<Integer> scale = new ChoiceBox<>();
        scale.setId("export-scale");
        scale.getItems().setAll(1, 2, 3);
        scale.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Integer n) {
                return n == null ? "" : text.get("export.scaleValue", String.valueOf(n));
            }

            @Override
            public Integer fromString(String s) {
                return Integer.valueOf(s.replaceAll("\\D", ""));
            }
        });
        scale.setValue(settings.scaleProperty().get());
        scale.valueProperty().addListener((obs, old, now) -> settings.scaleProperty().set(now));
        Label pixels = new Label();
        pixels.setId("export-pixels");
        pixels.getStyleClass().add("hint");
        pixels.textProperty().bind(settings.pixelsProperty());
        CheckBox dark = new CheckBox(text.get("export.dark"));
        dark.setId("export-dark");
        dark.selectedProperty().bindBidirectional(settings.darkProperty());
        CheckBox transparent = new CheckBox(text.get("export.transparent"));
        transparent.setId("export-transparent");
        transparent.selectedProperty().bindBidirectional(settings.transparentProperty());
        Label problem = new Label();
        problem.setId("export-problem");
        problem.getStyleClass().add(Fields.ERROR);
        problem.textProperty().bind(settings.problemProperty());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(text.get("export.width")), width);
        grid.addRow(1, new Label(text.get("export.height")), height);
        HBox scaleLine = new HBox(12, scale, pixels);
        scaleLine.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        grid.addRow(2, new Label(text.get("export.scale")), scaleLine);
        grid.addRow(3, new Label(text.get("export.look")), new HBox(16, dark, transparent));
        grid.addRow(4, new Label(text.get("export.file")), file, browse);
        grid.add(problem, 0, 5, 3, 1);
        GridPane.setHgrow(file, Priority.ALWAYS);
        return grid;
    }

    private static TextField field(String id, int columns) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(columns);
        return f;
    }

    private void choose(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.get("export.chooser"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(text.get("export.filter"), "*.png"));
        settings.target().ifPresent(p -> {
            File dir = p.toAbsolutePath().getParent() == null ? null : p.toAbsolutePath().getParent().toFile();
            if (dir != null && dir.isDirectory()) {
                chooser.setInitialDirectory(dir);
            }
            chooser.setInitialFileName(p.getFileName().toString());
        });
        File chosen = chooser.showSaveDialog(getDialogPane().getScene().getWindow());
        if (chosen != null) {
            settings.fileTextProperty().set(chosen.getPath());
        }
    }
}
