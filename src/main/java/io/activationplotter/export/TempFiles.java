package io.activationplotter.export;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The temporary files of {@link AtomicFiles}: named {@code .ap-PID-N.part} whatever the target's name (so
 * any name the file system accepts can be written), deleted by a shutdown hook if the JVM is stopped
 * (SIGTERM, SIGINT) while one is being written, and swept from a folder at the next write there once the
 * process that made them is gone (SIGKILL, power loss).
 */
final class TempFiles {

    /** A temporary file, created and open for writing. */
    record Temp(Path path, FileChannel channel) {
    }

    /**
     * A temporary file of a dead process is swept only if it has not changed for this long: another
     * machine (NFS) or container (another PID namespace) may use the same PID for a live writer.
     */
    static final Duration STALE_AFTER = Duration.ofSeconds(10);

    private static final Pattern NAME = Pattern.compile("\\.ap-(\\d{1,19})-[0-9a-z]{1,13}\\.part");
    private static final long PID = ProcessHandle.current().pid();
    private static final AtomicLong COUNTER = new AtomicLong();
    private static final Set<Path> IN_FLIGHT = ConcurrentHashMap.newKeySet();
    private static final AtomicBoolean HOOKED = new AtomicBoolean();

    private TempFiles() {
    }

    /**
     * Creates a new temporary file in a folder and tracks it until {@link #done(Path)}.
     *
     * @param dir  the folder ({@code null} not permitted).
     * @return the file and a channel to write it.
     * @throws IOException if the file cannot be created.
     */
    static Temp create(Path dir) throws IOException {
        hookOnce();
        for (int attempt = 0; ; attempt++) {
            Path tmp = dir.resolve(".ap-" + PID + "-" + Long.toString(COUNTER.incrementAndGet(), 36) + ".part");
            IN_FLIGHT.add(tmp);
            try {
                // Not createTempFile: that makes the file owner-only (0600); this one gets the usual umask mode.
                return new Temp(tmp, FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
            } catch (FileAlreadyExistsException e) {
                IN_FLIGHT.remove(tmp); // left by an earlier process with our PID
                if (attempt == 100) {
                    throw e;
                }
            } catch (IOException | RuntimeException e) {
                IN_FLIGHT.remove(tmp);
                throw e;
            }
        }
    }

    /**
     * Stops tracking a temporary file: it has been moved to its target or deleted.
     *
     * @param tmp  the file.
     */
    static void done(Path tmp) {
        IN_FLIGHT.remove(tmp);
    }

    /**
     * Deletes the temporary files in a folder whose process has ended, and which have not changed for
     * {@link #STALE_AFTER}; failures are ignored.
     *
     * @param dir  the folder ({@code null} not permitted).
     * @return the number of files deleted.
     */
    static int sweep(Path dir) {
        int deleted = 0;
        Instant before = Instant.now().minus(STALE_AFTER);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, ".ap-*.part")) {
            for (Path f : files) {
                if (isStale(f, before)) {
                    deleted += Files.deleteIfExists(f) ? 1 : 0;
                }
            }
        } catch (IOException | RuntimeException e) {
            // sweeping is a courtesy: the write itself must not fail because of it
        }
        return deleted;
    }

    private static boolean isStale(Path f, Instant before) throws IOException {
        Matcher m = NAME.matcher(f.getFileName().toString());
        if (!m.matches() || !Files.isRegularFile(f)) {
            return false;
        }
        long pid;
        try {
            pid = Long.parseLong(m.group(1));
        } catch (NumberFormatException e) {
            return false;
        }
        return pid != PID && ProcessHandle.of(pid).isEmpty()
                && Files.getLastModifiedTime(f).toInstant().isBefore(before);
    }

    /** One hook for the life of the JVM; it deletes only the files being written when it runs. */
    private static void hookOnce() {
        if (HOOKED.compareAndSet(false, true)) {
            try {
                Runtime.getRuntime().addShutdownHook(new Thread(TempFiles::deleteInFlight, "delete-partial-files"));
            } catch (IllegalStateException e) {
                // already shutting down
            }
        }
    }

    private static void deleteInFlight() {
        for (Path tmp : IN_FLIGHT) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException e) {
                // nothing more can be done while the JVM stops
            }
        }
    }
}
