package io.activationplotter.model.network;

import io.activationplotter.model.Activation;
import io.activationplotter.model.saturation.Region;
import io.activationplotter.model.saturation.SaturationAnalysis;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;

/**
 * cs231n's experiment: a deep network at initialisation, forward and backward once.
 * <p>
 * Forward z_l = h_{l−1} W_l (no bias), h_l = f(z_l), from h_0 = X, a B × N batch of N(0, 1)
 * numbers; every W_l is N × N with N(0, σ²) entries, σ from the {@link Initialisation}. Backward
 * from an upstream gradient G ~ N(0, 1) at the top (the gradient of the loss Σ G ⊙ h_L):
 * δ_L = G ⊙ f'(z_L), δ_l = (δ_{l+1} W_{l+1}ᵀ) ⊙ f'(z_l). A layer is summarised by
 * {@link LayerStats}; "saturated" follows {@link SaturationAnalysis} for the spec's threshold T.
 * <p>
 * Random numbers: a {@link SplittableRandom} seeded with the spec's seed gives one seed per matrix
 * (X, W_1 … W_L, G), each drawn by its own generator; so the same seed gives the same numbers, and
 * W_l is drawn again during the backward pass instead of being held (L × N² doubles would be 400 MB
 * at 50 × 1000). f'(z_l) is held as {@code float} for the backward pass (relative error 6e-8).
 * Products run on all cores ({@link Matrices#multiply}).
 */
public final class DeepNet {

    /** The most activations kept per layer for its histogram. */
    public static final int SAMPLE = 20_000;

    private final NetworkSpec spec;
    private final Activation f;
    private final BooleanSupplier cancelled;
    private final long[] seeds;
    private final List<Region> saturated;
    private final float[][] slopes;
    private final double[][] forwardStats;
    private final List<float[]> samples = new ArrayList<>();
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;
    private double[] output;

    private DeepNet(NetworkSpec spec, Activation f, BooleanSupplier cancelled) {
        this.spec = Objects.requireNonNull(spec, "spec");
        this.f = Objects.requireNonNull(f, "f");
        this.cancelled = Objects.requireNonNull(cancelled, "cancelled");
        this.seeds = seeds(spec);
        this.saturated = SaturationAnalysis.analyze(f, spec.threshold()).saturated();
        this.slopes = new float[spec.layers()][];
        this.forwardStats = new double[spec.layers()][];
    }

    /**
     * Runs the network forward and backward once.
     *
     * @param spec       the network ({@code null} not permitted).
     * @param f          the activation of every layer ({@code null} not permitted).
     * @param cancelled  asked now and then; {@code true} stops the run with a
     *                   {@link java.util.concurrent.CancellationException} ({@code null} not permitted).
     * @return the statistics per layer.
     */
    public static NetworkResult run(NetworkSpec spec, Activation f, BooleanSupplier cancelled) {
        DeepNet net = new DeepNet(spec, f, cancelled);
        net.forward(input(spec));
        double[] rms = net.backward(upstream(spec), null);
        List<LayerStats> layers = new ArrayList<>();
        for (int l = 0; l < spec.layers(); l++) {
            double[] s = net.forwardStats[l];
            layers.add(new LayerStats(l + 1, s[0], s[1], s[2], s[3], rms[l]));
        }
        return new NetworkResult(spec, layers, net.samples, net.min, net.max);
    }

    /**
     * Runs the network and returns the gradient of the loss Σ G ⊙ h_L with respect to the input X:
     * δ_1 W_1ᵀ (for the finite-difference test of the backward pass).
     *
     * @param spec  the network.
     * @param f     the activation.
     * @param x     the input, B × N.
     * @return ∂loss/∂X, B × N.
     */
    static double[] inputGradient(NetworkSpec spec, Activation f, double[] x) {
        DeepNet net = new DeepNet(spec, f, () -> false);
        net.forward(x);
        double[][] grad = new double[1][];
        net.backward(upstream(spec), grad);
        return grad[0];
    }

