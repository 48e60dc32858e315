package io.activationplotter.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Temporary names, stale temporary files, attributes of a replaced file, links and special files. */
class AtomicFilesSafetyTest {

    @TempDir
    Path dir;

    @Test
    void aNameOf255BytesCanBeWritten() throws IOException {
        // given: the longest name ext4 accepts; the temporary name used to add 23 characters to it
        Path file = dir.resolve("a".repeat(251) + ".png");
        assertThat(file.getFileName().toString().getBytes(StandardCharsets.UTF_8)).hasSize(255);
        // when
        AtomicFiles.write(file, out -> out.write('x'));
        // then
        assertThat(Files.readString(file)).isEqualTo("x");
        assertThat(files()).containsExactly(file);
    }

    @Test
    void theTemporaryNameIsShortAndNamesThisProcess() throws IOException {
        AtomicReference<List<Path>> during = new AtomicReference<>();

        AtomicFiles.write(dir.resolve("é".repeat(120) + ".svg"), out -> during.set(files()));

        assertThat(during.get()).hasSize(1);
        String name = during.get().get(0).getFileName().toString();
        assertThat(name).startsWith(".ap-" + ProcessHandle.current().pid() + "-").endsWith(".part");
        assertThat(name.length()).isLessThan(40);
    }

    @Test
    void twentyConcurrentWritersEachGetTheirOwnTemporaryFile() throws Exception {
        // given
        Path file = dir.resolve("fig.csv");
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Future<?>> writes = new ArrayList<>();
        // when
        for (int i = 0; i < 20; i++) {
            byte[] content = ("writer " + i + "\n").repeat(2000).getBytes(StandardCharsets.UTF_8);
            writes.add(pool.submit(() -> {
                AtomicFiles.write(file, out -> out.write(content));
                return null;
            }));
        }
        for (Future<?> w : writes) {
            w.get();
        }
        pool.shutdown();
        // then: one writer's whole content, and no temporary file
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(2000).containsOnly(lines.get(0));
        assertThat(files()).containsExactly(file);
    }

    @Test
    void aStaleTemporaryFileOfADeadProcessIsSwept() throws Exception {
        // given
        Path stale = age(Files.writeString(dir.resolve(".ap-" + deadPid() + "-1.part"), "half"));
        // when
        AtomicFiles.write(dir.resolve("fig.png"), out -> out.write('x'));
        // then
        assertThat(files()).containsExactly(dir.resolve("fig.png"));
        assertThat(stale).doesNotExist();
    }

    @Test
    void aTemporaryFileOfALiveProcessIsKept() throws IOException {
        // given: PID 1 (init) is alive as long as the machine is
        assumeTrue(ProcessHandle.of(1).isPresent(), "no PID 1 visible here");
        Path live = age(Files.writeString(dir.resolve(".ap-1-1.part"), "in progress"));
        // when
        AtomicFiles.write(dir.resolve("fig.png"), out -> out.write('x'));
        // then
        assertThat(live).exists();
    }

    @Test
    void aRecentTemporaryFileOfAnUnknownProcessIsKept() throws Exception {
        // given: another machine or container may be writing it under a PID we do not see
        Path recent = Files.writeString(dir.resolve(".ap-" + deadPid() + "-1.part"), "in progress");
        // when
        AtomicFiles.write(dir.resolve("fig.png"), out -> out.write('x'));
        // then
        assertThat(recent).exists();
    }

    @Test
    void otherFilesAreNeverSwept() throws IOException {
        Path mine = age(Files.writeString(dir.resolve(".ap-notes.part"), "x"));
        Path other = age(Files.writeString(dir.resolve(".fig.png.0123abcd.part"), "x"));

        AtomicFiles.write(dir.resolve("fig.png"), out -> out.write('x'));

        assertThat(mine).exists();
        assertThat(other).exists();
    }

