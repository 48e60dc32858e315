package io.activationplotter.ui.network.train;

import io.activationplotter.model.ActivationType;
import io.activationplotter.model.Catalogue;
import io.activationplotter.model.network.train.DatasetKind;
import io.activationplotter.model.network.train.Mlp;
import io.activationplotter.model.network.train.OptimizerKind;
import io.activationplotter.model.network.train.OutputKind;
import io.activationplotter.ui.ChartViewers;
import io.activationplotter.ui.Fields;
import io.activationplotter.ui.Messages;
import io.activationplotter.ui.NumberText;
import io.activationplotter.ui.SteadyLabel;
import io.activationplotter.ui.ViewListeners;
import io.activationplotter.ui.window.DisplayModel;
import io.activationplotter.ui.window.PresentationFrame;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.Property;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.jfree.chart.JFreeChart;

/**
 * Training you can watch: the setup on the left, and four charts — the decision boundary with the
 * points, the loss (train and test), each layer's gradient RMS and each layer's dead and saturated
 * units. A self-contained node over a {@link TrainingViewModel}; presentation mode floats the
 * controls over the charts like every tab.
 */
public final class TrainingView extends BorderPane {

    private final TrainingViewModel vm;
    private final Messages text;

    /**
     * Builds the view.
     *
     * @param vm       the view-model ({@code null} not permitted).
     * @param display  presentation mode ({@code null} not permitted).
     * @param text     the strings ({@code null} not permitted).
     */
    public TrainingView(TrainingViewModel vm, DisplayModel display, Messages text) {
        this.vm = vm;
        this.text = text;
        setId("train-view");
        PresentationFrame frame = new PresentationFrame(charts(), display);
        frame.setLeftPanel("train-controls-scroll", controls(), 300, PresentationFrame.ALWAYS,
                display.controlsOverlayProperty());
        setCenter(frame);
    }

    /** @return the view-model. */
    public TrainingViewModel getViewModel() {
        return vm;
    }

