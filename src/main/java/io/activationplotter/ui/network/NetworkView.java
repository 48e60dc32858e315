package io.activationplotter.ui.network;

import io.activationplotter.model.network.Initialisation;
import io.activationplotter.model.network.NetworkSpec;
import io.activationplotter.ui.ChartViewers;
import io.activationplotter.ui.Messages;
import io.activationplotter.ui.NumberText;
import io.activationplotter.ui.ViewListeners;
import io.activationplotter.ui.window.DisplayModel;
import io.activationplotter.ui.window.PresentationFrame;
import java.io.File;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.geometry.Orientation;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.jfree.chart.fx.ChartViewer;

/**
 * The Network tab: a mode switch at the top ("At initialisation", and "Training" once a training
 * view is plugged in with {@link #setTrainingView(Node)}), and in the first mode the deep net at
 * initialisation: depth, width, initialisation, σ or gain, batch and seed on the left, the
 * histograms of h_l and the per-layer saturated/dead % and RMS(δ_l) on the right. The activation,
 * its parameters and T are the Plot tab's controls beside the tab.
 */
public final class NetworkView extends BorderPane {

    private final NetworkViewModel vm;
    private final Messages text;
    private final ToggleButton initMode;
    private final ToggleButton trainMode;
    private Consumer<Boolean> onModeChange = training -> { };
    private final Node initView;
    private Node trainingView;

    /**
     * Builds the view.
     *
     * @param vm       the view-model ({@code null} not permitted).
     * @param display  presentation mode, in which the controls float over the charts ({@code null} not permitted).
     * @param text     the strings ({@code null} not permitted).
     */
    public NetworkView(NetworkViewModel vm, DisplayModel display, Messages text) {
        this.vm = vm;
        this.text = text;
        setId("network-view");
        ChartViewer hist = ChartViewers.of(vm.histograms().getChart(), "network-histograms");
        ChartViewer layers = ChartViewers.of(vm.stats().getChart(), "network-layers");
        SplitPane charts = new SplitPane(hist, layers);
        charts.setOrientation(Orientation.VERTICAL);
        charts.setDividerPositions(0.45);
        PresentationFrame frame = new PresentationFrame(charts, display);
        frame.setLeftPanel("network-controls-scroll", controls(), 300, PresentationFrame.ALWAYS,
                display.controlsOverlayProperty());
        initView = frame;

        ToggleGroup modes = new ToggleGroup();
        initMode = new ToggleButton(text.get("network.modeInit"));
        initMode.setId("network-mode-init");
        trainMode = new ToggleButton(text.get("network.modeTrain"));
        trainMode.setId("network-mode-train");
        initMode.setToggleGroup(modes);
        trainMode.setToggleGroup(modes);
        initMode.setSelected(true);
        trainMode.setVisible(false);
        trainMode.setManaged(false); // hidden until a training view is plugged in: no placeholder screen
        modes.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one mode is always selected
            } else {
                setCenter(now == trainMode && trainingView != null ? trainingView : initView);
                onModeChange.accept(now == trainMode);
            }
        });
        HBox bar = new HBox(4, initMode, trainMode);
        bar.setId("network-modes");
        bar.setStyle("-fx-padding: 6 10 6 10;");
        setTop(bar);
        setCenter(initView);
    }

    /**
     * Sets what to tell when the mode changes: {@code true} for training, {@code false} for the network
     * at initialisation (the window shows the plot's controls beside the second only).
     *
     * @param action  the action ({@code null} not permitted).
     */
    public void setOnModeChange(Consumer<Boolean> action) {
        onModeChange = Objects.requireNonNull(action, "action");
    }

    /** Shows the training mode, if a training view is plugged in. */
    public void showTraining() {
        if (trainingView != null) {
            trainMode.setSelected(true);
        }
    }

    /** @return the view-model. */
    public NetworkViewModel getViewModel() {
        return vm;
    }

    /**
     * The hook for the training mode (issue 11, section 3): shows the "Training" toggle and makes it
     * show this node. Until it is called the toggle is hidden, and the tab shows only the network at
     * initialisation.
     *
     * @param view  the training view ({@code null} hides the training mode again).
     */
    public void setTrainingView(Node view) {
        trainingView = view;
        trainMode.setVisible(view != null);
        trainMode.setManaged(view != null);
        if (view == null) {
            initMode.setSelected(true);
        } else if (trainMode.isSelected()) {
            setCenter(view);
        }
    }

    private VBox controls() {
        Label function = new Label(text.get("network.functionHint"));
        function.setWrapText(true);
        function.getStyleClass().add("hint");

        Slider layers = intSlider("network-layers-slider", vm.layersProperty(), 1, NetworkSpec.MAX_LAYERS, 7);
        Label layersLabel = label(() -> text.get("network.layers", vm.layersProperty().get()), vm.layersProperty());
        Spinner<Integer> width = spinner("network-width-spinner", vm.widthProperty(), 2, NetworkSpec.MAX_WIDTH, 50);
        Spinner<Integer> batch = spinner("network-batch-spinner", vm.batchProperty(), 1, NetworkSpec.MAX_BATCH, 50);
        Spinner<Integer> seed = spinner("network-seed-spinner", vm.seedProperty(), 0, Integer.MAX_VALUE, 1);

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
        Label scaleLabel = label(() -> switch (vm.initProperty().get()) {
            case NORMAL -> text.get("network.std", NumberText.format(vm.stdProperty().get(), 3));
            case XAVIER_NORMAL -> text.get("network.gain", NumberText.format(vm.gainProperty().get(), 3));
            case KAIMING_NORMAL -> text.get("network.kaiming");
        }, vm.initProperty(), vm.stdProperty(), vm.gainProperty());

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

        VBox box = new VBox(8, function, layersLabel, layers, new Label(text.get("network.width")), width,
                new Label(text.get("network.init")), init, scaleLabel, scale, new Label(text.get("network.batch")), batch,
                new Label(text.get("network.seed")), seed, export, status, readout, note);
        box.setPrefWidth(300);
        box.setMinWidth(260);
        box.setStyle("-fx-padding: 10;");
        return box;
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
