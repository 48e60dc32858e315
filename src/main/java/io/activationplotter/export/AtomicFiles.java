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
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.Locale;

/**
 * Writes files atomically: to a temporary file beside the target, synced to disk, then a move, so a failure leaves
 * nothing half-written. Failures are reported in plain words (folder does not exist, not writable,
 * disk full).
 *
 * <p>The temporary file is {@code .ap-PID-N.part} (see {@link TempFiles}): short whatever the target's name,
 * deleted if the JVM is stopped by SIGTERM or SIGINT mid-write, and swept by the next write into the same folder
 * if the process was killed outright. A replaced file keeps its permission bits and, where the user may set
 * them, its owner and group. A symbolic link is written through, as editors do: the link stays and its target
 * is replaced atomically, in the target's folder. Devices, FIFOs and sockets are refused.
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

    private static final int MAX_LINKS = 40;

    private AtomicFiles() {
    }

    /**
     * Writes a file atomically.
     *
     * @param target  the file to create or replace, or a symbolic link to it ({@code null} not permitted).
     * @param writer  writes the content.
     * @throws IOException if the folder is missing or unwritable, the target is not a regular file, the disk
     *     is full, or the writer fails; the target is then unchanged and no temporary file remains.
     */
    public static void write(Path target, Writer writer) throws IOException {
        Path abs = resolve(target);
        Path dir = checkWritable(abs);
        TempFiles.sweep(dir);
        Path tmp = null;
        boolean done = false;
        try {
            TempFiles.Temp temp = TempFiles.create(dir);
            tmp = temp.path();
            try (FileChannel channel = temp.channel()) {
                OutputStream out = Channels.newOutputStream(channel);
                writer.write(out);
                out.flush();
                channel.force(true); // on disk before the move, so a crash leaves the old file or the new one
            }
            keepAttributes(abs, tmp);
            move(tmp, abs);
            done = true;
        } catch (IOException e) {
            throw explain(e, abs);
        } finally {
            if (tmp != null) {
                if (!done) {
                    deleteQuietly(tmp);
                }
                TempFiles.done(tmp);
            }
        }
    }

    /**
     * Checks, without writing anything, that a file could be created or replaced: its folder exists
     * and is writable, and the file, if it exists, is a regular file (not a folder, device, FIFO or socket).
     * A symbolic link is followed to the file it names.
     *
     * @param target  the file ({@code null} not permitted).
     * @return the folder the file goes in (absolute; for a link, the folder of the link's target).
     * @throws IOException saying in plain words what is wrong.
     */
    public static Path checkWritable(Path target) throws IOException {
        Path abs = resolve(target);
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
        if (Files.exists(abs) && !Files.isRegularFile(abs)) {
            throw new IOException("not a regular file: " + abs + " is " + SpecialFiles.kind(abs)
                    + "; give the name of a file to create or replace");
        }
        if (!Files.isWritable(dir)) {
            throw new IOException("folder is not writable: " + dir);
        }
        return dir;
    }

    /**
     * Follows symbolic links to the file they name, which may not exist yet.
     *
     * @param target  the file or link ({@code null} not permitted).
     * @return the absolute path of the file itself.
     * @throws IOException if the links loop or cannot be read.
     */
    static Path resolve(Path target) throws IOException {
        Path p = target.toAbsolutePath().normalize();
        for (int hops = 0; Files.isSymbolicLink(p); hops++) {
            if (Files.exists(p)) {
                return p.toRealPath();
            }
            if (hops == MAX_LINKS) {
                throw new IOException("too many levels of symbolic links: " + target);
            }
            // a dangling link: the file it names is created, as an editor would
            Path parent = p.getParent();
            Path realParent = Files.isDirectory(parent) ? parent.toRealPath() : parent;
            p = realParent.resolve(Files.readSymbolicLink(p)).normalize();
        }
        return p;
    }

    /**
     * A replaced file keeps its permission bits, as it would if written in place, and its owner and group
     * where this user may set them (root may; others may pick a group they belong to).
     */
    private static void keepAttributes(Path target, Path tmp) {
        PosixFileAttributes old;
        PosixFileAttributeView view = Files.getFileAttributeView(tmp, PosixFileAttributeView.class);
        try {
            if (view == null || !Files.exists(target)) {
                return;
            }
            old = Files.readAttributes(target, PosixFileAttributes.class);
        } catch (IOException | UnsupportedOperationException e) {
            return; // not a POSIX file system: the new file keeps the default mode
        }
        try {
            view.setOwner(old.owner());
        } catch (IOException e) {
            // not allowed: the file belongs to whoever writes it, as a new file would
        }
        try {
            view.setGroup(old.group());
        } catch (IOException e) {
            // not a group of this user
        }
        try {
            view.setPermissions(old.permissions()); // after chown, which may clear set-id bits
        } catch (IOException e) {
            // keeps the default mode
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
