package io.activationplotter.model.network.train;

import io.activationplotter.model.Activation;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * A multilayer perceptron 2 → N → … → N → output: L hidden layers of N units, each with its own
 * activation, then a linear output layer read by {@link OutputKind}. The parameters live in one flat
 * array: for each weight layer k (0 … L) the weights W_k row by row (fan-in × fan-out, so
 * z_{k+1} = h_k·W_k + b_k), then the biases b_k. The gradient ({@link #backward}) has the same layout.
 * Not thread-safe: one trainer owns it; views get copies ({@link #copy()}).
 */
public final class Mlp {

    /** The number of inputs: x and y. */
    public static final int INPUTS = 2;
    /** The fewest hidden layers. */
    public static final int MIN_LAYERS = 1;
    /** The most hidden layers. */
    public static final int MAX_LAYERS = 8;
    /** The fewest units per hidden layer. */
    public static final int MIN_WIDTH = 1;
    /** The most units per hidden layer. */
    public static final int MAX_WIDTH = 32;

    private final Activation[] f;
    private final OutputKind output;
    private final int[] sizes;
    private final int[] offset;
    private final double[] params;

    /**
     * Creates a network with all parameters 0.
     *
     * @param hidden  the activation of each hidden layer, 1 to 8 of them ({@code null} not permitted).
     * @param width   the units per hidden layer, 1 to 32.
     * @param output  the output layer ({@code null} not permitted).
     * @throws IllegalArgumentException if the shape is out of range.
     */
    public Mlp(List<Activation> hidden, int width, OutputKind output) {
        if (hidden.size() < MIN_LAYERS || hidden.size() > MAX_LAYERS) {
            throw new IllegalArgumentException("layers must be from 1 to 8: " + hidden.size());
        }
        if (width < MIN_WIDTH || width > MAX_WIDTH) {
            throw new IllegalArgumentException("width must be from 1 to 32: " + width);
        }
        this.f = hidden.toArray(new Activation[0]);
        this.output = Objects.requireNonNull(output, "output");
        int layers = f.length;
        sizes = new int[layers + 2];
        sizes[0] = INPUTS;
        for (int l = 1; l <= layers; l++) {
            sizes[l] = width;
        }
        sizes[layers + 1] = output.units();
        offset = new int[layers + 2];
        for (int k = 0; k <= layers; k++) {
            offset[k + 1] = offset[k] + sizes[k] * sizes[k + 1] + sizes[k + 1];
        }
        params = new double[offset[layers + 1]];
    }

    private Mlp(Mlp other) {
        f = other.f;
        output = other.output;
        sizes = other.sizes;
        offset = other.offset;
        params = other.params.clone();
    }

    /**
     * Sets the weights Xavier/Glorot normal (σ = √(2 / (fan_in + fan_out))) and the biases to 0.
     *
     * @param rng  the random source ({@code null} not permitted).
     * @return this network.
     */
    public Mlp initialise(RandomGenerator rng) {
        java.util.Arrays.fill(params, 0);
        for (int k = 0; k <= layers(); k++) {
            double sigma = Math.sqrt(2.0 / (sizes[k] + sizes[k + 1]));
            for (int i = 0; i < sizes[k] * sizes[k + 1]; i++) {
                params[offset[k] + i] = sigma * rng.nextGaussian();
            }
        }
        return this;
    }

    /** @return a copy with the same parameters (the activations are shared: they are immutable). */
    public Mlp copy() {
        return new Mlp(this);
    }

    /** @return the number of hidden layers L. */
    public int layers() {
        return f.length;
    }

    /** @return the units per hidden layer N. */
    public int width() {
        return sizes[1];
    }

    /** @return the output layer. */
    public OutputKind output() {
        return output;
    }

    /**
     * @param layer  the hidden layer, from 1 to {@link #layers()}.
     * @return its activation.
     */
    public Activation activation(int layer) {
        return f[layer - 1];
    }

    /** @return the number of parameters. */
    public int parameterCount() {
        return params.length;
    }

    /** @return a copy of the parameters, in the layout of the class comment. */
    public double[] parameters() {
        return params.clone();
    }

    /**
     * Replaces the parameters.
     *
     * @param p  the parameters, {@link #parameterCount()} of them ({@code null} not permitted).
     */
    public void setParameters(double[] p) {
        if (p.length != params.length) {
            throw new IllegalArgumentException("expected " + params.length + " parameters, got " + p.length);
        }
        System.arraycopy(p, 0, params, 0, p.length);
    }

    /** @return the live parameters, for the optimisers. */
    double[] liveParameters() {
        return params;
    }

    /**
     * Runs the network on a batch.
     *
     * @param inputs  n rows of (x, y), row by row ({@code null} not permitted; length 2n).
     * @return the pre-activations and activations of every layer.
     */
    public ForwardPass forward(double[] inputs) {
        int n = inputs.length / INPUTS;
        int layers = layers();
        double[][] z = new double[layers + 2][];
        double[][] h = new double[layers + 1][];
        h[0] = inputs;
        for (int k = 0; k <= layers; k++) {
            z[k + 1] = affine(k, h[k], n);
            if (k < layers) {
                Activation a = f[k];
                double[] zk = z[k + 1];
                double[] hk = new double[zk.length];
                for (int i = 0; i < zk.length; i++) {
                    hk[i] = a.value(zk[i]);
                }
                h[k + 1] = hk;
            }
        }
        return new ForwardPass(output, n, z, h);
    }

    /** @return h·W_k + b_k for n rows. */
    private double[] affine(int k, double[] in, int n) {
        int fanIn = sizes[k];
        int fanOut = sizes[k + 1];
        int w = offset[k];
        int b = w + fanIn * fanOut;
        double[] out = new double[n * fanOut];
        for (int r = 0; r < n; r++) {
            int o = r * fanOut;
            System.arraycopy(params, b, out, o, fanOut);
            for (int i = 0; i < fanIn; i++) {
                double v = in[r * fanIn + i];
                if (v != 0) {
                    int wi = w + i * fanOut;
                    for (int j = 0; j < fanOut; j++) {
                        out[o + j] += v * params[wi + j];
                    }
                }
            }
        }
        return out;
    }

    /**
     * Back-propagates the mean loss of a batch: δ at the output is (p − onehot(y)) / n, and
     * δ_l = (δ_{l+1}·W_lᵀ) ⊙ f′(z_l) with each layer's analytic derivative.
     *
     * @param pass    a forward pass of this network ({@code null} not permitted).
     * @param labels  the labels, 0 or 1, one per row ({@code null} not permitted).
     * @return the mean loss, its gradient and the size of the δ of each hidden layer.
     */
    public Gradient backward(ForwardPass pass, int[] labels) {
        int n = pass.rows();
        int layers = layers();
        double[] grad = new double[params.length];
        double[] deltaSquares = new double[layers + 1];
        double[] delta = pass.outputDelta(labels);
        for (int k = layers; k >= 0; k--) {
            double[] in = pass.activations(k);
            int fanIn = sizes[k];
            int fanOut = sizes[k + 1];
            int w = offset[k];
            int b = w + fanIn * fanOut;
            for (int r = 0; r < n; r++) {
                for (int j = 0; j < fanOut; j++) {
                    double d = delta[r * fanOut + j];
                    grad[b + j] += d;
                    for (int i = 0; i < fanIn; i++) {
                        grad[w + i * fanOut + j] += in[r * fanIn + i] * d;
                    }
                }
            }
            if (k > 0) {
                delta = hiddenDelta(k, delta, pass.preActivations(k), n);
                double s = 0;
                for (double d : delta) {
                    double e = d * n; // the per-example gradient ∂ℓ/∂z, independent of the batch size
                    s += e * e;
                }
                deltaSquares[k] = s;
            }
        }
        return new Gradient(pass.loss(labels), grad, deltaSquares, n * width());
    }

    /** @return (δ·W_kᵀ) ⊙ f′(z_k) for hidden layer k. */
    private double[] hiddenDelta(int k, double[] next, double[] zk, int n) {
        int fanIn = sizes[k];
        int fanOut = sizes[k + 1];
        int w = offset[k];
        Activation a = f[k - 1];
        double[] out = new double[n * fanIn];
        for (int r = 0; r < n; r++) {
            for (int i = 0; i < fanIn; i++) {
                double s = 0;
                int wi = w + i * fanOut;
                for (int j = 0; j < fanOut; j++) {
                    s += next[r * fanOut + j] * params[wi + j];
                }
                int idx = r * fanIn + i;
                out[idx] = s * a.derivative(zk[idx]);
            }
        }
        return out;
    }
}
