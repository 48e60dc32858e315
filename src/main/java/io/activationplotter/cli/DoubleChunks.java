package io.activationplotter.cli;

import java.util.Arrays;

/**
 * A growable list of primitive doubles held in fixed-size chunks: 8 bytes a value, no boxing, and growing
 * never copies the values (only the small table of chunks), so the peak stays near the data itself. The
 * size is a {@code long}; no size computation can overflow an {@code int}.
 */
final class DoubleChunks {

    /**
     * log2 of the values in one chunk: 256 KiB chunks stay below half of G1's smallest region (1 MiB), so
     * none is a "humongous" object taking a whole region (with 512 KiB chunks a heap held half as much).
     */
    static final int CHUNK_BITS = 15;

    /** The values in one chunk (32,768, 256 KiB). */
    static final int CHUNK = 1 << CHUNK_BITS;

    /** The largest array length every JVM allocates (the table of chunks never grows past it). */
    static final int MAX_ARRAY = Integer.MAX_VALUE - 8;

    private static final int MASK = CHUNK - 1;

    private double[][] chunks = new double[8][];
    private long size;

    /**
     * Appends a value.
     *
     * @param v  the value.
     * @throws OutOfMemoryError if a new chunk cannot be allocated.
     * @throws IllegalStateException if the list holds {@link #MAX_ARRAY} full chunks.
     */
    void add(double v) {
        int c = (int) (size >>> CHUNK_BITS);
        int i = (int) (size & MASK);
        if (i == 0) {
            if (c == chunks.length) {
                chunks = Arrays.copyOf(chunks, grownLength(chunks.length));
            }
            chunks[c] = new double[CHUNK];
        }
        chunks[c][i] = v;
        size++;
    }

    /**
     * Returns a value.
     *
     * @param index  the index, from 0 to {@link #size()} − 1.
     * @return the value.
     */
    double get(long index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("index " + index + ", size " + size);
        }
        return chunks[(int) (index >>> CHUNK_BITS)][(int) (index & MASK)];
    }

    /** @return the number of values. */
    long size() {
        return size;
    }

    /**
     * The next length of a table of the given length: 1.5 times as long (at least one more), capped at
     * {@link #MAX_ARRAY}, computed in {@code long} so it never wraps to a negative size.
     *
     * @param length  the current length (0 or more).
     * @return the next length, greater than {@code length}.
     * @throws IllegalStateException if {@code length} is already {@link #MAX_ARRAY}.
     */
    static int grownLength(int length) {
        if (length >= MAX_ARRAY) {
            throw new IllegalStateException("more than " + (long) MAX_ARRAY * CHUNK + " values");
        }
        long next = length + Math.max(1L, length >> 1);
        return (int) Math.min(next, MAX_ARRAY);
    }
}
