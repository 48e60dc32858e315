package io.activationplotter.model.network.train;

import io.activationplotter.model.Activation;
import io.activationplotter.model.saturation.Region;
import io.activationplotter.model.saturation.SaturationAnalysis;
import java.util.List;

/**
 * Counts the dead and the saturated units of each hidden layer on a set of inputs, with the app's
 * saturation rule (Gulcehre et al. 2016, {@link SaturationAnalysis}): a unit is <em>dead</em> if
 * f′(z) = 0 exactly on every input (a ReLU that never fires: it gets no gradient and never learns
 * again), and <em>saturated</em> if it is not dead and its z lies in a saturated region of its
 * activation (|f′| &lt; T out to ±∞) on at least {@value #SATURATED_SHARE} of the inputs.
 */
public final class LayerHealth {

    /** The default gradient threshold T, the plot's. */
    public static final double DEFAULT_THRESHOLD = 0.05;
    /** The share of inputs on which a unit must be saturated to count as saturated. */
    public static final double SATURATED_SHARE = 0.9;

    private final List<List<Region>> saturated;

    /**
     * Finds the saturated regions of each hidden layer's activation.
     *
     * @param net        the network (only its activations are read; {@code null} not permitted).
     * @param threshold  the gradient threshold T (greater than 0).
     */
    public LayerHealth(Mlp net, double threshold) {
        List<List<Region>> regions = new java.util.ArrayList<>();
        java.util.Map<Activation, List<Region>> seen = new java.util.IdentityHashMap<>();
        for (int l = 1; l <= net.layers(); l++) {
            regions.add(seen.computeIfAbsent(net.activation(l),
                    f -> SaturationAnalysis.analyze(f, threshold).saturated()));
        }
        this.saturated = List.copyOf(regions);
    }

    /**
     * The counts of one measurement, per hidden layer (index 0 for layer 1).
     *
     * @param dead       dead units.
     * @param saturated  saturated units (not dead).
     */
    public record Counts(int[] dead, int[] saturated) {
    }

    /**
     * Measures a network on inputs.
     *
     * @param net     the network, with the activations given to the constructor ({@code null} not permitted).
     * @param inputs  rows of network inputs ({@code null} not permitted).
     * @return the counts.
     */
    public Counts measure(Mlp net, double[] inputs) {
        ForwardPass pass = net.forward(inputs);
        int n = pass.rows();
        int w = net.width();
        int[] dead = new int[net.layers()];
        int[] sat = new int[net.layers()];
        for (int l = 1; l <= net.layers(); l++) {
            double[] z = pass.preActivations(l);
            Activation f = net.activation(l);
            List<Region> regions = saturated.get(l - 1);
            for (int j = 0; j < w; j++) {
                boolean allZero = true;
                int inRegion = 0;
                for (int r = 0; r < n; r++) {
                    double v = z[r * w + j];
                    allZero &= f.derivative(v) == 0;
                    inRegion += inSaturated(regions, v) ? 1 : 0;
                }
                if (allZero) {
                    dead[l - 1]++;
                } else if (inRegion >= SATURATED_SHARE * n) {
                    sat[l - 1]++;
                }
            }
        }
        return new Counts(dead, sat);
    }

    private static boolean inSaturated(List<Region> regions, double z) {
        for (Region r : regions) {
            if (z >= r.start() && z <= r.end()) {
                return true;
            }
        }
        return false;
    }
}
