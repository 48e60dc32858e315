package io.activationplotter.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.zip.Adler32;
import org.junit.jupiter.api.Test;

/** Combining Adler-32 checksums agrees with the checksum of the concatenated bytes. */
class AdlerTest {

    @Test
    void combineMatchesTheChecksumOfTheWhole() {
        Random random = new Random(7);
        // lengths around the modulus and the sums' wrap-around, and all-0xFF data (largest sums)
        int[] lengths = {0, 1, 2, 5552, 65520, 65521, 65522, 200_000};
        for (int m : lengths) {
            for (int n : lengths) {
                byte[] x = new byte[m];
                byte[] y = new byte[n];
                random.nextBytes(x);
                if (n % 2 == 0) {
                    java.util.Arrays.fill(y, (byte) 0xFF);
                } else {
                    random.nextBytes(y);
                }
                assertEquals(adler(x, y), Adler.combine(adler(x), adler(y), n), "lengths " + m + ", " + n);
            }
        }
    }

    private static long adler(byte[]... parts) {
        Adler32 a = new Adler32();
        for (byte[] p : parts) {
            a.update(p);
        }
        return a.getValue();
    }
}
