package io.activationplotter.cli;

import io.activationplotter.model.ActivationType;
import io.activationplotter.model.Aliases;
import io.activationplotter.model.Catalogue;
import io.activationplotter.model.ParameterSpec;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code list}: one line per function with its parameters, PyTorch defaults and allowed ranges, and
 * its other frameworks' names (aliases), which every command accepts like the name.
 */
@Command(name = "list", mixinStandardHelpOptions = true,
        header = "Lists the functions with their parameters, defaults and ranges.",
        description = {"Lists every function, one per line: its name, then each parameter as "
                + "NAME=DEFAULT in [MIN, MAX] (PyTorch names and defaults), then 'also:' and the "
                + "function's other names (Keras, JAX, Hugging Face), accepted wherever a name is."},
        footerHeading = "%nExample output line:%n",
        footer = {"  leaky_relu   negative_slope=0.01 in [0, 1]", "  hardswish    also: hard_silu, hard_swish"})
public final class ListCommand implements Callable<Integer> {

    /** The narrowest column for the parameters. */
    private static final int MIN_WIDTH = 13;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        // the column of the parameters, as wide as before the longer parameter-less ids came
        int width = Math.max(MIN_WIDTH, Catalogue.all().stream().filter(t -> !t.parameters().isEmpty())
                .mapToInt(t -> t.id().length()).max().orElse(0) + 2);
        StringBuilder out = new StringBuilder();
        for (ActivationType type : Catalogue.all()) {
            List<String> aliases = Aliases.of(type.id()).stream().map(Aliases.Alias::name).toList();
            if (type.parameters().isEmpty() && aliases.isEmpty()) {
                out.append(type.id()).append('\n');
                continue;
            }
            out.append(type.id()).append(" ".repeat(Math.max(2, width - type.id().length())));
            out.append(type.parameters().stream().map(ListCommand::describe).collect(Collectors.joining(", ")));
            if (!aliases.isEmpty()) {
                out.append(type.parameters().isEmpty() ? "" : "; ").append("also: ").append(String.join(", ", aliases));
            }
            out.append('\n');
        }
        spec.commandLine().getOut().print(out);
        return 0;
    }

    private static String describe(ParameterSpec p) {
        return p.name() + "=" + ParameterSpec.format(p.defaultValue()) + " in [" + ParameterSpec.format(p.min())
                + ", " + ParameterSpec.format(p.max()) + "]";
    }
}
