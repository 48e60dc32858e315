package io.activationplotter.ui.params;

import io.activationplotter.model.ActivationType;
import io.activationplotter.ui.Message;
import io.activationplotter.ui.MessageBoard;
import io.activationplotter.ui.Messages;
import io.activationplotter.ui.plot.PlotViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;

/**
 * The shown function's parameters as the sliders see them, over the values every function keeps
 * while the user switches. As the models' owner it checks candidate values, remembers accepted ones
 * (and asks for a redraw) and shows why others were rejected. Part of {@link PlotViewModel}.
 */
public final class ParameterList implements ParameterModel.Owner {

    private static final String SOURCE = "param:";

    private final Messages text;
    private final MessageBoard board;
    private final Runnable changed;
    private final ParameterMemory memory;
    private final ReadOnlyListWrapper<ParameterModel> models = new ReadOnlyListWrapper<>(this, "parameters",
            FXCollections.observableArrayList());
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper(this, "parameterHint", "");
    private ActivationType shown;

    /**
     * Creates an empty list.
     *
     * @param text     the user-visible strings.
     * @param board    the message line, for rejected values.
     * @param changed  called once per accepted value.
     */
    public ParameterList(Messages text, MessageBoard board, Runnable changed) {
        this.text = text;
        this.board = board;
        this.changed = changed;
        this.memory = new ParameterMemory(text);
    }

    /** @return the shown function's parameters, in declaration order. */
    public ReadOnlyListProperty<ParameterModel> modelsProperty() {
        return models.getReadOnlyProperty();
    }

    /** @return "Sigmoid has no parameters." for functions without parameters, else empty. */
    public ReadOnlyStringProperty hintProperty() {
        return hint.getReadOnlyProperty();
    }

    /** @return the live remembered values of a function, starting from PyTorch's defaults. */
    public Map<String, Double> values(ActivationType type) {
        return memory.values(type);
    }

    /** Returns a function to PyTorch's defaults; the sliders follow at the next {@link #show}. */
    public void forget(ActivationType type) {
        memory.forget(type);
    }

    /** Replaces a function's remembered values; the sliders follow at the next {@link #show}. */
    public void restore(ActivationType type, Map<String, Double> values) {
        memory.forget(type);
        memory.values(type).putAll(values);
    }

    /**
     * Shows a function's remembered values on new models and drops the old models' errors.
     *
     * @param type  the function ({@code null} not permitted).
     */
    public void show(ActivationType type) {
        shown = type;
        board.clearAll(SOURCE);
        List<ParameterModel> list = new ArrayList<>();
        Map<String, Double> v = memory.values(type);
        type.parameters().forEach(p -> list.add(new ParameterModel(p, v.get(p.name()), text, this)));
        models.setAll(list);
        hint.set(list.isEmpty() ? text.get("parameters.none", type.displayName()) : "");
    }

    @Override
    public Message check(ParameterModel p, double value) {
        if (!models.contains(p)) {
            return null;
        }
        return memory.check(shown, p.spec(), value);
    }

    @Override
    public void accepted(ParameterModel p, double value) {
        if (!models.contains(p)) {
            return;
        }
        board.clear(SOURCE + p.spec().name());
        memory.values(shown).put(p.spec().name(), value);
        changed.run();
    }

    @Override
    public void rejected(ParameterModel p, Message message) {
        if (!models.contains(p)) {
            return;
        }
        board.error(SOURCE + p.spec().name(), message);
    }
}
