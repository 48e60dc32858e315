package io.activationplotter.cli;

import io.activationplotter.model.Activation;
import io.activationplotter.model.ActivationType;
import io.activationplotter.model.Catalogue;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** The function name and {@code --param} options shared by {@code eval} and {@code saturation}. */
final class FunctionOptions {

    @Parameters(index = "0", paramLabel = "NAME",
            description = "The function, as printed by 'list' (e.g. gelu, leaky_relu; case and -/_ ignored).")
    private String name;

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

    /**
     * Looks up the function (precision lens).
     *
     * @param spec  the running command, for error messages.
     * @return the catalogue entry.
     * @throws ParameterException naming the unknown function.
     */
    ActivationType type(CommandSpec spec) {
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
