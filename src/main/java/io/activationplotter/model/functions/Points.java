package io.activationplotter.model.functions;

import java.util.Arrays;

/** Builds the sorted, duplicate-free breakpoint arrays that {@code kinks()} and {@code jumps()} return. */
final class Points {

    private Points() {
    }

    /**
     * Returns the given points sorted, with duplicates removed.
     *
     * @param xs  the points (not modified).
     * @return a new sorted array without duplicates.
     */
    static double[] of(double... xs) {
        return Arrays.stream(xs).sorted().distinct().toArray();
    }
}
