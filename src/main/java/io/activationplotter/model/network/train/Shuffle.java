package io.activationplotter.model.network.train;

import java.util.random.RandomGenerator;

/** Fisher–Yates shuffles of index arrays. */
final class Shuffle {

    private Shuffle() {
    }

    /**
     * @param n  the length.
     * @return 0, 1, …, n − 1.
     */
    static int[] identity(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        return a;
    }

    /**
     * Shuffles an array in place.
     *
     * @param a    the array ({@code null} not permitted).
     * @param rng  the random source ({@code null} not permitted).
     */
    static void shuffle(int[] a, RandomGenerator rng) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
