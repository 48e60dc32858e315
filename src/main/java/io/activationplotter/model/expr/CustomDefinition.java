package io.activationplotter.model.expr;

import io.activationplotter.model.Activation;
import io.activationplotter.model.ActivationInfo;
import io.activationplotter.model.ActivationType;
import io.activationplotter.model.ParameterSpec;
import java.util.List;
import java.util.Objects;

/**
 * A custom function as the user defines it, a formula and its parameters, checked and ready to plot:
 * {@link #type()} is a catalogue-like entry (id {@value #ID}) whose parameters get sliders and whose
 * instances are {@link CustomFunction}s, so saturation, depth, chain, evaluate and export take it as
 * they take any catalogue function.
 */
public final class CustomDefinition {

    /** The id of every custom entry (the session stores {@code selected=custom}). */
    public static final String ID = "custom";
    /** The longest formula shown whole in a name; longer ones are cut with an ellipsis. */
    static final int NAME_LENGTH = 48;

    private final String formula;
    private final List<ParameterSpec> parameters;
    private final Expr tree;
    private final ActivationType type;

    private CustomDefinition(String formula, List<ParameterSpec> parameters, Expr tree) {
        this.formula = formula;
        this.parameters = List.copyOf(parameters);
        this.tree = tree;
        this.type = new ActivationType(ID, name(formula), parameters,
                new ActivationInfo("Your formula, f' by automatic differentiation; as accurate as the formula.",
                        "", false, false, ""),
                p -> new CustomFunction(formula, tree.bind(p)), this::check);
    }

    /**
     * Checks and compiles a formula with parameters written as {@code a = 1.702 in [0, 5]}.
     *
     * @param formula     the formula in x ({@code null} not permitted).
     * @param parameters  the declarations, one per line or comma-separated ({@code null} or blank for none).
     * @return the definition.
     * @throws ExprSyntaxException if the formula cannot be read (the message names the column).
     * @throws IllegalArgumentException if a declaration is bad, or a catalogue call rejects its parameters.
     */
    public static CustomDefinition compile(String formula, String parameters) {
        return compile(formula, ParameterDeclarations.parse(parameters));
    }

    /**
     * Checks and compiles a formula with given parameters.
     *
     * @param formula     the formula in x ({@code null} not permitted).
     * @param parameters  the parameters ({@code null} not permitted).
     * @return the definition.
     * @throws ExprSyntaxException if the formula cannot be read (the message names the column).
     * @throws IllegalArgumentException if a catalogue call rejects its parameters at their defaults.
     */
    public static CustomDefinition compile(String formula, List<ParameterSpec> parameters) {
        Objects.requireNonNull(formula, "formula");
        Expr tree = ExprParser.parse(formula, parameters.stream().map(ParameterSpec::name).toList());
        CustomDefinition d = new CustomDefinition(formula.strip(), parameters, tree);
        String error = d.check(parameters.stream().mapToDouble(ParameterSpec::defaultValue).toArray());
        if (error != null) {
            throw new IllegalArgumentException(error);
        }
        return d;
    }

    /**
     * Tells whether an entry is a custom function.
     *
     * @param type  the entry ({@code null} permitted).
     * @return {@code true} for a custom entry.
     */
    public static boolean isCustom(ActivationType type) {
        return type != null && ID.equals(type.id());
    }

    /** @return the formula, without surrounding spaces. */
    public String formula() {
        return formula;
    }

    /** @return the parameters, in declaration order. */
    public List<ParameterSpec> parameters() {
        return parameters;
    }

    /** @return the parameters as text, one {@code a = 1.702 in [0, 5]} per line. */
    public String parametersText() {
        return ParameterDeclarations.format(parameters);
    }

    /** @return the catalogue-like entry. */
    public ActivationType type() {
        return type;
    }

    /** @return the function with the parameters at their declared values. */
    public Activation createDefault() {
        return type.createDefault();
    }

    private String check(double[] p) {
        try {
            tree.bind(p);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    private static String name(String formula) {
        String f = formula.strip().replaceAll("\\s+", " ");
        return "Custom: " + (f.length() <= NAME_LENGTH ? f : f.substring(0, NAME_LENGTH - 1) + "\u2026");
    }
}
