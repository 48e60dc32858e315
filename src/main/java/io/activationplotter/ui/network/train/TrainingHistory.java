package io.activationplotter.ui.network.train;

import io.activationplotter.model.network.train.EpochReport;
import java.util.Arrays;

/**
 * The curves of a training run, kept to at most {@link #CAPACITY} points however long it runs: when
 * full, every other point is dropped and from then on only every second (fourth, …) epoch is kept;
 * the latest epoch is always the last point. Used by the training thread only; views get copies.
 */
final class TrainingHistory {

    /** The most points kept per curve. */
    static final int CAPACITY = 500;

    private final int layers;
    private final double[] epochs = new double[CAPACITY + 1];
    private final double[][] values; // train loss, test loss, then one per layer
    private int count;
    private int stride = 1;
    private boolean lastIsExtra;

    TrainingHistory(int layers) {
        this.layers = layers;
        values = new double[2 + layers][CAPACITY + 1];
    }

    /** Adds an epoch's report. */
    void add(EpochReport r) {
        if (lastIsExtra) {
            count--; // the previous latest point was off the stride: replace it
            lastIsExtra = false;
        }
        if (count == CAPACITY) {
            thin();
        }
        put(count++, r);
        lastIsExtra = r.epoch() % stride != 0;
    }

    private void put(int i, EpochReport r) {
        epochs[i] = r.epoch();
        values[0][i] = r.trainLoss();
        values[1][i] = r.testLoss();
        for (int l = 0; l < layers; l++) {
            values[2 + l][i] = r.gradientRms()[l];
        }
    }

    private void thin() {
        stride *= 2;
        int kept = 0;
        for (int i = 0; i < count; i++) {
            if ((long) epochs[i] % stride == 0 || i == 0) {
                epochs[kept] = epochs[i];
                for (double[] v : values) {
                    v[kept] = v[i];
                }
                kept++;
            }
        }
        count = kept;
    }

    /** @return the number of points. */
    int count() {
        return count;
    }

    /** @return a copy of the epochs of the points. */
    double[] epochs() {
        return Arrays.copyOf(epochs, count);
    }

    /** @return copies of the train loss, test loss and each layer's gradient RMS at the points. */
    double[][] curves() {
        double[][] c = new double[values.length][];
        for (int i = 0; i < values.length; i++) {
            c[i] = Arrays.copyOf(values[i], count);
        }
        return c;
    }
}
