package io.activationplotter.cli;

import io.activationplotter.model.Activation;
import io.activationplotter.model.network.DeepNet;
import io.activationplotter.model.network.Initialisation;
import io.activationplotter.model.network.LayerStats;
import io.activationplotter.model.network.NetworkResult;
import io.activationplotter.model.network.NetworkSpec;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code network}: a deep network at initialisation (cs231n's experiment), forward and backward once;
 * prints CSV {@code layer,mean,std,saturated,dead,grad_rms}, one row per layer.
 */
@Command(name = "network", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Runs a deep net at initialisation once and prints per-layer activation and gradient statistics.",
        description = {"z_l = h_(l-1) W_l (no bias), h_l = f(z_l), h_0 = X ~ N(0,1) (B x N); W_l is N x N.",
            "Backward from an upstream gradient ~ N(0,1): delta_l = (delta_(l+1) W_(l+1)^T) * f'(z_l).",
            "CSV header layer,mean,std,saturated,dead,grad_rms; mean/std of h_l over all units and samples; "
                    + "saturated/dead are fractions of z_l entries (|f'| < T toward -inf/+inf; f' = 0 exactly); "
                    + "grad_rms = RMS(delta_l).",
            "xavier_normal: sigma = gain*sqrt(2/(fan_in+fan_out)); kaiming_normal: sigma = sqrt(2/fan_in). "
                    + "The same seed gives the same numbers."},
        footerHeading = "%nExamples:%n",
        footer = {"  network --function tanh --layers 10 --width 500 --init normal --std 1 --batch 500 --seed 1",
            "  network --function tanh --layers 10 --width 500 --init xavier_normal --batch 500 --seed 1",
            "  network --function relu --layers 10 --width 500 --init kaiming_normal --batch 500 --seed 1"})
public final class NetworkCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = {"-f", "--function"}, required = true, paramLabel = "NAME",
            description = "The activation of every layer, as printed by 'list'.")
    private String name;

    @Option(names = {"-p", "--param"}, paramLabel = "KEY=VALUE",
            description = "A parameter of the function by its PyTorch name (repeatable).")
    private List<String> params;

    @Option(names = "--layers", required = true, paramLabel = "L", description = "Depth, 1 to 50.")
    private String layers;

    @Option(names = "--width", required = true, paramLabel = "N", description = "Units per layer, 2 to 1000.")
    private String width;

    @Option(names = "--init", required = true, paramLabel = "INIT",
            description = "normal, xavier_normal or kaiming_normal.")
    private String init;

    @Option(names = "--std", paramLabel = "S", defaultValue = "1",
            description = "The weights' sigma for --init normal (default ${DEFAULT-VALUE}).")
    private String std;

    @Option(names = "--gain", paramLabel = "G", defaultValue = "1",
            description = "The gain for --init xavier_normal (default ${DEFAULT-VALUE}).")
    private String gain;

    @Option(names = "--batch", required = true, paramLabel = "B", description = "Inputs in the batch, 1 to 1000.")
    private String batch;

    @Option(names = "--seed", required = true, paramLabel = "K", description = "The random seed (a whole number).")
    private String seed;

    @Option(names = {"-t", "--threshold"}, paramLabel = "T", defaultValue = "0.05",
            description = "The gradient threshold of the saturation rule (default ${DEFAULT-VALUE}).")
    private String threshold;

    @Override
    public Integer call() {
        Activation f = activation();
        Initialisation i = Initialisation.of(init).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "bad --init " + Echo.quote(init) + ": use normal, xavier_normal or kaiming_normal"));
        NetworkSpec net = new NetworkSpec(
                NumericOptions.integer(spec, "--layers", layers, 1, NetworkSpec.MAX_LAYERS),
                NumericOptions.integer(spec, "--width", width, 2, NetworkSpec.MAX_WIDTH), i,
                NumericOptions.positive(spec, "--std", std), NumericOptions.positive(spec, "--gain", gain),
                NumericOptions.integer(spec, "--batch", batch, 1, NetworkSpec.MAX_BATCH),
                NumericOptions.seed(spec, "--seed", seed), NumericOptions.positive(spec, "--threshold", threshold));
        NetworkResult result = DeepNet.run(net, f, () -> false);
        StringBuilder csv = new StringBuilder("layer,mean,std,saturated,dead,grad_rms\n");
        for (LayerStats s : result.layers()) {
            csv.append(s.layer()).append(',').append(s.mean()).append(',').append(s.std()).append(',')
                    .append(s.saturated()).append(',').append(s.dead()).append(',').append(s.gradRms()).append('\n');
        }
        spec.commandLine().getOut().print(csv);
        return 0;
    }

    private Activation activation() {
        return FunctionOptions.catalogueFunction(spec, name, params);
    }
}
