package io.activationplotter.cli;

import io.activationplotter.model.Activation;
import io.activationplotter.model.precision.FloatFormat;
import io.activationplotter.model.precision.UnderflowAnalysis;
import io.activationplotter.model.precision.UnderflowRegion;
import io.activationplotter.model.saturation.Side;
import java.util.List;
import io.activationplotter.model.saturation.Region;
import io.activationplotter.model.saturation.SaturationAnalysis;
import io.activationplotter.model.saturation.SaturationReport;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code saturation}: prints the saturated regions and low-gradient zones of a function for a threshold
 * as CSV, then the asymptotic classification of each side on a comment line.
 */
@Command(name = "saturation", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Prints the saturated regions and zones where |f'(x)| < T, as CSV.",
        description = {"CSV header start,end,kind,side; one row per interval, sorted by start.",
            "- Saturated regions reach -Infinity or Infinity; kind 'hard' when the function hard-saturates "
                    + "on that side (f' = 0 exactly far out), else 'soft'.",
            "- Low-gradient zones are bounded (kind low-gradient, side interior): GELU's minimum, "
                    + "softshrink's dead zone. They are not saturation.",
            "- Side 'both' means |f'| < T on the whole line (step; sigmoid with T > 0.25).",
            "Ends are found by root-finding on the analytic derivative down to adjacent doubles; "
                    + "at a kink or jump the end is exactly the kink.",
            "The last line, '# left: K, right: K', is the asymptotic kind of each side (hard, soft or none; "
                    + "Gulcehre et al. 2016) and does not depend on T. So Leaky ReLU with negative_slope < T "
                    + "has a soft left region but 'left: none': its f' does not tend to 0."},
        footerHeading = "%nExamples:%n",
        footer = {"  saturation sigmoid --threshold 0.01",
            "  saturation gelu --threshold 0.01 --range -4,4",
            "  saturation elu --param alpha=0.5 --threshold 1e-3",
            "  saturation sigmoid --threshold 0.01 --dtype float16"})
public final class SaturationCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private FunctionOptions function;

    @Option(names = {"-t", "--threshold"}, required = true, paramLabel = "T",
            description = "The gradient threshold: a region is where |f'(x)| < T; any T > 0.")
    private String threshold;

    @Option(names = {"-r", "--range"}, paramLabel = "A,B",
            description = "Only print regions that meet [A, B] (they are printed whole, not clipped).")
    private String range;

    @Option(names = "--dtype", paramLabel = "D", description = "Also print the tails where f' is not 0 but rounds to "
            + "0 in D (float32, bfloat16 or float16), kind 'underflow': ends where |f'| is half D's smallest "
            + "subnormal (ties to even), to 1e-12 relative accuracy. float64 adds none.")
    private String dtype;

    @Override
    public Integer call() {
        Activation f = function.create(spec);
        double t = threshold();
        double[] ab = range();
        List<UnderflowRegion> underflow = UnderflowAnalysis.analyze(f, PrecisionArgs.format(dtype, spec));
        SaturationReport report = SaturationAnalysis.analyze(f, t);
        StringBuilder csv = new StringBuilder("start,end,kind,side\n");
        appendUnderflow(csv, underflow, Side.LEFT, ab); // the outermost left tail sorts first
        for (Region r : report.regions()) {
            if (ab == null || r.intersects(ab[0], ab[1])) {
                csv.append(r.start()).append(',').append(r.end()).append(',').append(r.kind().label()).append(',')
                        .append(r.isWholeLine() ? "both" : r.side().label()).append('\n');
            }
        }
        appendUnderflow(csv, underflow, Side.RIGHT, ab);
        csv.append("# left: ").append(report.left().label()).append(", right: ").append(report.right().label())
                .append('\n');
        spec.commandLine().getOut().print(csv);
        return 0;
    }

    private static void appendUnderflow(StringBuilder csv, List<UnderflowRegion> regions, Side side, double[] ab) {
        for (UnderflowRegion r : regions) {
            if (r.side() == side && (ab == null || r.intersects(ab[0], ab[1]))) {
                csv.append(r.start()).append(',').append(r.end()).append(",underflow,").append(side.label())
                        .append('\n');
            }
        }
    }

    private double threshold() {
        double t;
        try {
            t = Numbers.parseFinite(threshold);
        } catch (NumberFormatException e) {
            throw bad("bad --threshold: " + e.getMessage());
        }
        if (!(t > 0)) {
            throw bad("bad --threshold " + Echo.quote(threshold) + ": it must be greater than 0");
        }
        return t;
    }

    private double[] range() {
        if (range == null) {
            return null;
        }
        String[] parts = range.split(",", -1);
        if (parts.length != 2) {
            throw bad("bad --range " + Echo.quote(range) + ": expected A,B, e.g. -6,6");
        }
        double[] ab = new double[2];
        for (int i = 0; i < 2; i++) {
            try {
                ab[i] = Numbers.parseFinite(parts[i]);
            } catch (NumberFormatException e) {
                throw bad("bad --range " + Echo.quote(range) + ": " + e.getMessage());
            }
        }
        if (!(ab[0] < ab[1])) {
            throw bad("bad --range " + Echo.quote(range) + ": A must be less than B");
        }
        return ab;
    }

    private ParameterException bad(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