    @Test
    void aReplacedFileKeepsItsOwnerAndGroup() throws IOException {
        // given
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path file = Files.writeString(dir.resolve("a.txt"), "old");
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        UserPrincipalLookupService users = dir.getFileSystem().getUserPrincipalLookupService();
        UserPrincipal owner;
        GroupPrincipal group;
        try {
            owner = users.lookupPrincipalByName("nobody");
            group = users.lookupPrincipalByGroupName("nogroup");
            view.setOwner(owner);
            view.setGroup(group);
        } catch (IOException e) {
            assumeTrue(false, "only root may give a file to another user (and 'nobody'/'nogroup' must exist): " + e);
            return;
        }
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        // when
        AtomicFiles.write(file, out -> out.write('n'));
        // then
        assertThat(Files.getOwner(file)).isEqualTo(owner);
        assertThat(view.readAttributes().group()).isEqualTo(group);
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-r-----"));
    }

    @Test
    void aSymbolicLinkIsWrittenThroughToItsTarget() throws IOException {
        // given
        Path real = Files.createDirectory(dir.resolve("real"));
        Path target = Files.writeString(real.resolve("fig.svg"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.svg"), Path.of("real/fig.svg"));
        // when
        AtomicFiles.write(link, out -> out.write('n'));
        // then
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(target)).isEqualTo("n");
        assertThat(files()).containsExactlyInAnyOrder(real, link);
        try (Stream<Path> s = Files.list(real)) {
            assertThat(s).containsExactly(target);
        }
    }

    @Test
    void aDanglingLinkCreatesTheFileItNames() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), Path.of("made.csv"));

        AtomicFiles.write(link, out -> out.write('n'));

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(dir.resolve("made.csv"))).isEqualTo("n");
    }

    @Test
    void aLinkLoopIsRefused() throws IOException {
        Path a = dir.resolve("a.png");
        Files.createSymbolicLink(a, Path.of("b.png"));
        Files.createSymbolicLink(dir.resolve("b.png"), Path.of("a.png"));

        assertThatThrownBy(() -> AtomicFiles.write(a, out -> out.write('n')))
                .isInstanceOf(IOException.class).hasMessageStartingWith("too many levels of symbolic links");
    }

    @Test
    void aFifoIsRefusedBeforeAnythingIsWritten() throws Exception {
        // given
        Path fifo = dir.resolve("fig.png");
        assumeTrue(mkfifo(fifo), "no mkfifo here");
        // when / then
        assertThatThrownBy(() -> AtomicFiles.checkWritable(fifo)).isInstanceOf(IOException.class)
                .hasMessage("not a regular file: " + fifo + " is a FIFO (named pipe); give the name of a file to "
                        + "create or replace");
        assertThatThrownBy(() -> AtomicFiles.write(fifo, out -> out.write('n'))).isInstanceOf(IOException.class);
        assertThat(files()).containsExactly(fifo);
    }

    @Test
    void aDeviceBehindALinkIsRefused() throws IOException {
        assumeTrue(Files.exists(Path.of("/dev/null")), "no /dev/null here");
        Path link = Files.createSymbolicLink(dir.resolve("fig.png"), Path.of("/dev/null"));

        assertThatThrownBy(() -> AtomicFiles.write(link, out -> out.write('n'))).isInstanceOf(IOException.class)
                .hasMessageContaining("/dev/null is a character device");
        assertThat(Files.isSymbolicLink(link)).isTrue();
    }

    /** Makes a file look untouched for a minute, older than {@link TempFiles#STALE_AFTER}. */
    static Path age(Path file) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(TempFiles.STALE_AFTER).minusSeconds(50)));
        return file;
    }

    /** @return the PID of a process that has ended. */
    static long deadPid() throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-version").redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        p.waitFor();
        assumeTrue(ProcessHandle.of(p.pid()).isEmpty(), "the PID was reused at once");
        return p.pid();
    }

    static boolean mkfifo(Path path) throws InterruptedException {
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
