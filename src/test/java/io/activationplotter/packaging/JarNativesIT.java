package io.activationplotter.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checks the jar {@code mvn package} writes (run by failsafe in {@code verify}): it holds the JavaFX
 * natives and platform classes of Windows x64, macOS (x86_64 and arm64, as universal libraries) and
 * Linux x64, each entry once.
 */
class JarNativesIT {

    private static final Path JAR = Path.of("target", "activation-plotter.jar");
    private static final int CPU_X86_64 = 0x01000007;
    private static final int CPU_ARM64 = 0x0100000C;

    private static final List<String> names = new ArrayList<>();
    private static final List<byte[]> dylibs = new ArrayList<>();
    private static final List<String> dylibNames = new ArrayList<>();

    @BeforeAll
    static void readJar() throws IOException {
        assertThat(JAR).as("run mvn package first").exists();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(JAR))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                names.add(entry.getName());
                if (entry.getName().endsWith(".dylib")) {
                    dylibNames.add(entry.getName());
                    dylibs.add(zip.readAllBytes());
                }
            }
        }
    }

    @Test
    void holdsTheWindowsNativesAndClasses() {
        assertThat(names).contains("glass.dll", "prism_d3d.dll", "prism_sw.dll", "prism_common.dll",
                "javafx_font.dll", "javafx_iio.dll", "decora_sse.dll",
                "msvcp140.dll", "vcruntime140.dll", "vcruntime140_1.dll",
                "com/sun/glass/ui/win/WinApplication.class", "com/sun/prism/d3d/D3DPipeline.class");
    }

    @Test
    void holdsTheMacNativesAndClasses() {
        assertThat(names).contains("libglass.dylib", "libprism_es2.dylib", "libprism_sw.dylib",
                "libprism_common.dylib", "libjavafx_font.dylib", "libjavafx_iio.dylib", "libdecora_sse.dylib",
                "com/sun/glass/ui/mac/MacApplication.class", "com/sun/prism/es2/MacGLFactory.class");
    }

    @Test
    void holdsTheLinuxNativesAndClasses() {
        assertThat(names).contains("libglass.so", "libglassgtk3.so", "libprism_es2.so", "libprism_sw.so",
                "libprism_common.so", "libjavafx_font.so", "libjavafx_font_freetype.so",
                "libjavafx_font_pango.so", "libjavafx_iio.so", "libdecora_sse.so",
                "com/sun/glass/ui/gtk/GtkApplication.class", "com/sun/prism/es2/X11GLFactory.class");
    }

    /** JavaFX loads "/libglass.dylib" on either Mac: each library must carry both architectures. */
    @Test
    void everyMacLibraryIsUniversal() {
        assertThat(dylibNames).hasSize(7);
        for (int i = 0; i < dylibs.size(); i++) {
            assertThat(cpuTypes(dylibs.get(i))).as(dylibNames.get(i)).containsExactlyInAnyOrder(CPU_X86_64, CPU_ARM64);
        }
    }

    /** Nothing of a platform's javafx-graphics jar is lost in the dedupe (META-INF and module-info aside). */
    @ParameterizedTest
    @ValueSource(strings = {"linux", "win", "mac", "mac-aarch64"})
    void holdsEveryFileOfEachPlatformsJar(String platform) throws IOException {
        // given
        String path = System.getProperty("javafx.graphics." + platform);
        assertThat(path).as("set by the failsafe configuration").isNotBlank();
        List<String> files = new ArrayList<>();
        // when
        try (ZipFile jar = new ZipFile(path)) {
            jar.stream().map(ZipEntry::getName)
                    .filter(name -> !name.endsWith("/") && !name.startsWith("META-INF/"))
                    .filter(name -> !name.equals("module-info.class"))
                    .forEach(files::add);
        }
        // then
        assertThat(files).hasSizeGreaterThan(1000);
        assertThat(names).containsAll(files);
    }

    @Test
    void holdsEachEntryOnce() {
        Set<String> seen = new HashSet<>();
        assertThat(names).allMatch(seen::add, "is not a duplicate");
    }

    /** The CPU types of a fat Mach-O file's slices (big-endian header), each slice checked to be Mach-O 64. */
    private static List<Integer> cpuTypes(byte[] file) {
        ByteBuffer header = ByteBuffer.wrap(file);
        assertThat(header.getInt(0)).as("fat Mach-O magic").isEqualTo(0xCAFEBABE);
        List<Integer> types = new ArrayList<>();
        for (int i = 0; i < header.getInt(4); i++) {
            int at = 8 + 20 * i;
            int offset = header.getInt(at + 8);
            int size = header.getInt(at + 12);
            assertThat((long) offset + size).isLessThanOrEqualTo(file.length);
            assertThat(Integer.reverseBytes(header.getInt(offset))).as("slice magic").isEqualTo(0xFEEDFACF);
            assertThat(Integer.reverseBytes(header.getInt(offset + 4))).isEqualTo(header.getInt(at));
            types.add(header.getInt(at));
        }
        return types;
    }
}
