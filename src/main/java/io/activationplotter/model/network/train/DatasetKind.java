package io.activationplotter.model.network.train;

import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The four classification datasets of TensorFlow Playground ({@code src/dataset.ts}), with the same
 * shapes and the same meaning of noise (0 to 0.5): two Gaussian blobs, a disc inside a ring, the four
 * XOR quadrants, and two interleaved spirals. Points lie in about [−6, 6]²; the label is 1 or 0
 * (Playground's 1 and −1).
 */
public enum DatasetKind {

    /** Two quadrants labelled 1 (x·y ≥ 0), two labelled 0; a 0.3 gap along each axis. */
    XOR {
        @Override
        void generate(int n, double noise, RandomGenerator rng, Samples.Builder out) {
            for (int i = 0; i < n; i++) {
                double x = uniform(rng, -5, 5);
                x += x > 0 ? PADDING : -PADDING;
                double y = uniform(rng, -5, 5);
                y += y > 0 ? PADDING : -PADDING;
                double nx = uniform(rng, -5, 5) * noise;
                double ny = uniform(rng, -5, 5) * noise;
                out.add(x, y, (x + nx) * (y + ny) >= 0 ? 1 : 0);
            }
        }
    },
    /** Half the points in a disc of radius 2.5 (label 1), half in the ring from 3.5 to 5 (label 0). */
    CIRCLE {
        @Override
        void generate(int n, double noise, RandomGenerator rng, Samples.Builder out) {
            ring(n / 2, 0, RADIUS * 0.5, noise, rng, out);
            ring(n - n / 2, RADIUS * 0.7, RADIUS, noise, rng, out);
        }

        private void ring(int count, double r0, double r1, double noise, RandomGenerator rng, Samples.Builder out) {
            for (int i = 0; i < count; i++) {
                double r = uniform(rng, r0, r1);
                double angle = uniform(rng, 0, 2 * Math.PI);
                double x = r * Math.sin(angle);
                double y = r * Math.cos(angle);
                double nx = uniform(rng, -RADIUS, RADIUS) * noise;
                double ny = uniform(rng, -RADIUS, RADIUS) * noise;
                out.add(x, y, Math.hypot(x + nx, y + ny) < RADIUS * 0.5 ? 1 : 0);
            }
        }
    },
    /** Two Gaussian blobs at (2, 2) (label 1) and (−2, −2) (label 0); variance 0.5 + 7·noise. */
    GAUSS {
        @Override
        void generate(int n, double noise, RandomGenerator rng, Samples.Builder out) {
            double variance = 0.5 + noise * (4 - 0.5) / 0.5; // d3 linear scale [0, .5] -> [0.5, 4]
            blob(n / 2, 2, 1, variance, rng, out);
            blob(n - n / 2, -2, 0, variance, rng, out);
        }

        private void blob(int count, double centre, int label, double variance, RandomGenerator rng,
                Samples.Builder out) {
            for (int i = 0; i < count; i++) {
                double x = normal(rng, centre, variance);
                double y = normal(rng, centre, variance);
                out.add(x, y, label);
            }
        }
    },
    /** Two spirals of 1.75 turns, radius 0 to 5, the second turned by π; noise moves points by up to ±noise. */
    SPIRAL {
        @Override
        void generate(int n, double noise, RandomGenerator rng, Samples.Builder out) {
            arm(n / 2, 0, 1, noise, rng, out);
            arm(n - n / 2, Math.PI, 0, noise, rng, out);
        }

        private void arm(int count, double deltaT, int label, double noise, RandomGenerator rng,
                Samples.Builder out) {
            for (int i = 0; i < count; i++) {
                double r = (double) i / count * 5;
                double t = 1.75 * i / count * 2 * Math.PI + deltaT;
                double x = r * Math.sin(t) + uniform(rng, -1, 1) * noise;
                double y = r * Math.cos(t) + uniform(rng, -1, 1) * noise;
                out.add(x, y, label);
            }
        }
    };

    /** The largest noise, Playground's 50 %. */
    public static final double MAX_NOISE = 0.5;
    /** Half the side of the square the points lie in (the heatmap's extent). */
    public static final double EXTENT = 6;
    private static final double PADDING = 0.3;
    private static final double RADIUS = 5;

    /**
     * Adds n points to a builder.
     *
     * @param n      the number of points (at least 0).
     * @param noise  the noise, from 0 to {@link #MAX_NOISE}.
     * @param rng    the random source ({@code null} not permitted).
     * @param out    where to add them ({@code null} not permitted).
     */
    abstract void generate(int n, double noise, RandomGenerator rng, Samples.Builder out);

    /** @return the command-line name, for example {@code xor}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Finds a dataset by its name, ignoring case.
     *
     * @param name  the name, for example {@code spiral} ({@code null} not permitted).
     * @return the dataset, if there is one.
     */
    public static Optional<DatasetKind> find(String name) {
        String key = name.trim().toUpperCase(Locale.ROOT);
        for (DatasetKind k : values()) {
            if (k.name().equals(key)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    private static double uniform(RandomGenerator rng, double a, double b) {
        return rng.nextDouble() * (b - a) + a;
    }

    /** Playground's normalRandom: the polar (Marsaglia) method, scaled by the square root of the variance. */
    private static double normal(RandomGenerator rng, double mean, double variance) {
        double v1;
        double v2;
        double s;
        do {
            v1 = 2 * rng.nextDouble() - 1;
            v2 = 2 * rng.nextDouble() - 1;
            s = v1 * v1 + v2 * v2;
        } while (s > 1 || s == 0);
        return mean + Math.sqrt(variance) * Math.sqrt(-2 * Math.log(s) / s) * v1;
    }
}
