package io.activationplotter.ui.custom;

import io.activationplotter.model.ActivationType;
import io.activationplotter.model.Catalogue;
import io.activationplotter.model.ParameterSpec;
import io.activationplotter.model.expr.CustomDefinition;
import io.activationplotter.model.expr.CustomFunction;
import io.activationplotter.model.expr.ExprSyntaxException;
import io.activationplotter.model.expr.ShapeMatch;
import io.activationplotter.settings.CustomState;
import io.activationplotter.ui.Message;
import io.activationplotter.ui.plot.PlotViewModel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The "Custom…" function: the formula and parameters typed, the definition last accepted and why a
 * typed one was rejected. {@link #apply(String, String)} is the only writer; a rejected formula keeps
 * the last good definition, so the plot stays as it was. Part of {@link PlotViewModel}.
 */
public final class CustomViewModel {

    /** The formula shown until the user types one. */
    public static final String DEFAULT_FORMULA = "x * sigmoid(a*x)";
    /** The parameters shown until the user types some. */
    public static final String DEFAULT_PARAMETERS = "a = 1.702 in [0, 5]";

    private static final String SOURCE = "custom:";

    private final PlotViewModel plot;
    private final ReadOnlyObjectWrapper<CustomDefinition> definition = new ReadOnlyObjectWrapper<>(this, "definition",
            CustomDefinition.compile(DEFAULT_FORMULA, DEFAULT_PARAMETERS));
    private final ReadOnlyStringWrapper formulaText = new ReadOnlyStringWrapper(this, "formulaText", DEFAULT_FORMULA);
    private final ReadOnlyStringWrapper parametersText = new ReadOnlyStringWrapper(this, "parametersText",
            DEFAULT_PARAMETERS);
    private final ReadOnlyStringWrapper formulaError = new ReadOnlyStringWrapper(this, "formulaError", "");
    private final ReadOnlyStringWrapper parametersError = new ReadOnlyStringWrapper(this, "parametersError", "");
    private final ReadOnlyObjectWrapper<ActivationType> exactVersion = new ReadOnlyObjectWrapper<>(this,
            "exactVersion");

    /**
     * Creates the model with the default formula, x·σ(a·x) with a = 1.702.
     *
     * @param plot  the plot it selects the custom function on ({@code null} not permitted).
     */
    public CustomViewModel(PlotViewModel plot) {
        this.plot = Objects.requireNonNull(plot, "plot");
        plot.specProperty().addListener((obs, old, now) -> findExactVersion());
    }

    // ---------------------------------------------------------------- outputs

    /** @return the definition last accepted (never {@code null}). */
    public ReadOnlyObjectProperty<CustomDefinition> definitionProperty() {
        return definition.getReadOnlyProperty();
    }

    /** @return the custom entry for the selector: the accepted definition's type. */
    public ActivationType type() {
        return definition.get().type();
    }

    /**
     * Finds a function by id: {@code custom} is this custom function, any other id (or alias) is looked up
     * in the catalogue. A saved session names functions this way.
     *
     * @param id  the id ({@code null} not permitted).
     * @return the function, or empty if there is none of that id.
     */
    public Optional<ActivationType> find(String id) {
        return CustomDefinition.ID.equals(id) ? Optional.of(type()) : Catalogue.find(id);
    }

    /** @return the formula as last typed (accepted or not). */
    public ReadOnlyStringProperty formulaTextProperty() {
        return formulaText.getReadOnlyProperty();
    }

    /** @return the parameters as last typed (accepted or not). */
    public ReadOnlyStringProperty parametersTextProperty() {
        return parametersText.getReadOnlyProperty();
    }

    /** @return why the typed formula was rejected, or empty. */
    public ReadOnlyStringProperty formulaErrorProperty() {
        return formulaError.getReadOnlyProperty();
    }

    /** @return why the typed parameters were rejected, or empty. */
    public ReadOnlyStringProperty parametersErrorProperty() {
        return parametersError.getReadOnlyProperty();
    }

    /** @return the catalogue function drawn by the custom one as now set, or {@code null}. */
    public ReadOnlyObjectProperty<ActivationType> exactVersionProperty() {
        return exactVersion.getReadOnlyProperty();
    }

    // ---------------------------------------------------------------- commands

    /**
     * Checks a typed formula and its parameters; if both are good they replace the definition (the
     * sliders keep the value of each parameter that is still there and in range) and, when the custom
     * function is shown, it is redrawn. Otherwise the field at fault says why and nothing else changes.
     *
     * @param formula     the formula ({@code null} not permitted).
     * @param parameters  the parameter declarations ({@code null} not permitted).
     * @return {@code true} if accepted.
     */
    public boolean apply(String formula, String parameters) {
        formulaText.set(formula);
        parametersText.set(parameters);
        CustomDefinition d;
        try {
            d = CustomDefinition.compile(formula, parameters);
        } catch (ExprSyntaxException e) {
            reject(formulaError, "formula", e.getMessage());
            return false;
        } catch (IllegalArgumentException e) {
            boolean aboutParameters = e.getMessage().startsWith("parameter ");
            reject(aboutParameters ? parametersError : formulaError, aboutParameters ? "params" : "formula",
                    e.getMessage());
            return false;
        }
        formulaError.set("");
        parametersError.set("");
        plot.messages().clearAll(SOURCE);
        replace(d, carried(d));
        return true;
    }

    /** Shows the custom function on the plot. */
    public void select() {
        plot.selectedTypeProperty().set(type());
    }

    /**
     * Returns what the session saves.
     *
     * @return the formula and parameters accepted, with the sliders' values.
     */
    public CustomState snapshot() {
        CustomDefinition d = definition.get();
        return new CustomState(d.formula(), d.parametersText(), plot.parameterValues(d.type()));
    }

    /**
     * Restores a saved custom function (or the default one for {@link CustomState#NONE}).
     *
     * @param state    the saved state ({@code null} not permitted).
     * @param ignored  receives a warning if the saved formula cannot be used.
     */
    public void restore(CustomState state, List<String> ignored) {
        String formula = state.formula() == null ? DEFAULT_FORMULA : state.formula();
        String params = state.parameters() == null ? DEFAULT_PARAMETERS : state.parameters();
        CustomDefinition d;
        try {
            d = CustomDefinition.compile(formula, params);
        } catch (IllegalArgumentException e) {
            ignored.add("ignored custom.formula (" + e.getMessage() + ")");
            d = CustomDefinition.compile(DEFAULT_FORMULA, DEFAULT_PARAMETERS);
            formula = DEFAULT_FORMULA;
            params = DEFAULT_PARAMETERS;
        }
        formulaText.set(formula);
        parametersText.set(params);
        formulaError.set("");
        parametersError.set("");
        replace(d, inRange(d, state.values() == null ? Map.of() : state.values()));
    }

    // ---------------------------------------------------------------- internals

    private void reject(ReadOnlyStringWrapper field, String part, String why) {
        field.set(why);
        plot.messages().error(SOURCE + part, Message.of("custom.rejected", why));
    }

    private void replace(CustomDefinition d, Map<String, Double> values) {
        boolean shown = CustomDefinition.isCustom(plot.selectedTypeProperty().get());
        plot.restoreParameters(d.type(), values);
        definition.set(d);
        if (shown) {
            plot.selectedTypeProperty().set(d.type());
        }
        findExactVersion();
    }

    /** The slider values of the parameters the new definition keeps, where still in range. */
    private Map<String, Double> carried(CustomDefinition d) {
        Map<String, Double> old = plot.parameterValues(definition.get().type());
        Map<String, Double> keep = new LinkedHashMap<>();
        for (ParameterSpec p : d.parameters()) {
            Double v = old.get(p.name());
            ParameterSpec before = definition.get().type().parameter(p.name()).orElse(null);
            // a value the user typed anew in the declarations wins over the slider's
            if (v != null && before != null && before.defaultValue() == p.defaultValue() && p.validate(v) == null) {
                keep.put(p.name(), v);
            }
        }
        return keep;
    }

    private static Map<String, Double> inRange(CustomDefinition d, Map<String, Double> values) {
        Map<String, Double> keep = new LinkedHashMap<>();
        for (ParameterSpec p : d.parameters()) {
            Double v = values.get(p.name());
            if (v != null && p.validate(v) == null) {
                keep.put(p.name(), v);
            }
        }
        return d.type().validate(withDefaults(d, keep)) == null ? keep : Map.of();
    }

    private static Map<String, Double> withDefaults(CustomDefinition d, Map<String, Double> values) {
        Map<String, Double> all = new LinkedHashMap<>(d.type().defaults());
        all.putAll(values);
        return all;
    }

    private void findExactVersion() {
        if (plot.specProperty().get() == null || plot.specProperty().get().selectedCurve() == null) {
            return;
        }
        if (plot.specProperty().get().selectedCurve().function() instanceof CustomFunction f) {
            exactVersion.set(ShapeMatch.exactVersion(f).orElse(null));
        }
    }
}
