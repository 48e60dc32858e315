package io.activationplotter.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A catalogue entry: an activation's name, its parameters with PyTorch names, defaults and ranges,
 * a short description, and a factory for instances with chosen parameter values.
 */
public final class ActivationType {

    /** Builds an instance from parameter values given in {@link #parameters()} order. */
    @FunctionalInterface
    public interface Factory {
        /**
         * @param p  the parameter values, in declaration order (already validated).
         * @return the activation.
         */
        Activation create(double[] p);
    }

    /** Checks a rule between parameters, such as {@code min_val < max_val}. */
    @FunctionalInterface
    public interface Constraint {
        /**
         * @param p  the parameter values, in declaration order, each within its own range.
         * @return {@code null} if allowed, else a message saying what is allowed.
         */
        String check(double[] p);
    }

    private final String id;
    private final String displayName;
    private final List<ParameterSpec> parameters;
    private final ActivationInfo info;
    private final Factory factory;
    private final Constraint constraint;

    /**
     * Creates an entry.
     *
     * @param id           the CLI name, lower case (for example {@code leaky_relu}).
     * @param displayName  the name shown in the UI (for example {@code Leaky ReLU}).
     * @param parameters   the parameters; the first one is the main ("α") parameter.
     * @param info         the description.
     * @param factory      the factory.
     * @param constraint   a rule between parameters ({@code null} for none).
     */
    public ActivationType(String id, String displayName, List<ParameterSpec> parameters, ActivationInfo info,
            Factory factory, Constraint constraint) {
        this.id = Objects.requireNonNull(id, "id");
        this.displayName = Objects.requireNonNull(displayName, "displayName");
        this.parameters = List.copyOf(parameters);
        this.info = Objects.requireNonNull(info, "info");
        this.factory = Objects.requireNonNull(factory, "factory");
        this.constraint = constraint;
    }

    /** @return the CLI name, for example {@code leaky_relu}. */
    public String id() {
        return id;
    }

    /** @return the name shown in the UI. */
    public String displayName() {
        return displayName;
    }

    /** @return the parameters in declaration order (never {@code null}). */
    public List<ParameterSpec> parameters() {
        return parameters;
    }

    /** @return the description. */
    public ActivationInfo info() {
        return info;
    }

    /** @return the main parameter shown on the α slider, if the function has parameters. */
    public Optional<ParameterSpec> mainParameter() {
        return parameters.isEmpty() ? Optional.empty() : Optional.of(parameters.get(0));
    }

    /**
     * Returns the parameter with the given PyTorch name.
     *
     * @param name  the name.
     * @return the parameter, if there is one.
     */
    public Optional<ParameterSpec> parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** @return PyTorch's defaults, by name, in declaration order. */
    public Map<String, Double> defaults() {
        Map<String, Double> m = new LinkedHashMap<>();
        parameters.forEach(p -> m.put(p.name(), p.defaultValue()));
        return Collections.unmodifiableMap(m);
    }

    /**
     * Checks parameter values; missing names take their defaults, unknown names are errors.
     *
     * @param values  the values by name ({@code null} not permitted).
     * @return {@code null} if allowed, else a message saying what is allowed.
     */
    public String validate(Map<String, Double> values) {
        for (String name : values.keySet()) {
            if (parameter(name).isEmpty()) {
                return id + " has no parameter '" + name + "'" + knownParameters();
            }
        }
        double[] p = toArray(values);
        for (int i = 0; i < p.length; i++) {
            String error = parameters.get(i).validate(p[i]);
            if (error != null) {
                return error;
            }
        }
        return constraint == null ? null : constraint.check(p);
    }

    /**
     * Creates an instance; missing names take their defaults.
     *
     * @param values  the values by name ({@code null} not permitted).
     * @return the activation.
     * @throws IllegalArgumentException if {@link #validate(Map)} reports an error; its message is that error.
     */
    public Activation create(Map<String, Double> values) {
        String error = validate(values);
        if (error != null) {
            throw new IllegalArgumentException(error);
        }
        return factory.create(toArray(values));
    }

    /** @return an instance with PyTorch's defaults. */
    public Activation createDefault() {
        return create(Map.of());
    }

    private double[] toArray(Map<String, Double> values) {
        double[] p = new double[parameters.size()];
        for (int i = 0; i < p.length; i++) {
            ParameterSpec spec = parameters.get(i);
            p[i] = values.getOrDefault(spec.name(), spec.defaultValue());
        }
        return p;
    }

    private String knownParameters() {
        if (parameters.isEmpty()) {
            return " (it takes no parameters)";
        }
        return " (known: " + String.join(", ", parameters.stream().map(ParameterSpec::name).toList()) + ")";
    }

    @Override
    public String toString() {
        return displayName;
    }
}
