package io.activationplotter.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void writesTheContent() throws IOException {
        Path file = dir.resolve("a.txt");

        AtomicFiles.write(file, out -> out.write("hello".getBytes(StandardCharsets.UTF_8)));

        assertThat(Files.readString(file)).isEqualTo("hello");
        assertThat(files()).containsExactly(file);
    }

    @Test
    void aFailingWriterLeavesNoFileAndNoTemporaryFile() throws IOException {
        Path file = dir.resolve("a.txt");

        assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
            out.write(new byte[1000]);
            throw new IOException("boom");
        })).isInstanceOf(IOException.class).hasMessageContaining("boom");

        assertThat(files()).isEmpty();
    }

    @Test
    void aWriterThatCrashesLeavesNoTemporaryFile() throws IOException {
        Path file = dir.resolve("a.txt");

        assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
            out.write(1);
            throw new IllegalStateException("bug");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(files()).isEmpty();
    }

    @Test
    void aFailedReplaceKeepsTheOldContent() throws IOException {
        Path file = Files.writeString(dir.resolve("a.txt"), "old");

        assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
            out.write("new, half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("boom");
        })).isInstanceOf(IOException.class);

        assertThat(Files.readString(file)).isEqualTo("old");
        assertThat(files()).containsExactly(file);
    }

    @Test
    void aFullDiskIsReportedInPlainWords() throws IOException {
        Path file = dir.resolve("a.txt");

        assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
            throw new FileSystemException(dir.resolve(".a.txt.part").toString(), null, "No space left on device");
        })).isInstanceOf(IOException.class).hasMessageStartingWith("disk full");

        assertThat(files()).isEmpty();
    }

    @Test
    void aFullDiskIsFoundBehindAWrappingException() throws IOException {
        Path file = dir.resolve("a.png");

        assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
            throw new IOException("I/O error writing PNG file!", new IOException("No space left on device"));
        })).isInstanceOf(IOException.class).hasMessage("disk full: could not write " + file);

        assertThat(files()).isEmpty();
    }

    @Test
    void anotherFailureKeepsItsReason() {
        Path file = dir.resolve("a.txt");

        assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
            throw new IOException("Stale file handle");
        })).isInstanceOf(IOException.class).hasMessage("could not write " + file + ": Stale file handle");
    }

    @Test
    void aMissingFolderIsReportedInPlainWords() {
        Path file = dir.resolve("missing").resolve("a.txt");

        assertThatThrownBy(() -> AtomicFiles.write(file, out -> out.write(1)))
                .isInstanceOf(IOException.class).hasMessage("folder does not exist: " + dir.resolve("missing"));
    }

    @Test
    void aReadOnlyFolderIsReportedAndLeftEmpty() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(locked), "running as root: a read-only folder is still writable");

            assertThatThrownBy(() -> AtomicFiles.write(locked.resolve("a.txt"), out -> out.write(1)))
                    .isInstanceOf(IOException.class).hasMessage("folder is not writable: " + locked);
            try (Stream<Path> s = Files.list(locked)) {
                assertThat(s).isEmpty();
            }
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aReplacedFileKeepsItsPermissions() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path file = Files.writeString(dir.resolve("a.txt"), "old");
        Set<PosixFilePermission> mode = PosixFilePermissions.fromString("rw-rw-r--");
        Files.setPosixFilePermissions(file, mode);

        AtomicFiles.write(file, out -> out.write('n'));

        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(mode);
        assertThat(Files.readString(file)).isEqualTo("n");
    }

    @Test
    void aNewFileIsReadableByOthersLikeAnyFileTheUserCreates() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path plain = Files.writeString(dir.resolve("plain.txt"), "x");
        Path file = dir.resolve("a.txt");

        AtomicFiles.write(file, out -> out.write('x'));

        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(Files.getPosixFilePermissions(plain));
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }
}
