package io.activationplotter.cli;

import io.activationplotter.model.ParameterSpec;
import io.activationplotter.model.expr.CustomDefinition;
import io.activationplotter.model.expr.ExprParser;
import io.activationplotter.model.expr.ExprSyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code --expr FORMULA} of {@code eval}, {@code saturation} and {@code export}: a custom formula in
 * x whose names are given with {@code --param NAME=VALUE}. Every message starts with the option it is
 * about: {@code --expr: expected ')' at column 18}.
 */
final class ExprOption {

    /** The option's name. */
    static final String NAME = "--expr";

    private ExprOption() {
    }

    /**
     * Compiles a formula with the parameters it uses.
     *
     * @param formula  the --expr value ({@code null} not permitted).
     * @param params   the --param values; those the formula does not name are left to the caller.
     * @return the definition, each parameter at its given value.
     * @throws IllegalArgumentException naming --expr and the column, or the name to give.
     */
    static CustomDefinition compile(String formula, Map<String, Double> params) {
        List<String> names;
        try {
            names = ExprParser.freeNames(formula);
        } catch (ExprSyntaxException e) {
            throw new IllegalArgumentException(NAME + ": " + e.getMessage());
        }
        List<ParameterSpec> specs = new ArrayList<>();
        for (String n : names) {
            Double v = params.get(n);
            if (v == null) {
                throw new IllegalArgumentException(NAME + ": the formula uses '" + n + "': give it with --param "
                        + n + "=VALUE");
            }
            specs.add(new ParameterSpec(n, n, v, -Double.MAX_VALUE, Double.MAX_VALUE));
        }
        try {
            return CustomDefinition.compile(formula, specs);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(NAME + ": " + e.getMessage());
        }
    }

    /**
     * Tells whether the formula names a parameter (so that it is not reported as unknown).
     *
     * @param definition  the compiled formula ({@code null} not permitted).
     * @param name        the --param name.
     * @return {@code true} if the formula uses it.
     */
    static boolean uses(CustomDefinition definition, String name) {
        return definition.type().parameter(name).isPresent();
    }
}
