package io.activationplotter.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The PNG encoder: lossless round trips through ImageIO's decoder, valid chunks, the colour type. */
class PngEncoderTest {

    @Test
    void opaqueChartLikeImageRoundTripsAsRgb() throws IOException {
        BufferedImage image = drawing(BufferedImage.TYPE_INT_ARGB, 321, 203, false);
        byte[] png = PngEncoder.encode(image);
        assertEquals(2, colourType(png), "opaque pixels are written as RGB");
        assertSamePixels(image, ImageIO.read(new ByteArrayInputStream(png)));
    }

    @Test
    void translucentImageRoundTripsAsRgba() throws IOException {
        BufferedImage image = drawing(BufferedImage.TYPE_INT_ARGB, 200, 150, true);
        byte[] png = PngEncoder.encode(image);
        assertEquals(6, colourType(png), "an image with transparency keeps its alpha channel");
        assertSamePixels(image, ImageIO.read(new ByteArrayInputStream(png)));
    }

    @Test
    void oneTranslucentPixelUnderOpaqueRowsKeepsTheAlphaChannel() throws IOException {
        for (int[] at : new int[][] {{0, 0}, {37, 0}, {70, 59}, {0, 30}}) {
            BufferedImage image = drawing(BufferedImage.TYPE_INT_ARGB, 71, 60, false);
            image.setRGB(at[0], at[1], 0x80FFFFFF); // white, half transparent: differs from its neighbours only in alpha
            byte[] png = PngEncoder.encode(image);
            assertEquals(6, colourType(png), "pixel " + at[0] + "," + at[1]);
            assertSamePixels(image, ImageIO.read(new ByteArrayInputStream(png)));
        }
    }

    @Test
    void rowsWhoseDifferencesMoveFromRowToRowRoundTrip() throws IOException {
        // each row differs from the one above in a few pixels that are elsewhere in the next row, so a
        // difference left over from the row before would show as a wrong pixel
        for (int type : new int[] {BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_INT_ARGB}) {
            BufferedImage image = new BufferedImage(97, 80, type);
            for (int y = 0; y < 80; y++) {
                for (int x = 0; x < 97; x++) {
                    boolean ink = x == (y * 7) % 97 || (x >= y && x < y + 3) || (y % 5 == 0 && x > 60);
                    image.setRGB(x, y, ink ? 0xFF0072B2 : 0xFFFFFFFF);
                }
            }
            for (int strips : new int[] {1, 3}) {
                assertSamePixels(image, ImageIO.read(new ByteArrayInputStream(PngEncoder.encodeStrips(image, strips, 2))));
            }
        }
    }

    @Test
    void randomPixelsOfEveryKindRoundTrip() throws IOException {
        Random random = new Random(20261123L);
        for (int[] size : new int[][] {{1, 1}, {1, 7}, {9, 1}, {64, 33}, {257, 19}}) {
            BufferedImage image = new BufferedImage(size[0], size[1], BufferedImage.TYPE_INT_ARGB);
            for (int y = 0; y < size[1]; y++) {
                for (int x = 0; x < size[0]; x++) {
                    image.setRGB(x, y, random.nextInt());
                }
            }
            assertSamePixels(image, ImageIO.read(new ByteArrayInputStream(PngEncoder.encode(image))));
        }
    }

    @Test
    void rgbImagesAndSubImagesAreEncodedFromTheirOwnRows() throws IOException {
        BufferedImage image = drawing(BufferedImage.TYPE_INT_RGB, 120, 80, false);
        assertSamePixels(image, ImageIO.read(new ByteArrayInputStream(PngEncoder.encode(image))));
        BufferedImage part = image.getSubimage(0, 10, 120, 30); // shares the raster: scanline stride stays 120
        assertSamePixels(part, ImageIO.read(new ByteArrayInputStream(PngEncoder.encode(part))));
    }

