package io.activationplotter.model.network;

import java.util.Objects;

/**
 * A deep network at initialisation: L square layers of width N without bias, weights drawn by an
 * {@link Initialisation}, a batch of B inputs X ~ N(0, 1) and a seed.
 *
 * @param layers     L, from 1 to {@link #MAX_LAYERS}.
 * @param width      N, from 2 to {@link #MAX_WIDTH} (also the input dimension).
 * @param init       the initialisation ({@code null} not permitted).
 * @param std        σ of {@link Initialisation#NORMAL}, positive and finite.
 * @param gain       the gain of {@link Initialisation#XAVIER_NORMAL}, positive and finite.
 * @param batch      B, from 1 to {@link #MAX_BATCH}.
 * @param seed       the seed: the same seed gives the same numbers.
 * @param threshold  T of the saturation rule, positive and finite.
 */
public record NetworkSpec(int layers, int width, Initialisation init, double std, double gain, int batch, long seed,
        double threshold) {

    /** The most layers. */
    public static final int MAX_LAYERS = 50;
    /** The widest layer. */
    public static final int MAX_WIDTH = 1000;
    /** The largest batch. */
    public static final int MAX_BATCH = 1000;

    /** Checks the fields. */
    public NetworkSpec {
        Objects.requireNonNull(init, "init");
        check(layers >= 1 && layers <= MAX_LAYERS, "layers must be from 1 to " + MAX_LAYERS + ", got " + layers);
        check(width >= 2 && width <= MAX_WIDTH, "width must be from 2 to " + MAX_WIDTH + ", got " + width);
        check(batch >= 1 && batch <= MAX_BATCH, "batch must be from 1 to " + MAX_BATCH + ", got " + batch);
        check(std > 0 && std < Double.POSITIVE_INFINITY, "std must be a positive finite number, got " + std);
        check(gain > 0 && gain < Double.POSITIVE_INFINITY, "gain must be a positive finite number, got " + gain);
        check(threshold > 0 && threshold < Double.POSITIVE_INFINITY,
                "threshold must be a positive finite number, got " + threshold);
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    /** @return σ of every layer's weights (all layers are N × N). */
    public double weightStd() {
        return init.sigma(width, width, std, gain);
    }
}
