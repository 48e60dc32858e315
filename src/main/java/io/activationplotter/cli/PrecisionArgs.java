package io.activationplotter.cli;

import io.activationplotter.model.Activation;
import io.activationplotter.model.ActivationType;
import io.activationplotter.model.precision.FloatFormat;
import io.activationplotter.model.precision.NaiveFormulas;
import io.activationplotter.model.precision.StoredActivation;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Reads {@code --dtype} and applies the precision lens for {@code eval} and {@code saturation}. */
final class PrecisionArgs {

    /** The description of {@code --dtype}. */
    static final String DTYPE_HELP = "The storage format: float64 (default), float32, bfloat16 or float16; "
            + "values are the exact ones correctly rounded to it, x rounded first.";

    private PrecisionArgs() {
    }

    /**
     * Parses a {@code --dtype} value.
     *
     * @param dtype  the value, or {@code null} for float64.
     * @param spec   the running command, for the message.
     * @return the format.
     * @throws ParameterException naming the bad value and the allowed ones.
     */
    static FloatFormat format(String dtype, CommandSpec spec) {
        if (dtype == null) {
            return FloatFormat.FLOAT64;
        }
        return FloatFormat.parse(dtype).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "bad --dtype " + Echo.quote(dtype) + ": expected one of " + Arrays.stream(FloatFormat.values())
                        .map(FloatFormat::label).collect(Collectors.joining(", "))));
    }

    /**
     * Returns the function as {@code eval} prints it in a format: stored, or by its naive formula.
     *
     * @param function  the function options, already used to build the function.
     * @param format    the format.
     * @param naive     whether {@code --naive} was given.
     * @param spec      the running command (a note goes to its standard error).
     * @return the function to print.
     */
    static Activation lens(FunctionOptions function, FloatFormat format, boolean naive, CommandSpec spec) {
        ActivationType type = function.type(spec);
        Map<String, Double> values = function.values(spec);
        if (!naive) {
            return StoredActivation.of(type.create(values), format);
        }
        if (NaiveFormulas.find(type, values).isEmpty()) {
            spec.commandLine().getErr().println("note: " + type.id() + " has no naive formula; printing the "
                    + "stored values (exact, rounded to " + format.label() + ")");
            spec.commandLine().getErr().flush();
        }
        return NaiveFormulas.naive(type, values, format);
    }
}
