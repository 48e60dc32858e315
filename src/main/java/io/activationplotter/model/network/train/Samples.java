package io.activationplotter.model.network.train;

import java.util.Arrays;

/**
 * Labelled 2-D points: x, y and a class label 0 or 1. Immutable; the arrays handed out are copies
 * except through the package's own accessors.
 */
public final class Samples {

    private final double[] x;
    private final double[] y;
    private final int[] label;

    private Samples(double[] x, double[] y, int[] label) {
        this.x = x;
        this.y = y;
        this.label = label;
    }

    /** @return the number of points. */
    public int size() {
        return x.length;
    }

    /**
     * @param i  the index, from 0 to {@link #size()} − 1.
     * @return the x of point i.
     */
    public double x(int i) {
        return x[i];
    }

    /**
     * @param i  the index, from 0 to {@link #size()} − 1.
     * @return the y of point i.
     */
    public double y(int i) {
        return y[i];
    }

    /**
     * @param i  the index, from 0 to {@link #size()} − 1.
     * @return the label of point i, 0 or 1.
     */
    public int label(int i) {
        return label[i];
    }

    /**
     * Returns the points at some indices, in that order.
     *
     * @param indices  the indices ({@code null} not permitted).
     * @param from     the first index of indices to take.
     * @param to       one past the last.
     * @return the points.
     */
    public Samples subset(int[] indices, int from, int to) {
        Builder b = new Builder(to - from);
        for (int k = from; k < to; k++) {
            b.add(x[indices[k]], y[indices[k]], label[indices[k]]);
        }
        return b.build();
    }

    /** Collects points. */
    public static final class Builder {
        private double[] x;
        private double[] y;
        private int[] label;
        private int n;

        /**
         * @param capacity  the expected number of points.
         */
        public Builder(int capacity) {
            x = new double[Math.max(1, capacity)];
            y = new double[x.length];
            label = new int[x.length];
        }

        /**
         * Adds a point.
         *
         * @param px  its x.
         * @param py  its y.
         * @param c   its label, 0 or 1.
         * @return this builder.
         */
        public Builder add(double px, double py, int c) {
            if (n == x.length) {
                x = Arrays.copyOf(x, n * 2);
                y = Arrays.copyOf(y, n * 2);
                label = Arrays.copyOf(label, n * 2);
            }
            x[n] = px;
            y[n] = py;
            label[n++] = c;
            return this;
        }

        /** @return the points added. */
        public Samples build() {
            return new Samples(Arrays.copyOf(x, n), Arrays.copyOf(y, n), Arrays.copyOf(label, n));
        }
    }
}
