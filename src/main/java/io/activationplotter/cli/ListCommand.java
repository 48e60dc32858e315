package io.activationplotter.cli;

import io.activationplotter.model.ActivationType;
import io.activationplotter.model.Catalogue;
import io.activationplotter.model.ParameterSpec;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code list}: one line per function with its parameters, PyTorch defaults and allowed ranges. */
@Command(name = "list", mixinStandardHelpOptions = true,
        header = "Lists the functions with their parameters, defaults and ranges.",
        description = {"Lists every function, one per line: its name, then each parameter as "
                + "NAME=DEFAULT in [MIN, MAX] (PyTorch names and defaults)."},
        footerHeading = "%nExample output line:%n",
        footer = {"  leaky_relu   negative_slope=0.01 in [0, 1]"})
public final class ListCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        int width = Catalogue.all().stream().mapToInt(t -> t.id().length()).max().orElse(0) + 2;
        StringBuilder out = new StringBuilder();
        for (ActivationType type : Catalogue.all()) {
            if (type.parameters().isEmpty()) {
                out.append(type.id()).append('\n');
                continue;
            }
            out.append(String.format("%-" + width + "s", type.id()));
            out.append(type.parameters().stream().map(ListCommand::describe).collect(Collectors.joining(", ")));
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
