package io.activationplotter.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {

    @TempDir
    Path dir;

    @Test
    void missingFileGivesDefaultsWithoutWarnings() {
        SettingsStore store = new SettingsStore(dir.resolve("none/settings.properties"));
        assertThat(store.load()).isEqualTo(SessionState.DEFAULTS);
        assertThat(store.warnings()).isEmpty();
    }

    @Test
    void roundTripsEveryField() throws Exception {
        // given
        SettingsStore store = new SettingsStore(dir.resolve("sub/settings.properties"));
        SessionState s = new SessionState("leaky_relu", List.of("relu", "elu"),
                Map.of("leaky_relu", Map.of("negative_slope", 0.2)), -3.5, 7.25, 0.01, false, "dark", "/tmp/figs",
                new double[] {10, 20, 1000, 700});
        // when
        store.save(s);
        SessionState back = store.load();
        // then
        assertThat(back.selected()).isEqualTo("leaky_relu");
        assertThat(back.compared()).containsExactly("relu", "elu");
        assertThat(back.parameters()).containsEntry("leaky_relu", Map.of("negative_slope", 0.2));
        assertThat(back.xMin()).isEqualTo(-3.5);
        assertThat(back.xMax()).isEqualTo(7.25);
        assertThat(back.threshold()).isEqualTo(0.01);
        assertThat(back.showDerivatives()).isFalse();
        assertThat(back.theme()).isEqualTo("dark");
        assertThat(back.exportFolder()).isEqualTo("/tmp/figs");
        assertThat(back.window()).containsExactly(10, 20, 1000, 700);
        assertThat(store.warnings()).isEmpty();
        try (var files = Files.list(store.file().getParent())) {
            assertThat(files).hasSize(1);
        }
    }

    @Test
    void badEntriesAreIgnoredWithWarnings() throws Exception {
        // given
        Path file = dir.resolve("settings.properties");
        Files.writeString(file, "xMin=abc\nxMax=NaN\nthreshold=-1\nwindow=1,2\nparam.elu.alpha=zz\nselected=tanh\n",
                StandardCharsets.UTF_8);
        SettingsStore store = new SettingsStore(file);
        // when
        SessionState s = store.load();
        // then
        assertThat(s.selected()).isEqualTo("tanh");
        assertThat(s.xMin()).isEqualTo(-6);
        assertThat(s.xMax()).isEqualTo(6);
        assertThat(s.threshold()).isEqualTo(0.05);
        assertThat(s.window()).isNull();
        assertThat(s.parameters()).isEmpty();
        assertThat(store.warnings()).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void anUnreadableLineLosesOnlyItsOwnEntry() throws Exception {
        // given: a malformed \\u escape makes Properties.load throw for that line
        Path file = dir.resolve("settings.properties");
        Files.writeString(file, "selected=\\uZZZZ\nxMin=-2\ntheme=dark\n", StandardCharsets.UTF_8);
        SettingsStore store = new SettingsStore(file);
        // when
        SessionState s = store.load();
        // then
        assertThat(s.selected()).isEqualTo(SessionState.DEFAULTS.selected());
        assertThat(s.xMin()).isEqualTo(-2);
        assertThat(s.theme()).isEqualTo("dark");
        assertThat(store.warnings()).hasSize(2);
        assertThat(store.warnings().get(0)).startsWith("ignored 'selected' ");
        assertThat(store.warnings().get(1)).contains("settings.properties.bad");
    }

    @Test
    void unreadableFileGivesDefaults() throws Exception {
        // given: a folder where the file should be
        Path file = Files.createDirectories(dir.resolve("settings.properties"));
        SettingsStore store = new SettingsStore(file);
        // when
        SessionState s = store.load();
        // then
        assertThat(s).isEqualTo(SessionState.DEFAULTS);
        assertThat(store.warnings()).singleElement().asString().contains("could not be read (it is a folder)");
    }
}