    private GridPane charts() {
        GridPane grid = new GridPane();
        grid.add(ChartViewers.of(vm.decisionChart().getChart(), "train-boundary-chart"), 0, 0);
        grid.add(ChartViewers.of(vm.lossChart().getChart(), "train-loss-chart"), 1, 0);
        grid.add(ChartViewers.of(vm.gradientChart().getChart(), "train-gradient-chart"), 0, 1);
        grid.add(ChartViewers.of(vm.unitsChart().getChart(), "train-units-chart"), 1, 1);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(50);
            c.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(c);
            RowConstraints r = new RowConstraints();
            r.setPercentHeight(50);
            r.setVgrow(Priority.ALWAYS);
            grid.getRowConstraints().add(r);
        }
        grid.getChildren().forEach(n -> {
            GridPane.setHgrow(n, Priority.ALWAYS);
            GridPane.setVgrow(n, Priority.ALWAYS);
        });
        return grid;
    }

    private VBox controls() {
        ComboBox<DatasetKind> dataset = combo("train-dataset", List.of(DatasetKind.values()), vm.datasetProperty(),
                k -> text.get("train.dataset." + k.id()));
        Label noiseLabel = new Label();
        noiseLabel.textProperty().bind(Bindings.createStringBinding(
                () -> text.get("train.noise", Math.round(vm.noiseProperty().get() * 100)), vm.noiseProperty()));
        Slider noise = new Slider(0, DatasetKind.MAX_NOISE * 100, vm.noiseProperty().get() * 100);
        noise.setId("train-noise");
        noise.setBlockIncrement(5);
        noise.setMajorTickUnit(10);
        noise.setShowTickMarks(true);
        noise.valueChangingProperty().addListener((obs, was, now) -> {
            if (!now) {
                vm.noiseProperty().set(Math.round(noise.getValue()) / 100.0);
            }
        });
        noise.valueProperty().addListener((obs, old, now) -> {
            if (!noise.isValueChanging()) {
                vm.noiseProperty().set(Math.round(now.doubleValue()) / 100.0);
            }
        });
        Spinner<Integer> seed = spinner("train-seed", 1, 99_999, vm.seedProperty().get());
        bindSpinner(seed, vm.seedProperty());
        Spinner<Integer> layers = spinner("train-layers", Mlp.MIN_LAYERS, Mlp.MAX_LAYERS, vm.layersProperty().get());
        bindSpinner(layers, vm.layersProperty());
        Spinner<Integer> units = spinner("train-units", Mlp.MIN_WIDTH, Mlp.MAX_WIDTH, vm.widthProperty().get());
        bindSpinner(units, vm.widthProperty());
        ComboBox<ActivationType> activation = combo("train-activation", Catalogue.all(), vm.activationProperty(),
                ActivationType::displayName);
        CheckBox perLayer = new CheckBox(text.get("train.perLayer"));
        perLayer.setId("train-per-layer");
        perLayer.selectedProperty().bindBidirectional(vm.perLayerProperty());
        activation.disableProperty().bind(vm.perLayerProperty());
        VBox layerBox = new VBox(4);
        for (int i = 0; i < Mlp.MAX_LAYERS; i++) {
            layerBox.getChildren().add(layerChoice(i));
        }
        layerBox.visibleProperty().bind(vm.perLayerProperty());
        layerBox.managedProperty().bind(vm.perLayerProperty());
        ComboBox<OutputKind> output = combo("train-output", List.of(OutputKind.values()), vm.outputProperty(),
                k -> text.get("train.output." + k.id()));
        ComboBox<OptimizerKind> optimizer = combo("train-optimizer", List.of(OptimizerKind.values()),
                vm.optimizerProperty(), k -> text.get("train.optimizer." + k.id()));
        TextField lr = learningRateField();
        Spinner<Integer> batch = spinner("train-batch", 1, 250, vm.batchProperty().get());
        bindSpinner(batch, vm.batchProperty());
        ComboBox<Integer> speed = combo("train-speed", TrainingViewModel.SPEEDS, vm.speedProperty().asObject(),
                s -> s == 0 ? text.get("train.speed.max") : text.get("train.speed.value", s));

        Label problem = new Label();
        problem.setId("train-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add("hint");
        problem.textProperty().bind(vm.problemProperty());
        SteadyLabel readout = new SteadyLabel("train-readout", vm.widestReadout(), 280); // a new text: no relayout
        readout.getLabel().setStyle("-fx-font-size: 13px;");
        readout.getLabel().textProperty().bind(vm.readoutProperty());
        Label note = new Label(text.get("train.note"));
        note.setWrapText(true);
        note.getStyleClass().add("hint");

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        int row = 0;
        form.addRow(row++, new Label(text.get("train.dataset")), dataset);
        form.add(noiseLabel, 0, row++, 2, 1);
        form.add(noise, 0, row++, 2, 1);
        form.addRow(row++, new Label(text.get("train.seed")), seed);
        form.addRow(row++, new Label(text.get("train.layers")), layers);
        form.addRow(row++, new Label(text.get("train.units")), units);
        form.addRow(row++, new Label(text.get("train.activation")), activation);
        form.add(perLayer, 0, row++, 2, 1);
        form.add(layerBox, 0, row++, 2, 1);
        form.addRow(row++, new Label(text.get("train.output")), output);
        form.addRow(row++, new Label(text.get("train.optimizer")), optimizer);
        form.addRow(row++, new Label(text.get("train.lr")), lr);
        form.addRow(row++, new Label(text.get("train.batch")), batch);
        form.addRow(row, new Label(text.get("train.speed")), speed);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // "Units per layer" never cut
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        form.getColumnConstraints().setAll(labels, fields);

        VBox box = new VBox(8, buttons(), readout, form, problem, exportButton(), note);
        box.setPrefWidth(300);
        box.setMinWidth(260);
        box.setStyle("-fx-padding: 10;");
        return box;
    }

    private Node buttons() {
        Button play = button("train-play", "train.play", vm::play);
        Button pause = button("train-pause", "train.pause", vm::pause);
        Button step = button("train-step", "train.step", vm::step);
        Button reset = button("train-reset", "train.reset", vm::reset);
        play.disableProperty().bind(vm.playingProperty());
        pause.disableProperty().bind(vm.playingProperty().not());
        return new HBox(6, play, pause, step, reset);
    }

    private Button exportButton() {
        Button export = button("train-export", "train.export", () -> TrainingExport.chooseAndWrite(this, vm, text));
        export.setMaxWidth(Double.MAX_VALUE);
        return export;
    }

    private Node layerChoice(int i) {
        ComboBox<ActivationType> c = new ComboBox<>();
        c.setId("train-layer-" + (i + 1));
        c.getItems().setAll(Catalogue.all());
        c.setValue(vm.getLayerActivations().get(i));
        c.setMaxWidth(Double.MAX_VALUE);
        c.setVisibleRowCount(14);
        c.valueProperty().addListener((obs, old, now) -> {
            if (now != null && now != vm.getLayerActivations().get(i)) {
                vm.getLayerActivations().set(i, now);
            }
        });
        Label label = new Label(text.get("train.layerN", i + 1));
        HBox row = new HBox(6, label, c);
        HBox.setHgrow(c, Priority.ALWAYS);
        row.visibleProperty().bind(vm.layersProperty().greaterThan(i));
        row.managedProperty().bind(row.visibleProperty());
        return row;
    }

    private TextField learningRateField() {
        TextField field = new TextField(NumberText.format(vm.learningRateProperty().get()));
        field.setId("train-lr");
        field.setPrefColumnCount(6);
        javafx.beans.property.SimpleStringProperty shown = new javafx.beans.property.SimpleStringProperty(field.getText());
        javafx.beans.property.SimpleBooleanProperty error = new javafx.beans.property.SimpleBooleanProperty();
        Fields.showErrors(field, error);
        Fields.onCommit(field, shown, () -> {
            var v = NumberText.parse(field.getText());
            boolean ok = v.isPresent() && vm.setLearningRate(v.getAsDouble());
            if (v.isEmpty()) {
                vm.setLearningRate(Double.NaN); // says what is allowed, keeps the rate
            }
            error.set(!ok);
            if (ok) {
                shown.set(field.getText());
            }
        });
        return field;
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(text.get(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private <T> ComboBox<T> combo(String id, List<T> items, Property<T> value, Function<T, String> name) {
        ComboBox<T> c = new ComboBox<>();
        c.setId(id);
        c.getItems().setAll(items);
        c.setMaxWidth(Double.MAX_VALUE);
        c.setVisibleRowCount(14);
        c.setConverter(new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : name.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        c.setValue(value.getValue());
        c.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                value.setValue(now);
            }
        });
        // the model outlives this view (a language switch rebuilds it): listen weakly
        ViewListeners.onChange(c, value, (obs, old, now) -> c.setValue(now));
        return c;
    }

    private static Spinner<Integer> spinner(String id, int min, int max, int value) {
        Spinner<Integer> s = new Spinner<>(min, max, value);
        s.setId(id);
        s.setEditable(true);
        s.setMaxWidth(Double.MAX_VALUE);
        // a typed value that is no number gives the last good one back instead of an exception
        s.getValueFactory().setConverter(new javafx.util.converter.IntegerStringConverter() {
            @Override
            public Integer fromString(String t) {
                try {
                    return Math.max(min, Math.min(max, Integer.parseInt(t.strip())));
                } catch (NumberFormatException e) {
                    return s.getValue();
                }
            }
        });
        return s;
    }

    private static void bindSpinner(Spinner<Integer> s, javafx.beans.property.IntegerProperty p) {
        s.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                p.set(now);
            }
        });
        ViewListeners.onChange(s, p, (obs, old, now) -> s.getValueFactory().setValue(now.intValue()));
    }

    /** @return the charts, in the order of the grid: boundary, loss, gradients, units. */
    List<JFreeChart> chartsInOrder() {
        return List.of(vm.decisionChart().getChart(), vm.lossChart().getChart(), vm.gradientChart().getChart(),
                vm.unitsChart().getChart());
    }
}
