package io.activationplotter.settings;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the bytes of a settings file as cautiously as a file anyone could have put there deserves:
 * only a regular file (not a folder, a FIFO or a device, even behind a symlink), at most
 * {@link #MAX_BYTES}, decoded as UTF-8 line by line so that a line that is not UTF-8 spoils only its own
 * entry. A UTF-8 byte order mark is skipped.
 */
final class SettingsReader {

    /** The largest settings file read: far more than any real one (a few hundred bytes). */
    static final int MAX_BYTES = 1 << 20;

    /** How a read went. */
    enum Outcome {
        /** There is no file: a first start. */
        MISSING,
        /** Every line was read. */
        COMPLETE,
        /** Some lines could not be read: the others were. */
        PARTIAL,
        /** Nothing could be read: the file is no settings file, or could not be opened. */
        UNREADABLE
    }

    /**
     * What a read gave.
     *
     * @param outcome   how it went.
     * @param text      the decoded text, a bad line decoded leniently ({@code ""} when {@link Outcome#MISSING}
     *                  or {@link Outcome#UNREADABLE}).
     * @param badLines  the numbers (from 0) of the physical lines that are not UTF-8.
     * @param problem   why the file is {@link Outcome#UNREADABLE}, else {@code null}.
     */
    record Result(Outcome outcome, String text, Set<Integer> badLines, String problem) {

        static Result unreadable(String problem) {
            return new Result(Outcome.UNREADABLE, "", Set.of(), problem);
        }
    }

    private SettingsReader() {
    }

    /**
     * Reads a settings file; never throws.
     *
     * @param file  the file ({@code null} not permitted).
     * @return the result.
     */
    static Result read(Path file) {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return new Result(Outcome.MISSING, "", Set.of(), null);
        }
        if (Files.isDirectory(file)) {
            return Result.unreadable("it is a folder");
        }
        if (!Files.isRegularFile(file)) {
            return Result.unreadable(Files.exists(file) ? "it is not a regular file (a device, FIFO or socket)"
                    : "it is a broken link");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException | RuntimeException e) {
            return Result.unreadable(String.valueOf(e.getMessage()));
        }
        if (bytes.length > MAX_BYTES) {
            return Result.unreadable("it is larger than " + (MAX_BYTES >> 10) + " KiB");
        }
        return decode(bytes);
    }

    /**
     * Decodes the bytes of a settings file, line by line.
     *
     * @param bytes  the bytes ({@code null} not permitted).
     * @return a {@link Outcome#COMPLETE} or {@link Outcome#PARTIAL} result, or {@link Outcome#UNREADABLE}
     *         if no line at all is UTF-8 text.
     */
    static Result decode(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
        List<String> lines = new ArrayList<>();
        Set<Integer> bad = new HashSet<>();
        int goodText = 0;
        for (int i = start; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n' || bytes[i] == '\r') {
                String line = line(bytes, start, i);
                if (line == null) {
                    bad.add(lines.size());
                    lines.add(new String(bytes, start, i - start, StandardCharsets.UTF_8)); // for the warning
                } else {
                    goodText += line.isBlank() ? 0 : 1;
                    lines.add(line);
                }
                if (i < bytes.length - 1 && bytes[i] == '\r' && bytes[i + 1] == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (!bad.isEmpty() && goodText == 0) {
            return Result.unreadable("it is not UTF-8 text");
        }
        return new Result(bad.isEmpty() ? Outcome.COMPLETE : Outcome.PARTIAL, String.join("\n", lines),
                Set.copyOf(bad), null);
    }

    /** @return the line's text, or {@code null} if it is not UTF-8 (or holds a NUL, as binary files do). */
    private static String line(byte[] bytes, int from, int to) {
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, from, to - from)).toString();
            return s.indexOf('\0') >= 0 ? null : s;
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
