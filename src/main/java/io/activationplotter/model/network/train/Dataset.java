package io.activationplotter.model.network.train;

import java.util.Objects;
import java.util.SplittableRandom;

/**
 * A generated dataset split into training and test points, as Playground does: the points are
 * generated, shuffled (Fisher–Yates) and the first share taken for training.
 *
 * @param kind   the dataset.
 * @param noise  the noise, from 0 to {@link DatasetKind#MAX_NOISE}.
 * @param seed   the seed of the points and of the split.
 * @param train  the training points.
 * @param test   the test points.
 */
public record Dataset(DatasetKind kind, double noise, long seed, Samples train, Samples test) {

    /** The number of points by default, as in Playground. */
    public static final int DEFAULT_POINTS = 500;
    /** The share of training points by default, as in Playground. */
    public static final double DEFAULT_TRAIN_SHARE = 0.5;

    /** Checks the fields. */
    public Dataset {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(train, "train");
        Objects.requireNonNull(test, "test");
    }

    /**
     * Generates a dataset of {@link #DEFAULT_POINTS} points, half of them for training.
     *
     * @param kind   the dataset ({@code null} not permitted).
     * @param noise  the noise, from 0 to 0.5.
     * @param seed   the seed.
     * @return the dataset.
     */
    public static Dataset generate(DatasetKind kind, double noise, long seed) {
        return generate(kind, noise, seed, DEFAULT_POINTS, DEFAULT_TRAIN_SHARE);
    }

    /**
     * Generates a dataset.
     *
     * @param kind        the dataset ({@code null} not permitted).
     * @param noise       the noise, from 0 to 0.5.
     * @param seed        the seed.
     * @param points      the number of points (at least 2).
     * @param trainShare  the share of training points, greater than 0 and less than 1.
     * @return the dataset.
     * @throws IllegalArgumentException if an argument is out of range.
     */
    public static Dataset generate(DatasetKind kind, double noise, long seed, int points, double trainShare) {
        if (!(noise >= 0 && noise <= DatasetKind.MAX_NOISE)) {
            throw new IllegalArgumentException("noise must be from 0 to 0.5: " + noise);
        }
        if (points < 2 || !(trainShare > 0 && trainShare < 1)) {
            throw new IllegalArgumentException("need at least 2 points and a train share in (0, 1)");
        }
        SplittableRandom rng = new SplittableRandom(seed);
        Samples.Builder b = new Samples.Builder(points);
        kind.generate(points, noise, rng, b);
        Samples all = b.build();
        int[] order = Shuffle.identity(all.size());
        Shuffle.shuffle(order, rng);
        int nTrain = Math.max(1, Math.min(all.size() - 1, (int) Math.round(all.size() * trainShare)));
        return new Dataset(kind, noise, seed, all.subset(order, 0, nTrain), all.subset(order, nTrain, all.size()));
    }
}
