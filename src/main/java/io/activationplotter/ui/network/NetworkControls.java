package io.activationplotter.ui.network;

import io.activationplotter.model.network.Initialisation;
import io.activationplotter.model.network.NetworkSpec;
import io.activationplotter.ui.Messages;
import io.activationplotter.ui.NumberText;
import io.activationplotter.ui.ViewListeners;
import java.io.File;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * The controls of the network at initialisation: depth, width, initialisation, σ or gain, batch and
 * seed, the export, the run's status and readout, and a note on the experiment. A section with its
 * own heading, for the window's column under the plot's function, parameters and saturation
 * ({@link io.activationplotter.ui.plot.ControlsPane#setTabControls}). Built per view; the
 * view-model outlives it (a language switch rebuilds it), so it listens through {@link ViewListeners}.
 */
public final class NetworkControls extends VBox {

    private final NetworkViewModel vm;
    private final Messages text;

    /**
     * Builds the controls.
     *
     * @param vm    the view-model ({@code null} not permitted).
     * @param text  the strings ({@code null} not permitted).
     */
    public NetworkControls(NetworkViewModel vm, Messages text) {
        super(6);
        this.vm = vm;
        this.text = text;
        setId("network-controls");
        build();
    }

    /**
     * Adds the heading and the controls, in the order of the experiment: the net, its weights, its
     * input. The fields sit beside short labels (their full wording is the tooltip), so that under the
     * plot's sections every control is on a 768 px screen without scrolling.
     */
    private void build() {
        Label heading = new Label(text.get("section.network"));
        heading.getStyleClass().add("section-heading");
        Slider layers = intSlider("network-layers-slider", vm.layersProperty(), 1, NetworkSpec.MAX_LAYERS, 7);
        Label layersLabel = label(() -> text.get("network.layers", vm.layersProperty().get()), vm.layersProperty());
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        int row = 0;
        form.addRow(row++, shortLabel("network.width"),
                spinner("network-width-spinner", vm.widthProperty(), 2, NetworkSpec.MAX_WIDTH, 50));
        form.addRow(row++, shortLabel("network.init"), initChoice());
        form.add(scaleLabel(), 0, row++, 2, 1);
        form.add(scaleSlider(), 0, row++, 2, 1);
        form.addRow(row++, shortLabel("network.batch"),
                spinner("network-batch-spinner", vm.batchProperty(), 1, NetworkSpec.MAX_BATCH, 50));
        form.addRow(row, shortLabel("network.seed"),
                spinner("network-seed-spinner", vm.seedProperty(), 0, Integer.MAX_VALUE, 1));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE); // a label is never cut
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        form.getColumnConstraints().setAll(labels, fields);
        getChildren().addAll(heading, layersLabel, layers, form);
        addExportAndReadout();
    }

    /** @return the label {@code key + ".short"}, with the full wording {@code key} as its tooltip. */
    private Label shortLabel(String key) {
        Label l = new Label(text.get(key + ".short"));
        l.setTooltip(new Tooltip(text.get(key)));
        return l;
    }

    private ComboBox<Initialisation> initChoice() {
        ComboBox<Initialisation> init = new ComboBox<>();
        init.setId("network-init-choice");
        init.getItems().setAll(Initialisation.values());
        init.setValue(vm.initProperty().get());
        init.setMaxWidth(Double.MAX_VALUE);
        init.setCellFactory(list -> initCell());
        init.setButtonCell(initCell());
        init.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                vm.initProperty().set(now);
            }
        });
        ViewListeners.onChange(init, vm.initProperty(), (obs, old, now) -> init.setValue(now));
        return init;
    }

    /** @return the σ or gain slider, log-scaled; disabled for He, whose σ follows from the fan-in. */
    private Slider scaleSlider() {
        Slider scale = new Slider(NetworkViewModel.MIN_LOG_SCALE, NetworkViewModel.MAX_LOG_SCALE, logScale());
        scale.setId("network-scale-slider");
        scale.setBlockIncrement(0.05);
        scale.setMajorTickUnit(1);
        scale.setShowTickMarks(true);
        scale.disableProperty().bind(vm.initProperty().isEqualTo(Initialisation.KAIMING_NORMAL));
        scale.valueProperty().addListener((obs, old, now) -> {
            double v = Math.pow(10, now.doubleValue());
            if (scale.isValueChanging() || Math.abs(Math.log10(current()) - now.doubleValue()) > 1e-9) {
                (vm.initProperty().get() == Initialisation.XAVIER_NORMAL ? vm.gainProperty() : vm.stdProperty())
                        .set(Double.parseDouble(NumberText.format(v, 3)));
            }
        });
        ViewListeners.onChange(scale, vm.initProperty(), (obs, old, now) -> scale.setValue(logScale()));
        ViewListeners.onChange(scale, vm.stdProperty(), (obs, old, now) -> scale.setValue(logScale()));
        ViewListeners.onChange(scale, vm.gainProperty(), (obs, old, now) -> scale.setValue(logScale()));
        return scale;
    }

    private Label scaleLabel() {
        return label(() -> switch (vm.initProperty().get()) {
            case NORMAL -> text.get("network.std", NumberText.format(vm.stdProperty().get(), 3));
            case XAVIER_NORMAL -> text.get("network.gain", NumberText.format(vm.gainProperty().get(), 3));
            case KAIMING_NORMAL -> text.get("network.kaiming");
        }, vm.initProperty(), vm.stdProperty(), vm.gainProperty());
    }

    /** Adds the export button, the run's status, the readout of the first and last layer and the note. */
    private void addExportAndReadout() {
        Button export = new Button(text.get("network.export"));
        export.setId("network-export-button");
        Label status = new Label();
        status.setId("network-status");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        export.setOnAction(e -> export(status));
        Label readout = new Label();
        readout.setId("network-readout");
        readout.setWrapText(true);
        readout.setStyle("-fx-font-size: 13px;");
        readout.textProperty().bind(vm.readoutProperty());
        Label note = new Label(text.get("network.note"));
        note.setWrapText(true);
        note.getStyleClass().add("hint");
        getChildren().addAll(export, status, readout, note);
    }

    private void export(Label status) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName("network.png");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("PNG", "*.png"),
                new FileChooser.ExtensionFilter("SVG", "*.svg"), new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        File file = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (file != null) {
            status.textProperty().unbind();
            status.setText(vm.export(file.toPath()));
            status.textProperty().bind(Bindings.concat(vm.statusProperty())); // the next run's status replaces it
        }
    }

    private double current() {
        return switch (vm.initProperty().get()) {
            case NORMAL -> vm.stdProperty().get();
            case XAVIER_NORMAL -> vm.gainProperty().get();
            case KAIMING_NORMAL -> 1;
        };
    }

    private double logScale() {
        return Math.max(NetworkViewModel.MIN_LOG_SCALE, Math.min(NetworkViewModel.MAX_LOG_SCALE, Math.log10(current())));
    }

    private ListCell<Initialisation> initCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Initialisation item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.get("network.init." + item.label()));
            }
        };
    }

    private static Label label(java.util.concurrent.Callable<String> value, javafx.beans.Observable... deps) {
        Label l = new Label();
        l.textProperty().bind(Bindings.createStringBinding(value, deps));
        return l;
    }

    private static Slider intSlider(String id, IntegerProperty p, int min, int max, int major) {
        Slider s = new Slider(min, max, p.get());
        s.setId(id);
        s.setMajorTickUnit(major);
        s.setMinorTickCount(major - 1);
        s.setSnapToTicks(true);
        s.setBlockIncrement(1);
        s.setShowTickMarks(true);
        s.setShowTickLabels(true);
        s.valueProperty().addListener((obs, old, now) -> p.set((int) Math.round(now.doubleValue())));
        ViewListeners.onChange(s, p, (obs, old, now) -> s.setValue(now.intValue()));
        return s;
    }

    private static Spinner<Integer> spinner(String id, IntegerProperty p, int min, int max, int step) {
        Spinner<Integer> s = new Spinner<>(min, max, p.get(), step);
        s.setId(id);
        s.setEditable(true);
        s.setMaxWidth(Double.MAX_VALUE);
        javafx.scene.control.SpinnerValueFactory<Integer> factory = s.getValueFactory();
        factory.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Integer v) {
                return v == null ? "" : v.toString();
            }

            @Override
            public Integer fromString(String typed) {
                try {
                    return Integer.valueOf(typed.strip());
                } catch (NumberFormatException e) {
                    return factory.getValue(); // a bad number keeps the last good one
                }
            }
        });
        s.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                s.getEditor().setText(String.valueOf(factory.getValue()));
            }
        });
        s.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                p.set(now);
            }
        });
        ViewListeners.onChange(s, p, (obs, old, now) -> s.getValueFactory().setValue(now.intValue()));
        return s;
    }
}