    @Test
    void stripsDeflatedSeparatelyMakeOneValidStream() throws IOException {
        BufferedImage image = drawing(BufferedImage.TYPE_INT_ARGB, 700, 430, true);
        byte[] one = PngEncoder.encodeStrips(image, 1, 1);
        for (int strips : new int[] {2, 3, 7, 430}) {
            byte[] png = PngEncoder.encodeStrips(image, strips, 3);
            assertSamePixels(image, ImageIO.read(new ByteArrayInputStream(png)));
            assertEquals(zlibChecksum(one), zlibChecksum(png), "the Adler-32 of the rows does not depend on the strips");
        }
        assertThrows(IllegalArgumentException.class, () -> PngEncoder.encodeStrips(image, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> PngEncoder.encodeStrips(image, 431, 1));
        assertThrows(IllegalArgumentException.class, () -> PngEncoder.encodeStrips(image, 2, 0));
        assertThrows(IllegalArgumentException.class, () -> PngEncoder.encode(image, 0));
    }

    @Test
    void theBytesDoNotDependOnTheThreads() throws IOException {
        // a gallery encodes on one thread per figure, a single export on several: the same file
        BufferedImage image = drawing(BufferedImage.TYPE_INT_ARGB, 1000, 600, true);
        byte[] alone = PngEncoder.encode(image, 1);
        for (int threads : new int[] {2, 3, PngEncoder.STRIPS, 16}) {
            assertArrayEquals(alone, PngEncoder.encode(image, threads), threads + " threads");
        }
        assertArrayEquals(alone, PngEncoder.encode(image));
        assertArrayEquals(alone, PngEncoder.encodeStrips(image, PngEncoder.STRIPS, 1), "a large image: "
                + PngEncoder.STRIPS + " strips");
        assertSamePixels(image, ImageIO.read(new ByteArrayInputStream(alone)));
    }

    @Test
    void everyChunkCarriesItsCrc() throws IOException {
        byte[] png = PngEncoder.encode(drawing(BufferedImage.TYPE_INT_ARGB, 50, 40, false));
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(png));
        in.skipNBytes(8);
        List<String> names = new ArrayList<>();
        while (in.available() > 0) {
            int length = in.readInt();
            byte[] name = in.readNBytes(4);
            byte[] data = in.readNBytes(length);
            CRC32 crc = new CRC32();
            crc.update(name);
            crc.update(data);
            assertEquals((int) crc.getValue(), in.readInt(), "CRC of " + new String(name, StandardCharsets.US_ASCII));
            names.add(new String(name, StandardCharsets.US_ASCII));
        }
        assertEquals(List.of("IHDR", "IDAT", "IEND"), names);
    }

    @Test
    void otherImageTypesAreRefused() {
        BufferedImage gray = new BufferedImage(4, 4, BufferedImage.TYPE_BYTE_GRAY);
        assertThrows(IllegalArgumentException.class, () -> PngEncoder.encode(gray));
    }

    /** Antialiased shapes, text and lines on a white (or, when translucent, clear) background. */
    private static BufferedImage drawing(int type, int w, int h, boolean translucent) {
        BufferedImage image = new BufferedImage(w, h, type);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        if (!translucent) {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
        }
        g.setColor(new Color(230, 159, 0, translucent ? 120 : 255));
        g.fill(new Ellipse2D.Double(w * 0.1, h * 0.2, w * 0.6, h * 0.5));
        g.setColor(new Color(0, 114, 178));
        for (int y = 0; y < h; y += 9) {
            g.drawLine(0, y, w, h - y);
        }
        g.drawString("f'(x) = σ(x)(1 − σ(x))", 5, h / 2);
        g.dispose();
        return image;
    }

    /** The last four bytes of the IDAT chunk: the zlib trailer. */
    private static int zlibChecksum(byte[] png) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(png));
        in.skipNBytes(8 + 8 + 13 + 4); // signature, IHDR length, name, data and CRC
        int length = in.readInt();
        in.skipNBytes(4 + length - 4);
        return in.readInt();
    }

    private static int colourType(byte[] png) {
        return png[8 + 8 + 9] & 0xFF; // signature, IHDR length and name, width, height, bit depth
    }

    private static void assertSamePixels(BufferedImage expected, BufferedImage actual) {
        assertEquals(expected.getWidth(), actual.getWidth());
        assertEquals(expected.getHeight(), actual.getHeight());
        int w = expected.getWidth();
        int h = expected.getHeight();
        int[] want = expected.getRGB(0, 0, w, h, null, 0, w);
        int[] got = actual.getRGB(0, 0, w, h, null, 0, w);
        if (!expected.getColorModel().hasAlpha()) {
            for (int i = 0; i < want.length; i++) {
                want[i] |= 0xFF000000;
            }
        }
        assertArrayEquals(want, got);
    }
}
