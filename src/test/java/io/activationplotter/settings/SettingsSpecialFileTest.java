package io.activationplotter.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A settings path that is no regular file (a FIFO, a link to {@code /dev/zero}) or that cannot be read in
 * time gives the defaults with a warning, at once, and is left as it is. Each test is bounded: before
 * the fix a FIFO blocked the load for ever and {@code /dev/zero} filled the heap.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class SettingsSpecialFileTest {

    @TempDir
    Path dir;

    @Test
    void aFifoIsNotOpened() throws Exception {
        // given
        Path fifo = dir.resolve("settings.properties");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo is not available");
        SettingsStore store = new SettingsStore(fifo);
        // when
        SessionState s = store.load(SettingsStore.DEFAULT_TIMEOUT);
        // then
        assertThat(s).isEqualTo(SessionState.DEFAULTS);
        assertThat(store.warnings()).singleElement().asString().contains("not a regular file");
        assertThatThrownBy(() -> store.save(SessionState.DEFAULTS)).isInstanceOf(IOException.class);
        assertThat(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(Files.exists(fifo, LinkOption.NOFOLLOW_LINKS)).isTrue();
    }

    @Test
    void aLinkToDevZeroIsNotRead() throws Exception {
        // given
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "no /dev/zero here");
        Path link = Files.createSymbolicLink(dir.resolve("settings.properties"), zero);
        SettingsStore store = new SettingsStore(link);
        // when
        SessionState s = store.load();
        // then
        assertThat(s).isEqualTo(SessionState.DEFAULTS);
        assertThat(store.warnings()).singleElement().asString().contains("not a regular file");
        assertThatThrownBy(() -> store.save(SessionState.DEFAULTS)).isInstanceOf(IOException.class);
        assertThat(Files.isSymbolicLink(link)).isTrue();
    }

    @Test
    void aReadThatDoesNotEndGivesTheDefaultsAfterTheTimeout() throws Exception {
        // given: a reader stuck as on a hung network drive
        CountDownLatch never = new CountDownLatch(1);
        Path file = Files.writeString(dir.resolve("settings.properties"), "selected=elu\n");
        SettingsStore store = new SettingsStore(file, f -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return SettingsReader.read(f);
        });
        // when
        SessionState s = store.load(Duration.ofMillis(200));
        // then
        assertThat(s).isEqualTo(SessionState.DEFAULTS);
        assertThat(store.warnings()).singleElement().asString().contains("not read within 200 ms");
        assertThatThrownBy(() -> store.save(SessionState.DEFAULTS)).isInstanceOf(IOException.class);
        assertThat(file).hasContent("selected=elu");
        never.countDown();
    }

    @Test
    void aLoadInTimeIsTheSameAsADirectOne() throws Exception {
        // given
        Path file = Files.writeString(dir.resolve("settings.properties"), "selected=elu\ntheme=dark\n");
        SettingsStore store = new SettingsStore(file);
        // when
        SessionState s = store.load(SettingsStore.DEFAULT_TIMEOUT);
        // then
        assertThat(s).isEqualTo(new SettingsStore(file).load());
        assertThat(s.selected()).isEqualTo("elu");
        assertThat(store.warnings()).isEmpty();
        assertThat(store.isWritable()).isTrue();
    }
}
