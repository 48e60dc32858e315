package io.activationplotter.export;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.SinglePixelPackedSampleModel;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Encodes a rendered chart as an 8-bit truecolour PNG (RGB when every pixel is opaque, else RGBA),
 * every row with the "Up" filter and zlib's fastest compression (level 1).
 * <p>
 * Why not {@code ImageIO}: its PNG writer tries all five filters on every row and picks one, which
 * for a 1600×1000 chart costs about 60 ms in a freshly started JVM, the largest single step of a
 * command-line export. Charts are mostly flat areas and horizontal axis lines, for which "Up" alone
 * compresses well at less than half the time. Level 1 rather than zlib's default 6: deflating
 * a 1600×1000 chart takes ~6 instead of ~17 ms for files about a third larger (71 against 53 KB),
 * which matters when a gallery writes dozens; rows equal to the row above, most of a chart, are
 * found with {@link Arrays#mismatch} rather than unpacked byte by byte.
 * The output is a plain PNG any decoder reads; tests decode it with {@code ImageIO} and compare
 * every pixel.
 */
final class PngEncoder {

    private static final byte[] SIGNATURE = {(byte) 137, 'P', 'N', 'G', '\r', '\n', 26, '\n'};
    private static final int FILTER_UP = 2;
    private static final int COLOUR_RGB = 2;
    private static final int COLOUR_RGBA = 6;
    private static final long ADLER_MOD = 65521;

    /**
     * The strips a large image is deflated in: as many as the most cores an export is likely to have
     * free (a gallery encodes each figure on one thread; a single export on up to this many).
     */
    static final int STRIPS = 4;

    private PngEncoder() {
    }

    /**
     * Encodes an image of type {@link BufferedImage#TYPE_INT_ARGB} or {@link BufferedImage#TYPE_INT_RGB}.
     *
     * @param image  the image ({@code null} not permitted).
     * @return the PNG file's bytes.
     * @throws IllegalArgumentException if the image is of another type.
     * @throws OutOfMemoryError if the encoding does not fit in memory (also when a strip's thread ran out).
     */
    static byte[] encode(BufferedImage image) {
        return encode(image, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Encodes an image on at most {@code threads} threads (this one included).
     *
     * @param image    the image ({@code null} not permitted).
     * @param threads  the most threads to use, at least 1.
     * @return the PNG file's bytes.
     */
    static byte[] encode(BufferedImage image, int threads) {
        return encodeStrips(image, stripCount(image.getWidth(), image.getHeight()), threads);
    }

    /**
     * Encodes an image deflating it in a given number of strips, each strip on one thread, so tests
     * can cut a small image into several. The bytes depend on the image and the strip count only,
     * never on the threads, so a figure is the same file on any machine and from any command.
     *
     * @param image    the image ({@code null} not permitted).
     * @param strips   the number of strips, from 1 to the image height.
     * @param threads  the most threads to use (this one included), at least 1.
     * @return the PNG file's bytes.
     */
    static byte[] encodeStrips(BufferedImage image, int strips, int threads) {
        if (strips < 1 || strips > image.getHeight()) {
            throw new IllegalArgumentException("strips must be from 1 to the height: " + strips);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        int type = image.getType();
        if (type != BufferedImage.TYPE_INT_ARGB && type != BufferedImage.TYPE_INT_RGB) {
            throw new IllegalArgumentException("unsupported image type " + type);
        }
        int w = image.getWidth();
        int h = image.getHeight();
        WritableRaster raster = image.getRaster();
        DataBufferInt buffer = (DataBufferInt) raster.getDataBuffer();
        int[] pixels = buffer.getData();
        int stride = ((SinglePixelPackedSampleModel) raster.getSampleModel()).getScanlineStride();
        // where pixel (0, 0) is: a sub-image shares its parent's array
        int first = buffer.getOffset() - raster.getSampleModelTranslateY() * stride - raster.getSampleModelTranslateX();
        boolean alpha = type == BufferedImage.TYPE_INT_ARGB && !opaque(pixels, first, w, h, stride);
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(initialCapacity(w, h));
            DataOutputStream out = new DataOutputStream(bytes);
            out.write(SIGNATURE);
            chunk(out, "IHDR", header(w, h, alpha));
            chunk(out, "IDAT", imageData(pixels, first, w, h, stride, alpha, strips, threads));
            chunk(out, "IEND", new byte[0]);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("in-memory write failed", e); // a ByteArrayOutputStream does not fail
        }
    }

    /**
     * A first guess at the size of a chart's PNG (an eighth of its pixel count, at most 16 MiB), in
     * {@code long} so no size overflows; the buffers grow if the guess is short.
     */
    static int initialCapacity(int w, int h) {
        return (int) Math.min(1 << 24, Math.max(1 << 16, (long) w * h / 8));
    }

    /**
     * Whether every pixel is opaque. A pixel equal to the one above it was checked with that one, so
     * only the first row and the pixels that differ from the row above are looked at; the equal runs
     * between them are skipped with {@link Arrays#mismatch}.
     */
    private static boolean opaque(int[] pixels, int first, int w, int h, int stride) {
        for (int y = 0; y < h; y++) {
            int row = first + y * stride;
            int up = y == 0 ? -1 : row - stride;
            int i = 0;
            while (i < w) {
                if (up >= 0) {
                    int same = Arrays.mismatch(pixels, row + i, row + w, pixels, up + i, up + w);
                    if (same < 0) {
                        break;
                    }
                    i += same;
                }
                for (; i < w && (up < 0 || pixels[row + i] != pixels[up + i]); i++) {
                    if (pixels[row + i] >>> 24 != 0xFF) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private static byte[] header(int w, int h, boolean alpha) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(13);
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(w);
        out.writeInt(h);
        out.writeByte(8); // bits per sample
        out.writeByte(alpha ? COLOUR_RGBA : COLOUR_RGB);
        out.writeByte(0); // compression: deflate
        out.writeByte(0); // filter method 0
        out.writeByte(0); // no interlace
        return bytes.toByteArray();
    }

    /**
     * The zlib stream of all rows, each a filter-type byte followed by the row's "Up" differences.
     * A large image is cut into horizontal strips deflated on separate threads (as pigz does): each
     * strip is a raw deflate stream ending on a byte boundary, so they concatenate into one stream,
     * and their Adler-32 checksums combine into the stream's.
     */
    private static byte[] imageData(int[] pixels, int first, int w, int h, int stride, boolean alpha, int n,
            int threads) {
        Strip[] strips = new Strip[n];
        for (int i = 0; i < n; i++) {
            strips[i] = new Strip(pixels, first, w, stride, alpha, (int) ((long) h * i / n),
                    (int) ((long) h * (i + 1) / n), i == n - 1);
        }
        runAll(strips, Math.min(threads, n));
        ByteArrayOutputStream out = new ByteArrayOutputStream(initialCapacity(w, h));
        out.write(0x78); // zlib header: deflate with a 32 KiB window,
        out.write(0x01); // fastest compression; the two bytes are a multiple of 31
        long adler = 1;
        for (Strip strip : strips) {
            out.write(strip.deflated, 0, strip.deflated.length);
            adler = Adler.combine(adler, strip.adler, strip.length);
        }
        for (int shift = 24; shift >= 0; shift -= 8) {
            out.write((int) (adler >>> shift));
        }
        return out.toByteArray();
    }

    /**
     * {@link #STRIPS} strips for images of a quarter megapixel or more, each at least 64 rows high;
     * one for smaller images. A function of the size alone, so the file does not depend on the cores.
     */
    private static int stripCount(int w, int h) {
        if ((long) w * h < (1 << 18)) {
            return 1;
        }
        return Math.max(1, Math.min(STRIPS, h / 64));
    }

    /**
     * Runs the strips on {@code n} threads, this one and {@code n - 1} started for them, each taking
     * every n-th strip; then rethrows any failure.
     */
    private static void runAll(Strip[] strips, int n) {
        Thread[] threads = new Thread[n];
        for (int i = 1; i < n; i++) {
            int start = i;
            threads[i] = new Thread(() -> runEvery(strips, start, n), "png-strip-" + i);
            threads[i].start();
        }
        runEvery(strips, 0, n);
        for (int i = 1; i < n; i++) {
            try {
                threads[i].join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while encoding a PNG", e);
            }
        }
        for (Strip strip : strips) {
            if (strip.failure instanceof OutOfMemoryError oom) {
                throw oom; // the caller turns it into "not enough memory"; the other strips are garbage now
            }
            if (strip.failure != null) {
                throw new IllegalStateException("PNG encoding failed", strip.failure);
            }
        }
    }

    private static void runEvery(Strip[] strips, int start, int step) {
        for (int i = start; i < strips.length; i += step) {
            strips[i].run();
        }
    }

    /** Filters and deflates rows [from, to) of the image into a raw deflate stream. */
    private static final class Strip implements Runnable {
        private final int[] pixels;
        private final int first;
        private final int w;
        private final int stride;
        private final boolean alpha;
        private final int from;
        private final int to;
        private final boolean last;
        private byte[] deflated;
        private long adler;
        private long length;
        private Throwable failure;

        Strip(int[] pixels, int first, int w, int stride, boolean alpha, int from, int to, boolean last) {
            this.pixels = pixels;
            this.first = first;
            this.w = w;
            this.stride = stride;
            this.alpha = alpha;
            this.from = from;
            this.to = to;
            this.last = last;
        }

        @Override
        public void run() {
            try {
                deflate();
            } catch (RuntimeException | Error e) {
                failure = e;
            }
        }

        private void deflate() {
            int bytes = w * (alpha ? 4 : 3);
            RowFilter filter = new RowFilter(w, alpha);
            byte[] row = filter.row;
            byte[] buffer = new byte[1 << 16];
            ByteArrayOutputStream out = new ByteArrayOutputStream(
                    (int) Math.min(1 << 24, Math.max(1 << 12, (long) bytes * (to - from) / 16)));
            Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
            try {
                for (int y = from; y < to; y++) {
                    filter.filterUp(pixels, first + y * stride, y == 0 ? -1 : first + (y - 1) * stride);
                    deflater.setInput(row);
                    while (!deflater.needsInput()) {
                        out.write(buffer, 0, deflater.deflate(buffer));
                    }
                }
                end(deflater, buffer, out);
            } finally {
                deflater.end();
            }
            deflated = out.toByteArray();
            adler = filter.checksum();
            length = (long) (to - from) * row.length;
        }

        /** The last strip finishes the stream; the others flush to a byte boundary without ending it. */
        private void end(Deflater deflater, byte[] buffer, ByteArrayOutputStream out) {
            if (last) {
                deflater.finish();
                while (!deflater.finished()) {
                    out.write(buffer, 0, deflater.deflate(buffer));
                }
                return;
            }
            int n;
            do {
                n = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
                out.write(buffer, 0, n);
            } while (n == buffer.length);
        }
    }

    /**
     * The "Up" filter of one row at a time into a buffer reused from row to row: the filter-type byte,
     * then each sample minus the one above (or itself on the first row). Charts are mostly runs of
     * pixels equal to the ones above, which are found with {@link Arrays#mismatch} and are zeros in
     * the output; the buffer keeps the zeros of the row before, so only the spans the row before
     * wrote differences into are cleared, not the whole row (a byte-by-byte fill in code compiled by
     * the client compiler, ~1 ms a 1600×1000 image). For the same reason it keeps the Adler-32 of the
     * rows itself: the bytes of the spans one by one, each run of zeros between them in one step
     * (n zeros leave a unchanged and add n·a to b), instead of all 4.8 MB through {@code Adler32}.
     */
    private static final class RowFilter {
        private final byte[] row;
        private final int w;
        private final int size;
        /** Pixel spans [from, to) written with differences by the last row, in pairs. */
        private int[] spans = new int[32];
        private int spanCount;
        /** Adler-32's two sums over the rows so far, reduced at the end of each row. */
        private long a = 1;
        private long b;

        RowFilter(int w, boolean alpha) {
            this.w = w;
            this.size = alpha ? 4 : 3;
            this.row = new byte[1 + w * size];
            row[0] = FILTER_UP;
        }

        /**
         * Filters one row into {@link #row}.
         *
         * @param pixels  the packed pixels.
         * @param at      the index of the row's first pixel.
         * @param up      the index of the first pixel of the row above, or {@code -1} on the first row.
         */
        void filterUp(int[] pixels, int at, int up) {
            filter(pixels, at, up);
            addToChecksum();
        }

        /** @return the Adler-32 checksum of all the rows filtered so far. */
        long checksum() {
            return (b << 16) | a;
        }

        private void filter(int[] pixels, int at, int up) {
            for (int k = 0; k < spanCount; k += 2) {
                Arrays.fill(row, 1 + spans[k] * size, 1 + spans[k + 1] * size, (byte) 0);
            }
            spanCount = 0;
            int i = 0;
            while (i < w) {
                if (up >= 0) {
                    int same = Arrays.mismatch(pixels, at + i, at + w, pixels, up + i, up + w);
                    if (same < 0) {
                        return;
                    }
                    i += same;
                }
                int from = i;
                int o = 1 + i * size;
                for (; i < w && (up < 0 || pixels[at + i] != pixels[up + i]); i++) {
                    int p = pixels[at + i];
                    int q = up < 0 ? 0 : pixels[up + i];
                    row[o++] = (byte) ((p >> 16) - (q >> 16));
                    row[o++] = (byte) ((p >> 8) - (q >> 8));
                    row[o++] = (byte) (p - q);
                    if (size == 4) {
                        row[o++] = (byte) ((p >>> 24) - (q >>> 24));
                    }
                }
                span(from, i);
            }
        }

        /** Adds the row to the checksum (a row's sums fit a long for any row shorter than 2^28 bytes). */
        private void addToChecksum() {
            int at = 1;
            a += row[0] & 0xFF;
            b += a;
            for (int k = 0; k < spanCount; k += 2) {
                int from = 1 + spans[k] * size;
                b += (long) (from - at) * a;
                for (int end = 1 + spans[k + 1] * size; from < end; from++) {
                    a += row[from] & 0xFF;
                    b += a;
                }
                at = from;
            }
            b += (long) (row.length - at) * a;
            a %= ADLER_MOD;
            b %= ADLER_MOD;
        }

        private void span(int from, int to) {
            if (spanCount == spans.length) {
                spans = Arrays.copyOf(spans, spans.length * 2);
            }
            spans[spanCount++] = from;
            spans[spanCount++] = to;
        }
    }

    private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeInt(data.length);
        out.write(name);
        out.write(data);
        out.writeInt((int) crc.getValue());
    }
}
