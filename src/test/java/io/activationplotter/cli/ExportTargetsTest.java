package io.activationplotter.cli;

import static io.activationplotter.cli.CliRunner.exec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.activationplotter.cli.CliRunner.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code export --out} does with long names, links, FIFOs and devices. */
class ExportTargetsTest {

    @TempDir
    Path dir;

    @Test
    void aFileNameOf255BytesIsWritten() throws IOException {
        Path out = dir.resolve("f".repeat(251) + ".png");

        Result r = exec("export", "--function", "sigmoid", "--size", "64x48", "--out", out.toString());

        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        assertThat(files()).containsExactly(out);
    }

    @Test
    void aFifoIsRefusedWithOneLineBeforeRendering() throws Exception {
        // given: a reader would block on it for ever, or get a half-written figure
        Path fifo = dir.resolve("fig.png");
        assumeTrue(mkfifo(fifo), "no mkfifo here");
        // when
        Result r = exec("export", "--function", "sigmoid", "--out", fifo.toString());
        // then
        assertThat(r.code()).isEqualTo(Cli.USAGE_ERROR);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).containsExactly("--out '" + fifo + "': not a regular file: " + fifo
                + " is a FIFO (named pipe); give the name of a file to create or replace");
        assertThat(files()).containsExactly(fifo);
    }

    @Test
    void aLinkToADeviceIsRefused() throws IOException {
        assumeTrue(Files.exists(Path.of("/dev/null")), "no /dev/null here");
        Path link = Files.createSymbolicLink(dir.resolve("fig.csv"), Path.of("/dev/null"));

        Result r = exec("export", "--function", "sigmoid", "--out", link.toString());

        assertThat(r.code()).isEqualTo(Cli.USAGE_ERROR);
        assertThat(r.err().lines()).hasSize(1).first().asString().contains("/dev/null is a character device");
    }

    @Test
    void aLinkIsWrittenThroughAndStaysALink() throws IOException {
        // given
        Path real = Files.writeString(dir.resolve("real.svg"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("fig.svg"), real.getFileName());
        // when
        Result r = exec("export", "--function", "sigmoid", "--out", link.toString());
        // then
        assertThat(r.code()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).startsWith("<?xml").contains("Sigmoid");
        assertThat(files()).containsExactlyInAnyOrder(real, link);
    }

    private static boolean mkfifo(Path path) throws InterruptedException {
        try {
            return new ProcessBuilder("mkfifo", path.toString()).inheritIO().start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }
}
