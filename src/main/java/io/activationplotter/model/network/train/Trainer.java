package io.activationplotter.model.network.train;

import java.util.Arrays;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * A training run: the dataset, the network and its optimiser, trained one epoch at a time with
 * mini-batches in an order reshuffled every epoch. Seeded: the same setup gives the same numbers.
 * Not thread-safe: one thread trains; others read {@link Mlp#copy()}s.
 */
public final class Trainer {

    private final TrainingSetup setup;
    private final Dataset data;
    private final Mlp net;
    private final Optimizer optimizer;
    private final SplittableRandom order;
    private final double[] trainInputs;
    private final int[] trainLabels;
    private final double[] testInputs;
    private final int[] testLabels;
    private final int[] indices;
    private int epoch;

    /**
     * Generates the data and initialises the network (Xavier normal weights, zero biases).
     *
     * @param setup  the setup ({@code null} not permitted).
     */
    public Trainer(TrainingSetup setup) {
        this.setup = Objects.requireNonNull(setup, "setup");
        SplittableRandom root = new SplittableRandom(setup.seed());
        data = Dataset.generate(setup.dataset(), setup.noise(), setup.seed());
        net = new Mlp(setup.hidden(), setup.width(), setup.output()).initialise(root.split());
        order = root.split();
        optimizer = setup.optimizer().create(setup.learningRate(), net.parameterCount());
        trainInputs = Batches.inputs(data.train());
        trainLabels = Batches.labels(data.train());
        testInputs = Batches.inputs(data.test());
        testLabels = Batches.labels(data.test());
        indices = Shuffle.identity(data.train().size());
    }

    /** @return the setup. */
    public TrainingSetup setup() {
        return setup;
    }

    /** @return the data. */
    public Dataset data() {
        return data;
    }

    /** @return the network being trained (live: copy it to read it from another thread). */
    public Mlp network() {
        return net;
    }

    /** @return the epochs done. */
    public int epochsDone() {
        return epoch;
    }

    /** @return the losses and accuracies now, without training (gradient RMS NaN). */
    public EpochReport evaluate() {
        double[] nan = new double[net.layers()];
        Arrays.fill(nan, Double.NaN);
        return report(nan);
    }

    /**
     * Trains one epoch: every training point once, in batches of the setup's size, one optimiser step a batch.
     *
     * @return the losses and accuracies after it, and the epoch's gradient RMS per layer.
     */
    public EpochReport epoch() {
        Shuffle.shuffle(indices, order);
        int n = indices.length;
        int size = Math.min(setup.batch(), n);
        double[] squares = new double[net.layers() + 1];
        long count = 0;
        for (int from = 0; from < n; from += size) {
            int to = Math.min(n, from + size);
            double[] in = new double[(to - from) * Mlp.INPUTS];
            int[] labels = new int[to - from];
            for (int k = from; k < to; k++) {
                int i = indices[k];
                in[2 * (k - from)] = trainInputs[2 * i];
                in[2 * (k - from) + 1] = trainInputs[2 * i + 1];
                labels[k - from] = trainLabels[i];
            }
            Gradient g = net.backward(net.forward(in), labels);
            optimizer.step(net.liveParameters(), g.values());
            for (int l = 1; l <= net.layers(); l++) {
                squares[l] += g.deltaSquares()[l];
            }
            count += g.deltaCount();
        }
        epoch++;
        double[] rms = new double[net.layers()];
        for (int l = 1; l <= net.layers(); l++) {
            rms[l - 1] = Math.sqrt(squares[l] / count);
        }
        return report(rms);
    }

    private EpochReport report(double[] rms) {
        ForwardPass train = net.forward(trainInputs);
        ForwardPass test = net.forward(testInputs);
        return new EpochReport(epoch, train.loss(trainLabels), test.loss(testLabels), train.accuracy(trainLabels),
                test.accuracy(testLabels), rms);
    }

    /** @return the training points' inputs, row by row (not a copy). */
    double[] trainInputs() {
        return trainInputs;
    }
}
