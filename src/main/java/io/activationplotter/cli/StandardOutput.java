package io.activationplotter.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The command line's standard output: a buffered writer that remembers why a write failed, so that a
 * closed pipe ({@code eval ... | head -1}) can end the command normally while a full disk
 * ({@code > /dev/full}) is still an error.
 */
final class StandardOutput extends PrintWriter {

    private final Sink sink;

    private StandardOutput(Sink sink, Charset charset) {
        super(new BufferedWriter(new OutputStreamWriter(sink, charset), 1 << 16));
        this.sink = sink;
    }

    /**
     * Creates the writer of the process's standard output (file descriptor 1, in the default charset,
     * as {@code new PrintWriter(System.out)} writes).
     *
     * @return the writer.
     */
    static StandardOutput ofProcess() {
        return new StandardOutput(new Sink(new FileOutputStream(FileDescriptor.out), true), Charset.defaultCharset());
    }

    /**
     * Creates a writer over a stream (for tests).
     *
     * @param out  the stream ({@code null} not permitted).
     * @return the writer, in UTF-8.
     */
    static StandardOutput of(OutputStream out) {
        return new StandardOutput(new Sink(out, false), java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * Returns {@code true} if a write failed because the reader of the pipe has gone: the end of a
     * pipeline such as {@code | head}, not an error.
     *
     * @return whether the pipe was closed.
     */
    boolean pipeClosed() {
        return sink.pipeClosed;
    }

    /**
     * Returns the first write failure.
     *
     * @return the exception, or {@code null} if every write succeeded.
     */
    IOException failure() {
        return sink.failure;
    }

    /**
     * Tells whether a failed write to the given writer was a closed pipe.
     *
     * @param out  the writer ({@code null} not permitted).
     * @return {@code true} if {@code out} is a standard output whose pipe was closed.
     */
    static boolean pipeClosed(PrintWriter out) {
        return out instanceof StandardOutput s && s.pipeClosed();
    }

    /**
     * Says why a write to the given writer failed, for a message.
     *
     * @param out  the writer ({@code null} not permitted).
     * @return {@code ": "} and the reason (such as "No space left on device"), or {@code ""} if unknown.
     */
    static String reason(PrintWriter out) {
        if (out instanceof StandardOutput s && s.failure() != null && s.failure().getMessage() != null) {
            return ": " + s.failure().getMessage();
        }
        return "";
    }

    /** Passes the bytes on and records the first failure. */
    private static final class Sink extends OutputStream {
        private final OutputStream out;
        private final boolean processStdout;
        private IOException failure;
        private boolean pipeClosed;

        Sink(OutputStream out, boolean processStdout) {
            this.out = out;
            this.processStdout = processStdout;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (failure != null) {
                throw failure; // nothing more gets through: do not retry a broken pipe for every row
            }
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw failed(e);
            }
        }

        @Override
        public void flush() throws IOException {
            if (failure != null) {
                throw failure;
            }
            try {
                out.flush();
            } catch (IOException e) {
                throw failed(e);
            }
        }

        private IOException failed(IOException e) {
            failure = e;
            pipeClosed = isBrokenPipe(e) || processStdout && stdoutIsPipe();
            return e;
        }
    }

    /**
     * EPIPE: Linux and macOS say "Broken pipe"; Windows "The pipe is being closed" or "The pipe has been ended".
     */
    static boolean isBrokenPipe(IOException e) {
        String m = e.getMessage();
        return m != null && (m.contains("Broken pipe") || m.contains("pipe is being closed")
                || m.contains("pipe has been ended"));
    }

    /** On Linux: standard output is a pipe or socket, so a failed write means its reader has gone. */
    private static boolean stdoutIsPipe() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/1")).toString();
            return target.startsWith("pipe:") || target.startsWith("socket:");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }
}
