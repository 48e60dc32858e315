// Activation Plotter: merges JavaFX's macOS x64 and Apple-silicon natives into universal binaries.
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Writes one universal (fat Mach-O) library for each {@code .dylib} at the root of two JavaFX
 * {@code javafx-graphics} jars, the {@code mac} (x86_64) and the {@code mac-aarch64} (arm64) one.
 * <p>
 * JavaFX loads its natives from the class path as {@code "/" + System.mapLibraryName(name)}, so both
 * architectures cannot sit side by side in one jar under their own names; a universal library holds
 * both slices under the one name and macOS picks the slice of the running JVM, as for {@code lipo}'s
 * output. Each slice is copied unchanged (its code signature lives inside the slice).
 * <p>
 * Run by the build ({@code prepare-package}) with Java's source launcher:
 * {@code java packaging/natives/UniversalDylibs.java OUT_DIR MAC_JAR MAC_AARCH64_JAR}.
 */
public final class UniversalDylibs {

    private static final int FAT_MAGIC = 0xCAFEBABE;
    private static final int MH_MAGIC_64 = 0xFEEDFACF;
    /** Slices start on 16 KiB boundaries, the page size of arm64 macOS (lipo's choice for arm64). */
    private static final int ALIGN_LOG2 = 14;

    private UniversalDylibs() {
    }

    /**
     * Writes the universal libraries.
     *
     * @param args  the output folder, the x86_64 jar and the arm64 jar.
     *
     * @throws IOException if a jar cannot be read, a library is not a 64-bit Mach-O file, the two
     *     jars do not hold the same libraries, or a file cannot be written.
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: UniversalDylibs OUT_DIR MAC_JAR MAC_AARCH64_JAR");
        }
        Path out = Path.of(args[0]);
        Map<String, byte[]> x64 = dylibs(Path.of(args[1]));
        Map<String, byte[]> arm64 = dylibs(Path.of(args[2]));
        if (x64.isEmpty() || !x64.keySet().equals(arm64.keySet())) {
            throw new IOException("the jars hold different libraries: " + x64.keySet() + " and " + arm64.keySet());
        }
        Files.createDirectories(out);
        for (Map.Entry<String, byte[]> lib : x64.entrySet()) {
            Files.write(out.resolve(lib.getKey()), universal(lib.getKey(), lib.getValue(), arm64.get(lib.getKey())));
        }
        System.out.println("UniversalDylibs: " + x64.size() + " universal libraries in " + out);
    }

    private static Map<String, byte[]> dylibs(Path jar) throws IOException {
        Map<String, byte[]> libs = new TreeMap<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                String name = entry.getName();
                if (name.endsWith(".dylib") && !name.contains("/")) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        libs.put(name, in.readAllBytes());
                    }
                }
            }
        }
        return libs;
    }

    private static byte[] universal(String name, byte[]... slices) throws IOException {
        int align = 1 << ALIGN_LOG2;
        ByteBuffer header = ByteBuffer.allocate(8 + 20 * slices.length).order(ByteOrder.BIG_ENDIAN);
        header.putInt(FAT_MAGIC).putInt(slices.length);
        long offset = align;
        for (byte[] slice : slices) {
            ByteBuffer mach = ByteBuffer.wrap(slice).order(ByteOrder.LITTLE_ENDIAN);
            if (slice.length < 12 || mach.getInt(0) != MH_MAGIC_64) {
                throw new IOException(name + " is not a 64-bit Mach-O library");
            }
            header.putInt(mach.getInt(4)).putInt(mach.getInt(8)).putInt((int) offset).putInt(slice.length)
                    .putInt(ALIGN_LOG2);
            offset = (offset + slice.length + align - 1) / align * align;
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream((int) offset);
        file.write(header.array());
        for (byte[] slice : slices) {
            file.write(new byte[(align - file.size() % align) % align]);
            file.write(slice);
        }
        return file.toByteArray();
    }
}
