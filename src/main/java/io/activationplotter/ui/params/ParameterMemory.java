package io.activationplotter.ui.params;

import io.activationplotter.model.ActivationType;
import io.activationplotter.model.ParameterSpec;
import io.activationplotter.ui.Message;
import io.activationplotter.ui.Messages;
import io.activationplotter.ui.NumberText;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** The accepted parameter values of every function, so each keeps its own while the user switches. */
public final class ParameterMemory {

    private final Map<ActivationType, Map<String, Double>> remembered = new HashMap<>();
    private final Messages text;

    public ParameterMemory(Messages text) {
        this.text = text;
    }

    /** @return the live values of a function, starting from PyTorch's defaults. */
    public Map<String, Double> values(ActivationType type) {
        return remembered.computeIfAbsent(type, t -> new LinkedHashMap<>(t.defaults()));
    }

    /** Returns a function to PyTorch's defaults. */
    public void forget(ActivationType type) {
        remembered.remove(type);
    }

    /**
     * Checks a candidate value against the parameter's range, then against the function's rules
     * between parameters (with the other parameters at their remembered values).
     *
     * @return {@code null} if allowed, else a message saying what is allowed.
     */
    public Message check(ActivationType type, ParameterSpec spec, double value) {
        if (spec.validate(value) != null) {
            return Message.of("error.parameterRange", spec.name(), NumberText.format(spec.min()),
                    NumberText.format(spec.max()), NumberText.format(spec.defaultValue()));
        }
        Map<String, Double> candidate = new LinkedHashMap<>(values(type));
        candidate.put(spec.name(), value);
        String problem = type.validate(candidate);
        return problem == null ? null : Message.literal(problem);
    }
}
