package io.activationplotter.model.network;

import java.util.List;

/**
 * The outcome of {@link DeepNet#run}: per-layer statistics and, for the histograms, a sample of
 * every layer's activations.
 *
 * @param spec     the network run.
 * @param layers   one entry per layer 1..L.
 * @param samples  per layer, h_l at evenly spaced entries (every k-th of the B·N, at most
 *                 {@link DeepNet#SAMPLE} of them); a histogram of them estimates the layer's.
 * @param min      the smallest h over all layers and entries (not only the samples).
 * @param max      the largest h over all layers and entries.
 */
public record NetworkResult(NetworkSpec spec, List<LayerStats> layers, List<float[]> samples, double min,
        double max) {

    /** Copies the lists. */
    public NetworkResult {
        layers = List.copyOf(layers);
        samples = List.copyOf(samples);
    }

    /**
     * Counts one layer's samples in equal bins over [lo, hi] (values outside go to the end bins).
     *
     * @param layer  l, from 1.
     * @param lo     the lower end.
     * @param hi     the upper end, above lo.
     * @param bins   the number of bins.
     * @return the fraction of the samples in each bin.
     */
    public double[] histogram(int layer, double lo, double hi, int bins) {
        float[] s = samples.get(layer - 1);
        double[] counts = new double[bins];
        double width = (hi - lo) / bins;
        for (float v : s) {
            int k = (int) Math.floor((v - lo) / width);
            counts[Math.max(0, Math.min(bins - 1, k))]++;
        }
        for (int k = 0; k < bins; k++) {
            counts[k] /= s.length;
        }
        return counts;
    }
}
