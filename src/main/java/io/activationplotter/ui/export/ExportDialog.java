package io.activationplotter.ui.export;

import io.activationplotter.ui.Fields;
import io.activationplotter.ui.Messages;
import io.activationplotter.ui.plot.PlotViewModel;
import io.activationplotter.ui.window.MainView;
import io.activationplotter.chart.LegendPosition;
import io.activationplotter.export.ExportFormat;
import java.io.File;
import java.nio.file.Path;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.Node;
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
import javafx.util.StringConverter;

/**
 * Asks for the figure's size, file and format (PNG, SVG, PDF or CSV, in step with the extension) and
 * its look (title, legend, theme, background, PNG scale, derivatives), then exports through the
 * view-model. The checks live in {@link ExportViewModel}; this dialog only binds to it. OK writes the
 * file and closes; if anything is wrong, or writing fails, the dialog stays open with the field
 * marked and the reason shown in it.
 */
public final class ExportDialog extends Dialog<ButtonType> {

    private final PlotViewModel vm;
    private final ExportViewModel settings;
    private final Messages text;

    public ExportDialog(PlotViewModel vm, Messages text, Window owner) {
        this.vm = vm;
        this.settings = vm.exportSettings();
        this.text = text;
        settings.derivativesProperty().set(vm.showDerivativesProperty().get());
        if (owner != null) {
            initOwner(owner);
        }
        setTitle(text.get("export.title"));
        setHeaderText(text.get("export.header"));
        getDialogPane().getStylesheets().add(ExportDialog.class.getResource(MainView.CSS).toExternalForm());
        io.activationplotter.ui.window.LanguageStyle.apply(getDialogPane(), text);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().setContent(form(owner));
        Node ok = getDialogPane().lookupButton(ButtonType.OK);
        ok.disableProperty().bind(settings.validProperty().not());
        // OK writes first and closes only if that worked; otherwise the reason stays in the dialog
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            if (settings.export(vm) != null) {
                e.consume();
            }
        });
    }

    /** Shows the dialog; OK exports (see the class description), Cancel closes without writing. */
    public void showAndExport() {
        showAndWait();
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
        Fields.showErrors(file, settings.fileErrorProperty());
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
        scale.disableProperty().bind(settings.scaleEnabledProperty().not());
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
        problem.setWrapText(true);
        problem.setMaxWidth(520);
        CheckBox derivatives = new CheckBox(text.get("export.derivatives"));
        derivatives.setId("export-derivatives");
        derivatives.selectedProperty().bindBidirectional(settings.derivativesProperty());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(text.get("export.file")), file, browse);
        grid.addRow(1, new Label(text.get("export.format")), choice("export-format", settings.formatProperty(),
                ExportFormat.values(), f -> f.name()));
        grid.addRow(2, new Label(text.get("export.width")), width);
        grid.addRow(3, new Label(text.get("export.height")), height);
        HBox scaleLine = new HBox(12, scale, pixels);
        scaleLine.setAlignment(Pos.CENTER_LEFT);
        grid.addRow(4, new Label(text.get("export.scale")), scaleLine);
        grid.addRow(5, new Label(text.get("export.titleLabel")), titleLine());
        grid.addRow(6, new Label(text.get("export.legend")), choice("export-legend", settings.legendProperty(),
                LegendPosition.values(), p -> text.get("export.legend." + p.name())));
        grid.addRow(7, new Label(text.get("export.look")), new HBox(16, dark, transparent, derivatives));
        grid.add(problem, 0, 8, 3, 1);
        GridPane.setHgrow(file, Priority.ALWAYS);
        return grid;
    }

    private HBox titleLine() {
        ChoiceBox<ExportViewModel.TitleChoice> choice = choice("export-title", settings.titleChoiceProperty(),
                ExportViewModel.TitleChoice.values(), c -> text.get("export.title." + c.name()));
        TextField custom = field("export-title-text", 18);
        custom.setPromptText(text.get("export.customTitle"));
        custom.textProperty().bindBidirectional(settings.customTitleProperty());
        custom.disableProperty().bind(settings.titleChoiceProperty().isNotEqualTo(ExportViewModel.TitleChoice.CUSTOM));
        HBox line = new HBox(8, choice, custom);
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    /** A choice box kept in step with a view-model property both ways, showing each value in words. */
    private static <T> ChoiceBox<T> choice(String id, ObjectProperty<T> value, T[] values, Function<T, String> words) {
        ChoiceBox<T> box = new ChoiceBox<>();
        box.setId(id);
        box.getItems().setAll(values);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : words.apply(t);
            }

            @Override
            public T fromString(String s) {
                return box.getItems().stream().filter(t -> words.apply(t).equals(s)).findFirst().orElse(null);
            }
        });
        box.valueProperty().bindBidirectional(value);
        return box;
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
