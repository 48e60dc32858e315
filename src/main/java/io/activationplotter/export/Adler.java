package io.activationplotter.export;

/** Adler-32 arithmetic that {@link java.util.zip.Adler32} lacks. */
final class Adler {

    /** The largest prime below 2^16, Adler-32's modulus. */
    private static final long MOD = 65521;

    private Adler() {
    }

    /**
     * Returns the Adler-32 checksum of two byte sequences one after the other, from the checksum of
     * each and the length of the second. With a = 1 + Σ bytes and b = Σ of the running a's (both mod
     * 65521): appending n bytes adds the second sequence's a − 1 to a, and n·(a₁ − 1) plus its b to b.
     *
     * @param first   the checksum of the first sequence.
     * @param second  the checksum of the second sequence.
     * @param length  the length of the second sequence (≥ 0).
     * @return the checksum of the concatenation.
     */
    static long combine(long first, long second, long length) {
        long a1 = first & 0xFFFF;
        long b1 = (first >>> 16) & 0xFFFF;
        long a2 = second & 0xFFFF;
        long b2 = (second >>> 16) & 0xFFFF;
        long n = length % MOD;
        long a = (a1 + a2 + MOD - 1) % MOD;
        long b = (b1 + b2 + n * ((a1 + MOD - 1) % MOD)) % MOD;
        return (b << 16) | a;
    }
}
