package io.activationplotter.cli;

import io.activationplotter.model.Activation;
import io.activationplotter.model.distribution.DistributionReport;
import io.activationplotter.model.distribution.PreActivationDistribution;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code distribution}: for a pre-activation z ~ N(μ, σ²), prints the probability of each region of
 * the saturation rule and the moments of f(z) and f'(z) as CSV {@code quantity,value}.
 */
@Command(name = "distribution", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Prints what a unit sees when its input is z ~ N(M, S^2): saturated %, dead %, E[f'] ...",
        description = {"CSV header quantity,value; the rows, in this order:",
            "  saturated, saturated_left, saturated_right  P(z in a saturated region of |f'| < T; the whole line "
                    + "counts as left)",
            "  low_gradient  P(z in an interior low-gradient zone); dead  P(f'(z) = 0 exactly)",
            "  mean_f, std_f, mean_df, mean_df2  E[f(z)], sd[f(z)], E[f'(z)], E[f'(z)^2]",
            "Probabilities from the normal distribution function (erfc); moments by Gauss-Legendre quadrature "
                    + "split at kinks and region ends (about 1e-10 relative)."},
        footerHeading = "%nExamples:%n",
        footer = {"  distribution tanh --mean 0 --std 1",
            "  distribution relu --mean 0 --std 1.414 --threshold 0.01",
            "  distribution leaky_relu --param negative_slope=0.1 --mean 0.5 --std 2"})
public final class DistributionCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private FunctionOptions function;

    @Option(names = "--mean", required = true, paramLabel = "M", description = "The mean of z.")
    private String mean;

    @Option(names = "--std", required = true, paramLabel = "S", description = "The standard deviation of z (> 0).")
    private String std;

    @Option(names = {"-t", "--threshold"}, paramLabel = "T", defaultValue = "0.05",
            description = "The gradient threshold of the saturation rule |f'| < T (default ${DEFAULT-VALUE}).")
    private String threshold;

    @Override
    public Integer call() {
        Activation f = function.create(spec);
        double m = NumericOptions.finite(spec, "--mean", mean);
        double s = NumericOptions.positive(spec, "--std", std);
        double t = NumericOptions.positive(spec, "--threshold", threshold);
        DistributionReport report = PreActivationDistribution.analyze(f, m, s, t);
        StringBuilder csv = new StringBuilder("quantity,value\n");
        double[] values = report.values();
        for (int i = 0; i < values.length; i++) {
            csv.append(DistributionReport.QUANTITIES.get(i)).append(',').append(values[i]).append('\n');
        }
        spec.commandLine().getOut().print(csv);
        return 0;
    }
}
