package io.activationplotter.model.network.train;

/**
 * The result of {@link Mlp#forward(double[])}: for n rows, the pre-activations z_l and activations
 * h_l of every layer (h_0 is the input, z_{L+1} the output logits), row by row.
 */
public final class ForwardPass {

    private final OutputKind output;
    private final int rows;
    private final double[][] z;
    private final double[][] h;

    ForwardPass(OutputKind output, int rows, double[][] z, double[][] h) {
        this.output = output;
        this.rows = rows;
        this.z = z;
        this.h = h;
    }

    /** @return the number of rows n. */
    public int rows() {
        return rows;
    }

    /**
     * @param layer  the layer, from 1 (first hidden) to L + 1 (output logits).
     * @return its pre-activations, row by row (not a copy: do not change).
     */
    public double[] preActivations(int layer) {
        return z[layer];
    }

    /**
     * @param layer  the layer, from 0 (the input) to L.
     * @return its activations, row by row (not a copy: do not change).
     */
    public double[] activations(int layer) {
        return h[layer];
    }

    /** @return the output logits, row by row. */
    private double[] logits() {
        return z[z.length - 1];
    }

    /**
     * @param row  the row.
     * @return the probability of class 1 the network gives it.
     */
    public double probability(int row) {
        double[] o = logits();
        if (output == OutputKind.SIGMOID) {
            return sigmoid(o[row]);
        }
        return sigmoid(o[2 * row + 1] - o[2 * row]); // softmax over two logits
    }

    /**
     * Returns the mean cross-entropy loss.
     *
     * @param labels  the labels, 0 or 1 ({@code null} not permitted).
     * @return the loss, in nats.
     */
    public double loss(int[] labels) {
        double[] o = logits();
        double sum = 0;
        for (int r = 0; r < rows; r++) {
            if (output == OutputKind.SIGMOID) {
                double v = o[r];
                sum += Math.max(v, 0) - labels[r] * v + Math.log1p(Math.exp(-Math.abs(v)));
            } else {
                double a = o[2 * r];
                double b = o[2 * r + 1];
                double m = Math.max(a, b);
                double lse = m + Math.log(Math.exp(a - m) + Math.exp(b - m));
                sum += lse - (labels[r] == 1 ? b : a);
            }
        }
        return sum / rows;
    }

    /**
     * Returns the share of rows whose label is the class with the larger probability (ties: class 1).
     *
     * @param labels  the labels ({@code null} not permitted).
     * @return the accuracy, from 0 to 1.
     */
    public double accuracy(int[] labels) {
        int right = 0;
        for (int r = 0; r < rows; r++) {
            int predicted = probability(r) >= 0.5 ? 1 : 0;
            right += predicted == labels[r] ? 1 : 0;
        }
        return (double) right / rows;
    }

    /** @return ∂(mean loss)/∂(logits): (p − onehot(y)) / n. */
    double[] outputDelta(int[] labels) {
        double[] o = logits();
        int units = output.units();
        double[] d = new double[rows * units];
        for (int r = 0; r < rows; r++) {
            double p = probability(r);
            if (output == OutputKind.SIGMOID) {
                d[r] = (p - labels[r]) / rows;
            } else {
                d[2 * r] = ((1 - p) - (labels[r] == 0 ? 1 : 0)) / rows;
                d[2 * r + 1] = (p - labels[r]) / rows;
            }
        }
        return d;
    }

    private static double sigmoid(double v) {
        return v >= 0 ? 1 / (1 + Math.exp(-v)) : Math.exp(v) / (1 + Math.exp(v));
    }
}
