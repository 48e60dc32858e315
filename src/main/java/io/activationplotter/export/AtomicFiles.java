package io.activationplotter.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Locale;

/**
 * Writes files atomically: to a temporary file beside the target, synced to disk, then a move, so a failure leaves
 * nothing half-written. Failures are reported in plain words (folder does not exist, not writable,
 * disk full).
 */
public final class AtomicFiles {

    /** Writes the content of a file to a stream. */
    @FunctionalInterface
    public interface Writer {
        /**
         * @param out  the stream (closed by the caller).
         * @throws IOException if writing fails.
         */
        void write(OutputStream out) throws IOException;
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFiles() {
    }

    /**
     * Writes a file atomically.
     *
     * @param target  the file to create or replace ({@code null} not permitted).
     * @param writer  writes the content.
     * @throws IOException if the folder is missing or unwritable, the disk is full, or the writer fails;
     *     the target is then unchanged and no temporary file remains.
     */
    public static void write(Path target, Writer writer) throws IOException {
        Path abs = target.toAbsolutePath().normalize();
        Path dir = checkWritable(abs);
        Path tmp = dir.resolve("." + abs.getFileName() + "." + Long.toHexString(RANDOM.nextLong()) + ".part");
        boolean created = false;
        boolean done = false;
        try {
            // Not createTempFile: that makes the file owner-only (0600); this one gets the usual umask mode.
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                created = true;
                OutputStream out = Channels.newOutputStream(channel);
                writer.write(out);
                out.flush();
                channel.force(true); // on disk before the move, so a crash leaves the old file or the new one
            }
            keepPermissions(abs, tmp);
            move(tmp, abs);
            done = true;
        } catch (IOException e) {
            throw explain(e, abs);
        } finally {
            if (created && !done) {
                deleteQuietly(tmp);
            }
        }
    }

    /**
     * Checks, without writing anything, that a file could be created or replaced: its folder exists
     * and is writable, and the file is not itself a folder.
     *
     * @param target  the file ({@code null} not permitted).
     * @return the folder the file goes in (absolute).
     * @throws IOException saying in plain words what is wrong.
     */
    public static Path checkWritable(Path target) throws IOException {
        Path abs = target.toAbsolutePath().normalize();
        Path dir = abs.getParent();
        if (dir == null || abs.getFileName() == null) {
            throw new IOException("not a file name: " + target);
        }
        if (!Files.exists(dir)) {
            throw new IOException("folder does not exist: " + dir);
        }
        if (!Files.isDirectory(dir)) {
            throw new IOException("not a folder: " + dir + " is a file");
        }
        if (Files.isDirectory(abs)) {
            throw new IOException("cannot replace a folder with a file: " + abs);
        }
        if (!Files.isWritable(dir)) {
            throw new IOException("folder is not writable: " + dir);
        }
        return dir;
    }

    /** A replaced file keeps its permissions, as it would if written in place. */
    private static void keepPermissions(Path target, Path tmp) {
        try {
            if (Files.exists(target)) {
                Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(target));
            }
        } catch (IOException | UnsupportedOperationException e) {
            // not a POSIX file system, or not ours: the new file keeps the default mode
        }
    }

    private static void deleteQuietly(Path tmp) {
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException e) {
            // the original failure is the one to report
        }
    }

    private static void move(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Turns a low-level failure into a message a person can act on.
     *
     * @param e       the failure.
     * @param target  the file being written.
     * @return the exception to throw (its cause is {@code e}).
     */
    static IOException explain(IOException e, Path target) {
        String text = String.valueOf(e instanceof FileSystemException fse ? fse.getReason() : e.getMessage());
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append(' ');
        }
        String lower = all.toString().toLowerCase(Locale.ROOT);
        String message;
        if (lower.contains("no space left") || lower.contains("disk full") || lower.contains("quota")) {
            message = "disk full: could not write " + target;
        } else if (e instanceof AccessDeniedException || lower.contains("permission denied")
                || lower.contains("read-only file system")) {
            message = "folder is not writable: " + target.getParent();
        } else {
            message = "could not write " + target + ": " + (text.equals("null") ? e.getClass().getSimpleName() : text);
        }
        return new IOException(message, e);
    }
}
