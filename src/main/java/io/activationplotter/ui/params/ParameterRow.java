package io.activationplotter.ui.params;

import io.activationplotter.model.ParameterSpec;
import io.activationplotter.ui.DragThrottle;
import io.activationplotter.ui.Fields;
import io.activationplotter.ui.Messages;
import io.activationplotter.ui.NumberText;
import io.activationplotter.ui.ViewListeners;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * One parameter: its name and value, a slider over the model's range and a field for typed values.
 * The main (first) parameter's controls are {@code #alpha-slider} and {@code #alpha-field}; the
 * others are {@code #param-<name>-slider} and {@code #param-<name>-field}.
 */
public final class ParameterRow extends VBox {

    private static final int STEPS = 100;

    private final Slider slider;

    public ParameterRow(ParameterModel model, boolean main, Messages text) {
        ParameterSpec spec = model.spec();
        Label label = new Label(model.labelProperty().get());
        label.getStyleClass().add("parameter-label");
        label.setWrapText(true); // at spaces only: names such as negative_slope stay whole
        Fields.keepWords(label);
        slider = slider(spec);
        TextField field = new TextField(model.valueTextProperty().get());
        field.setPrefColumnCount(6);
        String id = main ? "alpha" : "param-" + spec.name();
        slider.setId(id + "-slider");
        field.setId(id + "-field");
        label.setId(id + "-label");
        Tooltip tip = new Tooltip(text.get("parameter.tooltip", spec.name(), NumberText.format(spec.min()),
                NumberText.format(spec.max()), NumberText.format(spec.defaultValue())));
        slider.setTooltip(tip);
        field.setTooltip(tip);
        Bindings.bindBidirectional(slider.valueProperty(), model.valueProperty());
        // issue 16: while the thumb is dragged the name = value label and the field follow ~5 times a
        // second (each change relayouts the controls), and exactly once with the last value when it ends
        DragThrottle labelShown = new DragThrottle(() -> label.setText(model.labelProperty().get()),
                slider.valueChangingProperty());
        DragThrottle fieldShown = new DragThrottle(() -> field.setText(model.valueTextProperty().get()),
                slider.valueChangingProperty());
        ViewListeners.onChange(this, model.labelProperty(), (obs, old, now) -> labelShown.request());
        ViewListeners.onChange(this, model.valueTextProperty(), (obs, old, now) -> fieldShown.request());
        Fields.onCommit(field, model.valueTextProperty(), () -> model.commitText(field.getText()));
        Fields.showErrors(field, model.errorProperty());
        HBox.setHgrow(slider, Priority.ALWAYS);
        HBox line = new HBox(8, slider, field);
        getChildren().addAll(label, line);
        getStyleClass().add("parameter-row");
    }

    /** @return whether the slider's thumb is being dragged (its {@code valueChanging}). */
    public ReadOnlyBooleanProperty draggingProperty() {
        return slider.valueChangingProperty();
    }

    private static Slider slider(ParameterSpec spec) {
        double span = spec.max() - spec.min();
        Slider s = new Slider(spec.min(), spec.max(), spec.defaultValue());
        s.setBlockIncrement(span / STEPS);
        double unit = tickUnit(spec.min(), spec.max());
        s.setMajorTickUnit(Double.isNaN(unit) ? span / 4 : unit);
        s.setMinorTickCount(4);
        s.setShowTickMarks(true);
        // labels only when they fall on round numbers (0, 0.25, 0.5 ...), never 0.1, 2.575 ...
        s.setShowTickLabels(!Double.isNaN(unit));
        return s;
    }

    /**
     * Returns a round tick unit (1, 2, 2.5 or 5 times a power of ten) that starts at min, ends at
     * max and gives two to five intervals.
     *
     * @return the unit, or NaN if there is none.
     */
    public static double tickUnit(double min, double max) {
        double span = max - min;
        double magnitude = Math.pow(10, Math.floor(Math.log10(span / 5)));
        for (int k = 0; k < 3; k++, magnitude *= 10) {
            for (double m : new double[] {1, 2, 2.5, 5}) {
                double unit = m * magnitude;
                double intervals = span / unit;
                if (intervals >= 2 - 1e-9 && intervals <= 5 + 1e-9 && whole(intervals) && whole(min / unit)) {
                    return unit;
                }
            }
        }
        return Double.NaN;
    }

    private static boolean whole(double v) {
        return Math.abs(v - Math.rint(v)) < 1e-9;
    }
}
