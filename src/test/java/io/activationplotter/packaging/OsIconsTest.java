package io.activationplotter.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Checks the committed Windows and macOS icons that packaging/icon/generate.py packs from the PNG renders:
 * valid containers whose images decode at the sizes their headers state.
 */
class OsIconsTest {

    private static final Path ICONS = Path.of("packaging", "icon");

    @Test
    void icoHoldsPngsFrom16To256Pixels() throws IOException {
        // given
        ByteBuffer ico = ByteBuffer.wrap(Files.readAllBytes(ICONS.resolve("activation-plotter.ico")))
                .order(ByteOrder.LITTLE_ENDIAN);
        assertThat(ico.getShort(0)).isZero();
        assertThat(ico.getShort(2)).as("type: icon").isEqualTo((short) 1);
        List<Integer> sizes = new ArrayList<>();
        // when
        for (int i = 0; i < ico.getShort(4); i++) {
            int entry = 6 + 16 * i;
            int side = Byte.toUnsignedInt(ico.get(entry)) == 0 ? 256 : Byte.toUnsignedInt(ico.get(entry));
            BufferedImage image = decode(ico.array(), ico.getInt(entry + 12), ico.getInt(entry + 8));
            assertThat(image.getWidth()).isEqualTo(side);
            sizes.add(side);
        }
        // then
        assertThat(sizes).contains(16, 32, 48, 256);
    }

    @Test
    void icnsHoldsPngsOfTheSizesTheirTypesName() throws IOException {
        // given
        ByteBuffer icns = ByteBuffer.wrap(Files.readAllBytes(ICONS.resolve("activation-plotter.icns")));
        assertThat(new String(icns.array(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("icns");
        assertThat(icns.getInt(4)).as("total length").isEqualTo(icns.capacity());
        List<String> types = new ArrayList<>();
        // when
        for (int at = 8; at < icns.capacity(); at += icns.getInt(at + 4)) {
            String type = new String(icns.array(), at, 4, StandardCharsets.US_ASCII);
            BufferedImage image = decode(icns.array(), at + 8, icns.getInt(at + 4) - 8);
            assertThat(image.getWidth()).as(type).isEqualTo(pixels(type));
            types.add(type);
        }
        // then: Finder's 16, 32, 128, 256 and 512 points, and their Retina versions
        assertThat(types).contains("icp4", "icp5", "ic07", "ic08", "ic09", "ic11", "ic12", "ic13", "ic14");
    }

    /** The pixel width each ICNS PNG type stands for (Apple's icns types). */
    private static int pixels(String type) {
        return switch (type) {
            case "icp4" -> 16;
            case "icp5", "ic11" -> 32;
            case "icp6", "ic12" -> 64;
            case "ic07" -> 128;
            case "ic08", "ic13" -> 256;
            case "ic09", "ic14" -> 512;
            default -> throw new AssertionError("unexpected icns type " + type);
        };
    }

    private static BufferedImage decode(byte[] file, int offset, int length) throws IOException {
        assertThat(offset + length).isLessThanOrEqualTo(file.length);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(file, offset, length));
        assertThat(image).as("a PNG at " + offset).isNotNull();
        return image;
    }
}
