package io.activationplotter.ui.params;

import io.activationplotter.model.ParameterSpec;
import io.activationplotter.ui.Message;
import io.activationplotter.ui.Messages;
import io.activationplotter.ui.NumberText;
import io.activationplotter.ui.plot.PlotViewModel;
import java.util.Objects;
import java.util.OptionalDouble;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * One parameter of the selected function as the controls see it: the value a slider binds to,
 * the text a field shows, and whether the last input was rejected. Its owner, the
 * {@link PlotViewModel}'s parameter list, decides what is allowed and stores accepted values.
 */
public final class ParameterModel {

    /** What the owner does with candidate values. */
    interface Owner {
        /** @return {@code null} if the value is allowed, else a message saying what is allowed. */
        Message check(ParameterModel parameter, double value);

        /** Stores an allowed value and redraws. */
        void accepted(ParameterModel parameter, double value);

        /** Shows why an input was rejected. */
        void rejected(ParameterModel parameter, Message message);
    }

    private final ParameterSpec spec;
    private final Messages text;
    private final Owner owner;
    private final DoubleProperty value;
    private final ReadOnlyStringWrapper label = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper valueText = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper error = new ReadOnlyBooleanWrapper();

    public ParameterModel(ParameterSpec spec, double initial, Messages text, Owner owner) {
        this.spec = Objects.requireNonNull(spec, "spec");
        this.text = Objects.requireNonNull(text, "text");
        this.owner = Objects.requireNonNull(owner, "owner");
        this.value = new SimpleDoubleProperty(this, spec.name(), initial);
        showValue(initial);
        value.addListener((obs, old, now) -> valueChanged(now.doubleValue()));
    }

    /** @return the parameter's name, range and default. */
    public ParameterSpec spec() {
        return spec;
    }

    /** @return the value; bind a slider to it (input). */
    public DoubleProperty valueProperty() {
        return value;
    }

    /** @return the label, for example {@code negative_slope = 0.01}. */
    public ReadOnlyStringProperty labelProperty() {
        return label.getReadOnlyProperty();
    }

    /** @return the value as a field shows it. */
    public ReadOnlyStringProperty valueTextProperty() {
        return valueText.getReadOnlyProperty();
    }

    /** @return {@code true} while the last input was rejected. */
    public ReadOnlyBooleanProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /**
     * Applies typed text: a valid number moves the value (and the slider); anything else marks an
     * error and leaves the value, and therefore the plot, unchanged.
     *
     * @param typed  the text ({@code null} permitted).
     * @return {@code true} if the text was accepted.
     */
    public boolean commitText(String typed) {
        OptionalDouble parsed = NumberText.parse(typed);
        if (parsed.isEmpty()) {
            reject(NumberText.rejection(spec.name(), typed, spec.defaultValue(), spec.min(), spec.max()));
            return false;
        }
        double v = parsed.getAsDouble();
        Message problem = owner.check(this, v);
        if (problem != null) {
            reject(problem);
            return false;
        }
        if (v == value.get()) {
            error.set(false);
            showValue(v);
            owner.accepted(this, v);
        } else {
            value.set(v);
        }
        return true;
    }

    private void valueChanged(double v) {
        showValue(v);
        Message problem = owner.check(this, v);
        if (problem == null) {
            error.set(false);
            owner.accepted(this, v);
        } else {
            reject(problem);
        }
    }

    private void reject(Message message) {
        error.set(true);
        owner.rejected(this, message);
    }

    private void showValue(double v) {
        valueText.set(NumberText.format(v));
        label.set(spec.symbol().equals(spec.name())
                ? text.get("parameter.label", spec.name(), NumberText.format(v))
                : text.get("parameter.labelSymbol", spec.name(), spec.symbol(), NumberText.format(v)));
    }
}
