package io.activationplotter.model.network;

import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

/**
 * Plain row-major {@code double[]} matrix code for {@link DeepNet}: a blocked product that runs its
 * row blocks on all cores, a transpose and seeded normal fills.
 */
final class Matrices {

    /** Rows per block: each strip of the right-hand matrix is reused for this many rows. */
    private static final int ROWS = 8;
    /** Inner-dimension strip: 256 rows of a 1000-wide matrix (2 MB) stay in cache for a row block. */
    private static final int STRIP = 256;

    private Matrices() {
    }

    /**
     * Computes c = a·b; zero entries of a (ReLU's dead units) are skipped.
     *
     * @param a          the left matrix, n × k.
     * @param n          its rows.
     * @param k          its columns (the rows of b).
     * @param b          the right matrix, k × m.
     * @param m          its columns.
     * @param cancelled  asked between row blocks; {@code true} stops with a {@link CancellationException}.
     * @return c, n × m.
     */
    static double[] multiply(double[] a, int n, int k, double[] b, int m, BooleanSupplier cancelled) {
        double[] c = new double[n * m];
        int blocks = (n + ROWS - 1) / ROWS;
        IntStream.range(0, blocks).parallel().forEach(block -> {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException();
            }
            int r0 = block * ROWS;
            int r1 = Math.min(n, r0 + ROWS);
            for (int p0 = 0; p0 < k; p0 += STRIP) {
                int p1 = Math.min(k, p0 + STRIP);
                for (int r = r0; r < r1; r++) {
                    int out = r * m;
                    for (int p = p0; p < p1; p++) {
                        double av = a[r * k + p];
                        if (av != 0) {
                            int in = p * m;
                            for (int j = 0; j < m; j++) {
                                c[out + j] += av * b[in + j];
                            }
                        }
                    }
                }
            }
        });
        if (cancelled.getAsBoolean()) {
            throw new CancellationException();
        }
        return c;
    }

    /**
     * @param a  a matrix, n × m.
     * @param n  its rows.
     * @param m  its columns.
     * @return its transpose, m × n.
     */
    static double[] transpose(double[] a, int n, int m) {
        double[] t = new double[a.length];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                t[j * n + i] = a[i * m + j];
            }
        }
        return t;
    }

    /**
     * Draws independent N(0, σ²) numbers from a generator seeded with one number.
     *
     * @param seed   the seed.
     * @param size   how many.
     * @param sigma  σ.
     * @return the numbers.
     */
    static double[] gaussian(long seed, int size, double sigma) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] v = new double[size];
        for (int i = 0; i < size; i++) {
            v[i] = sigma * random.nextGaussian();
        }
        return v;
    }

    /**
     * @param v  numbers.
     * @return the root mean square.
     */
    static double rms(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x * x;
        }
        return Math.sqrt(s / v.length);
    }
}
