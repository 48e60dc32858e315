package io.activationplotter.bench;

import io.activationplotter.model.Activation;
import io.activationplotter.model.Catalogue;
import io.activationplotter.model.distribution.PreActivationDistribution;
import io.activationplotter.model.network.DeepNet;
import io.activationplotter.model.network.Initialisation;
import io.activationplotter.model.network.NetworkSpec;
import java.util.Arrays;
import java.util.Locale;

/**
 * Issue 11: forward + backward passes per second of the deep net at initialisation (10 layers × batch
 * 500 × width 1000, tanh with Xavier and ReLU with He), and the time of one pre-activation
 * distribution report (quadrature) per function.
 */
final class NetworkBench {

    private static final int ROUNDS = 3;
    private static final int DISTRIBUTION_ROUNDS = 20;

    private NetworkBench() {
    }

    static void run(Report report) {
        report.section("Network at initialisation: forward + backward, 10 layers x batch 500 x width 1000 ("
                + Runtime.getRuntime().availableProcessors() + " cores; median of " + ROUNDS + " after one warm-up)");
        report.line("| activation, init | seconds per pass | passes per second | GFLOP/s (4·L·B·N² per pass) |");
        report.line("|---|---|---|---|");
        for (String[] c : new String[][] {{"tanh", "xavier_normal"}, {"relu", "kaiming_normal"}}) {
            Activation f = Catalogue.find(c[0]).orElseThrow().createDefault();
            NetworkSpec spec = new NetworkSpec(10, 1000, Initialisation.of(c[1]).orElseThrow(), 1, 1, 500, 1, 0.05);
            DeepNet.run(spec, f, () -> false);
            double[] t = new double[ROUNDS];
            for (int k = 0; k < ROUNDS; k++) {
                long t0 = System.nanoTime();
                DeepNet.run(spec, f, () -> false);
                t[k] = (System.nanoTime() - t0) / 1e9;
            }
            Arrays.sort(t);
            double s = t[ROUNDS / 2];
            report.line(String.format(Locale.ROOT, "| %s, %s | %.2f | %.3f | %.1f |", c[0], c[1], s, 1 / s,
                    4.0 * 10 * 500 * 1000 * 1000 / s / 1e9));
        }
        report.section("Pre-activation distribution: one report (probabilities + 4 moments), mu = 0, sigma = 1, T = 0.05 "
                + "(ms, median of " + DISTRIBUTION_ROUNDS + ")");
        report.line("| function | ms |");
        report.line("|---|---|");
        for (String id : new String[] {"sigmoid", "tanh", "relu", "gelu", "silu", "softplus", "hardtanh"}) {
            Activation f = Catalogue.find(id).orElseThrow().createDefault();
            double[] t = new double[DISTRIBUTION_ROUNDS];
            for (int warm = 0; warm < 5; warm++) {
                PreActivationDistribution.analyze(f, 0, 1, 0.05);
            }
            for (int k = 0; k < DISTRIBUTION_ROUNDS; k++) {
                long t0 = System.nanoTime();
                PreActivationDistribution.analyze(f, 0, 1, 0.05);
                t[k] = (System.nanoTime() - t0) / 1e6;
            }
            Arrays.sort(t);
            report.line(String.format(Locale.ROOT, "| %s | %.1f |", id, t[DISTRIBUTION_ROUNDS / 2]));
        }
    }
}
