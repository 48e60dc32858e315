package io.activationplotter.model.network.train;

import io.activationplotter.model.Activation;
import java.util.List;
import java.util.Objects;

/**
 * Everything a training run depends on; the same setup gives the same run, number for number.
 *
 * @param dataset       the dataset.
 * @param noise         its noise, from 0 to 0.5.
 * @param seed          the seed of the points, the split, the initial weights and the batch order.
 * @param hidden        the activation of each hidden layer (1 to 8 layers).
 * @param width         the units per hidden layer (1 to 32).
 * @param output        the output layer.
 * @param optimizer     the optimiser.
 * @param learningRate  its step size η (greater than 0, finite).
 * @param batch         the mini-batch size (at least 1; larger than the training set: the whole set).
 */
public record TrainingSetup(DatasetKind dataset, double noise, long seed, List<Activation> hidden, int width,
        OutputKind output, OptimizerKind optimizer, double learningRate, int batch) {

    /** The optimiser by default. */
    public static final OptimizerKind DEFAULT_OPTIMIZER = OptimizerKind.ADAM;
    /** The learning rate by default (with Adam). */
    public static final double DEFAULT_LEARNING_RATE = 0.005;
    /** The mini-batch size by default. */
    public static final int DEFAULT_BATCH = 10;
    /** The number of epochs the command line trains by default. */
    public static final int DEFAULT_EPOCHS = 300;
    /** The seed by default. */
    public static final long DEFAULT_SEED = 1;

    /** Checks the fields. */
    public TrainingSetup {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(optimizer, "optimizer");
        hidden = List.copyOf(hidden);
        if (!(noise >= 0 && noise <= DatasetKind.MAX_NOISE)) {
            throw new IllegalArgumentException("noise must be from 0 to 0.5: " + noise);
        }
        if (hidden.size() < Mlp.MIN_LAYERS || hidden.size() > Mlp.MAX_LAYERS) {
            throw new IllegalArgumentException("layers must be from 1 to 8: " + hidden.size());
        }
        if (width < Mlp.MIN_WIDTH || width > Mlp.MAX_WIDTH) {
            throw new IllegalArgumentException("width must be from 1 to 32: " + width);
        }
        if (!(learningRate > 0 && learningRate < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("learning rate must be greater than 0: " + learningRate);
        }
        if (batch < 1) {
            throw new IllegalArgumentException("batch must be at least 1: " + batch);
        }
    }

    /**
     * A setup with the defaults for everything but the data and the network's shape: no noise, seed 1,
     * a sigmoid output, Adam with η = 0.005 and batches of 10.
     *
     * @param dataset  the dataset ({@code null} not permitted).
     * @param f        the activation of every hidden layer ({@code null} not permitted).
     * @param layers   the hidden layers, 1 to 8.
     * @param width    the units per layer, 1 to 32.
     * @return the setup.
     */
    public static TrainingSetup of(DatasetKind dataset, Activation f, int layers, int width) {
        return new TrainingSetup(dataset, 0, DEFAULT_SEED, java.util.Collections.nCopies(layers, f), width,
                OutputKind.SIGMOID, DEFAULT_OPTIMIZER, DEFAULT_LEARNING_RATE, DEFAULT_BATCH);
    }

    /**
     * @param newSeed  the seed.
     * @return a copy with another seed.
     */
    public TrainingSetup withSeed(long newSeed) {
        return new TrainingSetup(dataset, noise, newSeed, hidden, width, output, optimizer, learningRate, batch);
    }

    /**
     * @param newOptimizer  the optimiser ({@code null} not permitted).
     * @param newRate       its learning rate.
     * @param newBatch      the batch size.
     * @return a copy trained otherwise.
     */
    public TrainingSetup withTraining(OptimizerKind newOptimizer, double newRate, int newBatch) {
        return new TrainingSetup(dataset, noise, seed, hidden, width, output, newOptimizer, newRate, newBatch);
    }

    /**
     * @param newNoise  the noise, 0 to 0.5.
     * @return a copy with another noise.
     */
    public TrainingSetup withNoise(double newNoise) {
        return new TrainingSetup(dataset, newNoise, seed, hidden, width, output, optimizer, learningRate, batch);
    }

    /**
     * @param newOutput  the output layer ({@code null} not permitted).
     * @return a copy with another output layer.
     */
    public TrainingSetup withOutput(OutputKind newOutput) {
        return new TrainingSetup(dataset, noise, seed, hidden, width, newOutput, optimizer, learningRate, batch);
    }
}
