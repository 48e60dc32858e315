package io.activationplotter.ui.export;

import io.activationplotter.ui.Fields;
import io.activationplotter.ui.Messages;
import io.activationplotter.ui.plot.PlotViewModel;
import io.activationplotter.ui.window.MainView;
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
 * Asks for the figure's size and file (PNG, SVG, PDF or CSV, chosen by the extension), then exports through the view-model. The checks live in
 * {@link ExportViewModel}; this dialog only binds to it. A failure shows the reason in an error dialog.
 */
public final class ExportDialog extends Dialog<ButtonType> {

    private final PlotViewModel vm;
    private final ExportViewModel settings;
    private final Messages text;

    public ExportDialog(PlotViewModel vm, Messages text, Window owner) {
        this.vm = vm;
        this.settings = vm.exportSettings();
        this.text = text;
        if (owner != null) {
            initOwner(owner);
        }
        setTitle(text.get("export.title"));
        setHeaderText(text.get("export.header"));
        getDialogPane().getStylesheets().add(ExportDialog.class.getResource(MainView.CSS).toExternalForm());
        io.activationplotter.ui.window.LanguageStyle.apply(getDialogPane(), text);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().setContent(form(owner));
        getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(settings.validProperty().not());
    }

    /** Shows the dialog; on OK exports and reports a failure in an error dialog. */
    public void showAndExport() {
        if (showAndWait().filter(b -> b == ButtonType.OK).isEmpty()) {
            return;
        }
        Path target = settings.target().orElseThrow();
        String why = vm.export(target, settings.options().orElseThrow());
        if (why != null) {
            Alert alert = new Alert(Alert.AlertType.ERROR, text.get("export.failed", target, why), ButtonType.OK);
            alert.getDialogPane().getStylesheets().add(ExportDialog.class.getResource(MainView.CSS).toExternalForm());
            io.activationplotter.ui.window.LanguageStyle.apply(alert.getDialogPane(), text);
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
        for (String ext : FORMATS) {
            chooser.getExtensionFilters().add(
                    new FileChooser.ExtensionFilter(text.get("export.filter." + ext), "*." + ext));
        }
        settings.folder().ifPresent(dir -> chooser.setInitialDirectory(dir.toFile()));
        settings.target().ifPresent(p -> {
            chooser.setInitialFileName(p.getFileName().toString());
            chooser.getExtensionFilters().stream().filter(f -> f.getExtensions().contains("*." + extension(p)))
                    .findFirst().ifPresent(chooser::setSelectedExtensionFilter);
        });
        File chosen = chooser.showSaveDialog(getDialogPane().getScene().getWindow());
        if (chosen != null) {
            settings.fileTextProperty().set(withExtension(chosen, chooser.getSelectedExtensionFilter()));
        }
    }

    /** The formats offered, by extension; the file's extension chooses the format. */
    static final java.util.List<String> FORMATS = java.util.List.of("png", "svg", "pdf", "csv");

    /** @return the chosen path, with the chosen filter's extension added if the name has none. */
    public static String withExtension(File chosen, FileChooser.ExtensionFilter filter) {
        String name = chosen.getName();
        if (name.contains(".") || filter == null || filter.getExtensions().isEmpty()) {
            return chosen.getPath();
        }
        return chosen.getPath() + filter.getExtensions().get(0).substring(1);
    }

    private static String extension(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }
}
