package io.activationplotter.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A write killed half-way, in a real child JVM: SIGTERM and SIGINT leave nothing behind (the shutdown hook
 * deletes the temporary file); after SIGKILL the next write into the folder sweeps it.
 */
class KilledWriteTest {

    @TempDir
    Path dir;

    @Test
    void sigtermMidWriteLeavesNothing() throws Exception {
        // given
        Process child = startWriting(dir.resolve("fig.png"));
        assertThat(partFiles()).hasSize(1);
        // when
        child.destroy(); // SIGTERM
        // then
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).isEqualTo(143);
        assertThat(files()).isEmpty();
    }

    @Test
    void sigintMidWriteLeavesNothing() throws Exception {
        // given
        Process child = startWriting(dir.resolve("fig.png"));
        assumeFalse(ignoresSigint(child.pid()), "SIGINT is ignored here (started in the background)");
        // when
        assertThat(signal("-INT", child.pid())).isZero();
        // then
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).isEqualTo(130);
        assertThat(files()).isEmpty();
    }

    @Test
    void afterSigkillTheNextWriteSweepsTheTemporaryFile() throws Exception {
        // given: a child killed outright leaves its temporary file
        Path old = Files.writeString(dir.resolve("old.png"), "old");
        Process child = startWriting(dir.resolve("fig.png"));
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        List<Path> left = partFiles();
        assertThat(left).hasSize(1);
        AtomicFilesSafetyTest.age(left.get(0));
        // when
        AtomicFiles.write(old, out -> out.write('n'));
        // then
        assertThat(files()).containsExactly(old);
    }

    private Process startWriting(Path target) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                SlowWrite.class.getName(), target.toString()).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine(); // the child prints it mid-write, or ends within a minute
        assumeTrue(line != null, "the child JVM did not start");
        assertThat(line).isEqualTo("writing");
        return child;
    }

    /** Java can send only SIGTERM and SIGKILL: others go through kill(1). */
    private static int signal(String which, long pid) throws InterruptedException {
        try {
            return new ProcessBuilder("kill", which, Long.toString(pid)).inheritIO().start().waitFor();
        } catch (IOException e) {
            assumeTrue(false, "no kill command here: " + e.getMessage());
            return -1;
        }
    }

    /** Reads the child's ignored-signal mask; SIGINT is signal 2. */
    private static boolean ignoresSigint(long pid) throws IOException {
        Path status = Path.of("/proc", Long.toString(pid), "status");
        assumeTrue(Files.exists(status), "no /proc here to tell whether SIGINT is ignored");
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("SigIgn:")) {
                return (Long.parseUnsignedLong(line.substring(7).trim(), 16) & (1L << 1)) != 0;
            }
        }
        return false;
    }

    private List<Path> partFiles() throws IOException {
        return files().stream().filter(p -> p.getFileName().toString().endsWith(".part")).toList();
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }
}