    /**
     * @param spec  the network.
     * @param f     the activation.
     * @param x     the input, B × N.
     * @return h_L, B × N.
     */
    static double[] output(NetworkSpec spec, Activation f, double[] x) {
        DeepNet net = new DeepNet(spec, f, () -> false);
        net.forward(x);
        return net.output;
    }

    /** @return the input batch X the spec's seed gives. */
    static double[] input(NetworkSpec spec) {
        return Matrices.gaussian(seeds(spec)[0], spec.batch() * spec.width(), 1);
    }

    /** @return the upstream gradient G the spec's seed gives. */
    static double[] upstream(NetworkSpec spec) {
        return Matrices.gaussian(seeds(spec)[spec.layers() + 1], spec.batch() * spec.width(), 1);
    }

    /** @return W_l (l from 1) as the spec's seed gives it. */
    static double[] weights(NetworkSpec spec, int l) {
        return Matrices.gaussian(seeds(spec)[l], spec.width() * spec.width(), spec.weightStd());
    }

    private static long[] seeds(NetworkSpec spec) {
        SplittableRandom root = new SplittableRandom(spec.seed());
        long[] s = new long[spec.layers() + 2];
        for (int i = 0; i < s.length; i++) {
            s[i] = root.nextLong();
        }
        return s;
    }

    private void forward(double[] x) {
        int b = spec.batch();
        int n = spec.width();
        double[] h = x;
        for (int l = 1; l <= spec.layers(); l++) {
            double[] z = Matrices.multiply(h, b, n, weights(spec, l), n, cancelled);
            float[] d = new float[z.length];
            int sat = 0;
            int dead = 0;
            for (int i = 0; i < z.length; i++) {
                double zi = z[i];
                double slope = f.derivative(zi);
                d[i] = (float) slope;
                if (slope == 0) {
                    dead++;
                }
                if (isSaturated(zi)) {
                    sat++;
                }
                z[i] = f.value(zi); // z now holds h_l
            }
            slopes[l - 1] = d;
            forwardStats[l - 1] = new double[] {mean(z), std(z), (double) sat / z.length, (double) dead / z.length};
            keepSample(z);
            h = z;
        }
        output = h;
    }

    /** @return RMS(δ_l) for l = 1..L; with {@code inputGradient} non-null, its slot 0 gets δ_1 W_1ᵀ. */
    private double[] backward(double[] g, double[][] inputGradient) {
        int b = spec.batch();
        int n = spec.width();
        int layers = spec.layers();
        double[] rms = new double[layers];
        double[] delta = g.clone();
        times(delta, slopes[layers - 1]);
        rms[layers - 1] = Matrices.rms(delta);
        for (int l = layers - 1; l >= 1; l--) {
            double[] wt = Matrices.transpose(weights(spec, l + 1), n, n);
            delta = Matrices.multiply(delta, b, n, wt, n, cancelled);
            times(delta, slopes[l - 1]);
            rms[l - 1] = Matrices.rms(delta);
        }
        if (inputGradient != null) {
            inputGradient[0] = Matrices.multiply(delta, b, n, Matrices.transpose(weights(spec, 1), n, n), n, cancelled);
        }
        return rms;
    }

    private static void times(double[] v, float[] d) {
        for (int i = 0; i < v.length; i++) {
            v[i] *= d[i];
        }
    }

    private boolean isSaturated(double z) {
        for (Region r : saturated) {
            if (z >= r.start() && z <= r.end()) {
                return true;
            }
        }
        return false;
    }

    private void keepSample(double[] h) {
        int stride = Math.max(1, (h.length + SAMPLE - 1) / SAMPLE);
        float[] s = new float[(h.length + stride - 1) / stride];
        for (int i = 0, k = 0; i < h.length; i += stride, k++) {
            s[k] = (float) h[i];
        }
        for (double v : h) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        samples.add(s);
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    private static double std(double[] v) {
        double m = mean(v);
        double s = 0;
        for (double x : v) {
            s += (x - m) * (x - m);
        }
        return Math.sqrt(s / v.length);
    }
}
