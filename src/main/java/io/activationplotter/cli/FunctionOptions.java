package io.activationplotter.cli;

import io.activationplotter.model.Activation;
import io.activationplotter.model.ActivationType;
import io.activationplotter.model.Catalogue;
import io.activationplotter.model.expr.CustomDefinition;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** The function name (or {@code --expr}) and {@code --param} options shared by {@code eval} and {@code saturation}. */
final class FunctionOptions {

    @Parameters(index = "0", paramLabel = "NAME", arity = "0..1",
            description = "The function, as printed by 'list' (e.g. gelu, leaky_relu; case and -/_ ignored).")
    private String name;

    @Option(names = ExprOption.NAME, paramLabel = "FORMULA",
            description = "Instead of NAME, a formula in x, e.g. 'x*tanh(log(1+exp(x)))' or 'x*sigmoid(a*x)' "
                    + "with --param a=1.702; f' is exact by automatic differentiation.")
    private String expr;

    @Option(names = {"-p", "--param"}, paramLabel = "KEY=VALUE",
            description = "A parameter by its PyTorch name, e.g. negative_slope=0.1 (repeatable; "
                    + "missing ones take PyTorch's defaults).")
    private List<String> params;

    /**
     * Looks up the function and builds it with the given parameters.
     *
     * @param spec  the running command, for error messages.
     * @return the function.
     * @throws ParameterException naming the unknown function, the bad parameter or the bad value.
     */
    Activation create(CommandSpec spec) {
        if (expr != null || name == null) {
            return custom(spec);
        }
        return catalogueFunction(spec, name, params);
    }

    /**
     * Looks up a catalogue function by name (or alias) and builds it with {@code --param} values; shared
     * by the commands that take the name as an option rather than through this mixin.
     *
     * @param spec    the running command, for error messages.
     * @param name    the function's name.
     * @param params  the KEY=VALUE arguments ({@code null} for none).
     * @return the function.
     * @throws ParameterException naming the unknown function, the bad parameter or the bad value.
     */
    static Activation catalogueFunction(CommandSpec spec, String name, List<String> params) {
        ActivationType type = Catalogue.find(name).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "unknown function " + Echo.quote(name) + " (run 'list' to see the names)"));
        Map<String, Double> values;
        try {
            values = ParamArgs.parse(params);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        String error = type.validate(values);
        if (error != null) {
            throw new ParameterException(spec.commandLine(), "bad --param: " + error);
        }
        return type.create(values);
    }

    /** The --expr function; every --param must be a name the formula uses. */
    private Activation custom(CommandSpec spec) {
        if (expr == null) {
            throw new ParameterException(spec.commandLine(), "missing function: give a NAME (see 'list') or "
                    + ExprOption.NAME + " FORMULA");
        }
        if (name != null) {
            throw new ParameterException(spec.commandLine(), "give a function NAME or " + ExprOption.NAME
                    + ", not both (" + Echo.quote(name) + " and " + ExprOption.NAME + ")");
        }
        try {
            Map<String, Double> values = ParamArgs.parse(params);
            CustomDefinition d = ExprOption.compile(expr, values);
            for (String key : values.keySet()) {
                if (!ExprOption.uses(d, key)) {
                    throw new IllegalArgumentException("bad --param " + Echo.quote(key) + ": the formula has no name "
                            + Echo.quote(key));
                }
            }
            return d.createDefault();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /**
     * Looks up the function (precision lens).
     *
     * @param spec  the running command, for error messages.
     * @return the catalogue entry.
     * @throws ParameterException naming the unknown function.
     */
    ActivationType type(CommandSpec spec) {
        if (expr != null) {
            throw new ParameterException(spec.commandLine(), "--dtype needs a catalogue function NAME; "
                    + ExprOption.NAME + " formulas are evaluated in float64 only");
        }
        return Catalogue.find(name).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "unknown function " + Echo.quote(name) + " (run 'list' to see the names)"));
    }

    /**
     * Returns the parameter values given (precision lens); call {@link #create(CommandSpec)} first to check them.
     *
     * @param spec  the running command, for error messages.
     * @return the values by name.
     */
    Map<String, Double> values(CommandSpec spec) {
        try {
            return ParamArgs.parse(params);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
