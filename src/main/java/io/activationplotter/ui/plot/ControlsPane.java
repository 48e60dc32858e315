package io.activationplotter.ui.plot;

import io.activationplotter.model.ActivationType;
import io.activationplotter.model.Catalogue;
import io.activationplotter.ui.Fields;
import io.activationplotter.ui.Messages;
import io.activationplotter.ui.NumberText;
import io.activationplotter.ui.ViewListeners;
import io.activationplotter.ui.custom.CustomEditor;
import io.activationplotter.ui.custom.CustomEntry;
import io.activationplotter.ui.params.ParameterModel;
import io.activationplotter.ui.params.ParameterRow;
import io.activationplotter.ui.precision.PrecisionControls;
import io.activationplotter.ui.window.FirstFrame;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The controls on the left: function, parameters, view, saturation and comparison, each a
 * {@link ControlSection} that can be hidden ({@link #showSections(ObservableValue)}) where it does not
 * affect the tab shown, and at the foot the controls of a tab that puts its own here
 * ({@link #setTabControls(Node)}). The comparison list's rows below its first screen are added after the
 * window's first frame (issue 16). A language switch replaces the pane, so it listens to the view-model only
 * through {@link ViewListeners} or bindings.
 */
public final class ControlsPane extends VBox {

    private static final double COMPARE_HEIGHT = 190;
    private static final double COMPARE_MIN_HEIGHT = COMPARE_HEIGHT;
    /** The comparison rows built with the pane: more than its first screen shows; the rest follow the first frame. */
    static final int COMPARE_FIRST_ROWS = 12;

    private final PlotViewModel vm;
    private final Messages text;
    private final VBox parameterRows = new VBox(10);
    private final VBox compareList = new VBox(4);
    private final VBox tabControls = new VBox();

    /**
     * Creates the pane.
     *
     * @param vm    the view-model ({@code null} not permitted).
     * @param text  the strings ({@code null} not permitted).
     */
    public ControlsPane(PlotViewModel vm, Messages text) {
        super(6);
        this.vm = vm;
        this.text = text;
        getStyleClass().add("controls");
        getChildren().addAll(section(ControlSection.FUNCTION, functionSelector()),
                section(ControlSection.PARAMETERS, parameters()),
                section(ControlSection.VIEW, derivativeToggle(), rangeFields()),
                section(ControlSection.SATURATION, saturation()),
                new PrecisionControls(vm.precision(), text), // its own compact section, ControlSection.PRECISION
                section(ControlSection.COMPARE, compare()),
                tabControls);
        tabControls.setId(ControlSection.TAB.id());
    }

    /**
     * Puts the tab's own controls at the foot of the pane, in the section {@link ControlSection#TAB},
     * shown while the sections shown include it (see {@link #showSections(ObservableValue)}).
     *
     * @param controls  the controls, with their own heading ({@code null} permitted: none).
     */
    public void setTabControls(Node controls) {
        if (controls == null) {
            tabControls.getChildren().clear();
        } else {
            tabControls.getChildren().setAll(controls);
        }
    }

    /**
     * Shows only the sections in a set, and follows it as it changes (for example with the tab
     * selected); the pane listens weakly, so the source may outlive it.
     *
     * @param shown  the sections to show ({@code null} not permitted; a {@code null} value shows all).
     */
    public void showSections(ObservableValue<Set<ControlSection>> shown) {
        ViewListeners.onChange(this, shown, (obs, old, now) -> applySections(now));
        applySections(shown.getValue());
    }

    private void applySections(Set<ControlSection> shown) {
        for (ControlSection s : ControlSection.values()) {
            Node box = lookup("#" + s.id());
            boolean visible = shown == null || shown.contains(s);
            box.setVisible(visible);
            box.setManaged(visible);
        }
        // the saturated intervals are the selected function's: shown only where that function is
        boolean aboutSelected = shown == null || shown.contains(ControlSection.FUNCTION);
        for (String id : new String[] {"#saturation-label", "#low-gradient-label"}) {
            Node label = lookup(id);
            label.setVisible(aboutSelected);
            label.setManaged(aboutSelected);
        }
    }

    private VBox section(ControlSection s, Node... content) {
        VBox box = new VBox(6, heading("section." + s.name().toLowerCase(Locale.ROOT)));
        box.getChildren().addAll(content);
        box.setId(s.id());
        if (s == ControlSection.COMPARE) {
            VBox.setVgrow(box, Priority.ALWAYS); // its list grows with a tall window
        }
        return box;
    }

    private Label heading(String key) {
        Label l = new Label(text.get(key));
        l.getStyleClass().add("section-heading");
        return l;
    }

    private Node functionSelector() {
        ComboBox<ActivationType> box = new ComboBox<>();
        box.setId("function-selector");
        box.getItems().setAll(Catalogue.all());
        CustomEntry.addTo(box, vm.custom());
        box.setVisibleRowCount(16);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(ActivationType t) {
                return CustomEntry.label(t, text);
            }

            @Override
            public ActivationType fromString(String s) {
                return Catalogue.all().stream().filter(t -> t.displayName().equals(s)).findFirst().orElse(null);
            }
        });
        box.valueProperty().bindBidirectional(vm.selectedTypeProperty());
        Label summary = new Label();
        summary.getStyleClass().add("hint");
        summary.setWrapText(true);
        summary.textProperty().bind(vm.info().summaryProperty());
        return new VBox(4, box, summary, new CustomEditor(vm, text));
    }

    private Node parameters() {
        Label hint = new Label();
        hint.setId("parameter-hint");
        hint.getStyleClass().add("hint");
        hint.textProperty().bind(vm.parameterHintProperty());
        hint.visibleProperty().bind(vm.parameterHintProperty().isNotEmpty());
        hint.managedProperty().bind(hint.visibleProperty());
        Button defaults = new Button(text.get("parameters.defaults"));
        defaults.setId("reset-parameters-button");
        defaults.setOnAction(e -> vm.resetParameters());
        defaults.visibleProperty().bind(vm.parameterHintProperty().isEmpty());
        defaults.managedProperty().bind(defaults.visibleProperty());
        ViewListeners.onChange(this, vm.parametersProperty(),
                (ListChangeListener<ParameterModel>) c -> rebuildRows(hint));
        rebuildRows(hint);
        return new VBox(6, parameterRows, defaults);
    }

    private void rebuildRows(Label hint) {
        parameterRows.getChildren().clear();
        if (vm.parametersProperty().isEmpty()) {
            // no parameters: a disabled α slider with the reason, so the control does not just vanish
            Slider placeholder = new Slider(0, 1, 0);
            placeholder.setId("alpha-slider");
            placeholder.setDisable(true);
            TextField field = new TextField();
            field.setId("alpha-field");
            field.setDisable(true);
            field.setVisible(false);
            field.setManaged(false);
            parameterRows.getChildren().addAll(hint, placeholder, field);
            return;
        }
        for (int i = 0; i < vm.parametersProperty().size(); i++) {
            ParameterRow row = new ParameterRow(vm.parametersProperty().get(i), i == 0, text);
            row.draggingProperty().addListener((obs, was, now) -> vm.draggingProperty().set(now));
            parameterRows.getChildren().add(row);
        }
    }

    private Node derivativeToggle() {
        CheckBox box = new CheckBox(text.get("derivatives.show"));
        box.setId("derivative-toggle");
        box.selectedProperty().bindBidirectional(vm.showDerivativesProperty());
        return box;
    }

    private Node rangeFields() {
        TextField min = new TextField(vm.range().minTextProperty().get());
        TextField max = new TextField(vm.range().maxTextProperty().get());
        min.setId("x-min");
        max.setId("x-max");
        min.setPrefColumnCount(7);
        max.setPrefColumnCount(7);
        ViewListeners.onChange(this, vm.range().minTextProperty(), (obs, old, now) -> min.setText(now));
        ViewListeners.onChange(this, vm.range().maxTextProperty(), (obs, old, now) -> max.setText(now));
        // after a redraw (reset, zoom, ...) an unmarked field shows the view again, even if unchanged
        ViewListeners.onChange(this, vm.updateCountProperty(), (obs, old, now) -> {
            showUnlessMarked(min, vm.range().minTextProperty().get(), vm.range().minErrorProperty().get());
            showUnlessMarked(max, vm.range().maxTextProperty().get(), vm.range().maxErrorProperty().get());
        });
        Runnable apply = () -> vm.range().apply(min.getText(), max.getText());
        Fields.onCommit(min, vm.range().minTextProperty(), apply);
        Fields.onCommit(max, vm.range().maxTextProperty(), apply);
        Fields.showErrors(min, vm.range().minErrorProperty());
        Fields.showErrors(max, vm.range().maxErrorProperty());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        grid.addRow(0, new Label(text.get("range.min")), min);
        grid.addRow(1, new Label(text.get("range.max")), max);
        GridPane.setHgrow(min, Priority.ALWAYS);
        GridPane.setHgrow(max, Priority.ALWAYS);
        Label hint = new Label(text.get("range.hint"));
        hint.getStyleClass().add("hint");
        return new VBox(4, grid, new XRangeSlider(vm.range(), text), hint);
    }

    private static void showUnlessMarked(TextField field, String shown, boolean marked) {
        if (!marked && !field.getText().equals(shown)) {
            field.setText(shown);
        }
    }

    private Node saturation() {
        Slider slider = new Slider(PlotViewModel.MIN_LOG_THRESHOLD, PlotViewModel.MAX_LOG_THRESHOLD,
                vm.logThresholdProperty().get());
        slider.setId("threshold-slider");
        slider.valueChangingProperty().addListener((obs, was, now) -> vm.draggingProperty().set(now));
        slider.setBlockIncrement((PlotViewModel.MAX_LOG_THRESHOLD - PlotViewModel.MIN_LOG_THRESHOLD) / 100);
        slider.setMajorTickUnit(1);
        slider.setMinorTickCount(0);
        slider.setShowTickMarks(true);
        slider.setShowTickLabels(true);
        slider.setLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Double v) {
                return NumberText.format(Math.pow(10, v), 1);
            }

            @Override
            public Double fromString(String s) {
                return Math.log10(Double.parseDouble(s));
            }
        });
        slider.valueProperty().bindBidirectional(vm.logThresholdProperty());
        Label value = label("threshold-label", vm.thresholdTextProperty());
        Label saturated = label("saturation-label", vm.saturationTextProperty());
        Label low = label("low-gradient-label", vm.lowGradientTextProperty());
        low.getStyleClass().add("hint");
        return new VBox(4, value, slider, saturated, low);
    }

    private Label label(String id, javafx.beans.value.ObservableValue<String> content) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.textProperty().bind(content);
        return l;
    }

    private Node compare() {
        compareList.setId("compare-list");
        List<ActivationType> all = Catalogue.all();
        addCompareRows(all.subList(0, Math.min(COMPARE_FIRST_ROWS, all.size())));
        if (all.size() > COMPARE_FIRST_ROWS) {
            // issue 16: the rows below the list's first screen are added once the first frame is drawn
            compareList.sceneProperty().addListener(new ChangeListener<Scene>() {
                @Override
                public void changed(ObservableValue<? extends Scene> obs, Scene old, Scene now) {
                    if (now != null) {
                        compareList.sceneProperty().removeListener(this);
                        FirstFrame.after(now, () -> {
                            addCompareRows(all.subList(COMPARE_FIRST_ROWS, all.size()));
                            syncCompare();
                        });
                    }
                }
            });
        }
        ViewListeners.onChange(this, vm.selectedTypeProperty(), (obs, old, now) -> syncCompare());
        ViewListeners.onChange(this, vm.comparedProperty(), (SetChangeListener<ActivationType>) c -> syncCompare());
        syncCompare();
        ScrollPane scroll = new ScrollPane(compareList);
        scroll.setId("compare-scroll");
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(COMPARE_HEIGHT);
        // never squeezed below its preferred eight rows: with the distribution and precision sections an
        // 800 px window would leave it two; the side panel scrolls instead
        scroll.setMinViewportHeight(COMPARE_MIN_HEIGHT);
        VBox.setVgrow(scroll, Priority.ALWAYS); // a tall window shows more of the list
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        return scroll;
    }

    private void addCompareRows(List<ActivationType> types) {
        for (ActivationType t : types) {
            CheckBox box = new CheckBox(t.displayName());
            box.setId("compare-" + t.id());
            box.setUserData(t);
            box.setOnAction(e -> vm.setCompared(t, box.isSelected()));
            compareList.getChildren().add(box);
        }
    }

    /** The selected function is always drawn: its box is ticked and disabled. */
    private void syncCompare() {
        for (Node n : compareList.getChildren()) {
            CheckBox box = (CheckBox) n;
            boolean selected = box.getUserData() == vm.selectedTypeProperty().get();
            box.setDisable(selected);
            box.setSelected(selected || vm.comparedProperty().contains(box.getUserData()));
        }
    }
}
