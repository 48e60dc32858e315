package io.activationplotter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Standard output that fails: a closed pipe ({@code eval ... | head -1}) is a normal end, with exit 0 and
 * no message; any other failure (a full disk) exits 2 and says why.
 */
class StandardOutputTest {

    /** Takes {@code limit} bytes, then fails every write with the given message. */
    private static final class FailingStream extends OutputStream {
        private final ByteArrayOutputStream taken = new ByteArrayOutputStream();
        private final int limit;
        private final String message;
        private int writes;

        FailingStream(int limit, String message) {
            this.limit = limit;
            this.message = message;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            writes++;
            if (taken.size() + len > limit) {
                throw new IOException(message);
            }
            taken.write(b, off, len);
        }
    }

    private static String stdin(int lines) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            sb.append(i).append('\n');
        }
        return sb.toString();
    }

    @Test
    void closedPipeEndsEvalNormallyWithoutMessage() {
        // given: a reader that takes the first 100 bytes, then closes its end
        FailingStream pipe = new FailingStream(100, "Broken pipe");
        StringWriter err = new StringWriter();
        // when
        int code = Cli.run(new StringReader(stdin(200_000)), StandardOutput.of(pipe), new PrintWriter(err),
                "eval", "gelu");
        // then
        assertThat(err.toString()).isEmpty();
        assertThat(code).isZero();
        assertThat(pipe.writes).as("stops writing soon after the pipe closed").isLessThan(5);
    }

    @Test
    void fullDiskIsStillAnErrorAndSaysWhy() {
        FailingStream full = new FailingStream(0, "No space left on device");
        StringWriter err = new StringWriter();
        int code = Cli.run(new StringReader(""), StandardOutput.of(full), new PrintWriter(err),
                "eval", "gelu", "--x", "1,2");
        assertThat(code).isEqualTo(Cli.USAGE_ERROR);
        assertThat(err.toString().lines()).containsExactly(
                "error: could not write to standard output: No space left on device");
    }

    @Test
    void whatWasWrittenBeforeThePipeClosedIsTheStartOfTheCsv() {
        FailingStream pipe = new FailingStream(1 << 16, "Broken pipe");
        Cli.run(new StringReader(stdin(100_000)), StandardOutput.of(pipe), new PrintWriter(new StringWriter()),
                "eval", "relu");
        String taken = pipe.taken.toString(StandardCharsets.UTF_8);
        assertThat(taken).startsWith("x,f,df\n0.0,0.0,0.0\n1.0,1.0,1.0\n");
    }

    @Test
    void exportSaysTheFileWasWrittenWhenOnlyItsConfirmationFails(@org.junit.jupiter.api.io.TempDir
            java.nio.file.Path dir) {
        java.nio.file.Path png = dir.resolve("fig.png");
        StringWriter err = new StringWriter();
        int code = Cli.run(new StringReader(""), StandardOutput.of(new FailingStream(0, "No space left on device")),
                new PrintWriter(err), "export", "--function", "relu", "--size", "200x120", "--out", png.toString());
        assertThat(code).isEqualTo(Cli.USAGE_ERROR);
        assertThat(png).exists();
        assertThat(err.toString().lines()).containsExactly("wrote " + png
                + ", but could not write to standard output: No space left on device");
    }

    @Test
    void brokenPipeIsRecognisedByItsMessage() {
        assertThat(StandardOutput.isBrokenPipe(new IOException("Broken pipe"))).isTrue();
        assertThat(StandardOutput.isBrokenPipe(new IOException("The pipe is being closed"))).isTrue();
        assertThat(StandardOutput.isBrokenPipe(new IOException("No space left on device"))).isFalse();
        assertThat(StandardOutput.isBrokenPipe(new IOException())).isFalse();
    }
}
