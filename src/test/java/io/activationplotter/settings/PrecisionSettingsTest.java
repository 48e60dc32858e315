package io.activationplotter.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The precision lens's entries in the settings file: round trip, absent, and each bad entry alone. */
class PrecisionSettingsTest {

    @TempDir
    Path dir;

    private SessionState withLens(PrecisionState lens) {
        return new SessionState("sigmoid", List.of(), Map.of(), -6, 6, 0.05, true, "light", "", null, null, null,
                null, lens);
    }

    @Test
    void theLensRoundTrips() throws Exception {
        // given
        SettingsStore store = new SettingsStore(dir.resolve("settings.properties"));
        // when
        store.save(withLens(new PrecisionState("bfloat16", true, false)));
        // then
        assertThat(store.load().precision()).isEqualTo(new PrecisionState("bfloat16", true, false));
    }

    @Test
    void aFileWithoutTheLensLeavesItUnset() throws Exception {
        // given
        Path file = dir.resolve("settings.properties");
        Files.writeString(file, "selected=tanh\n");
        // when
        SessionState s = new SettingsStore(file).load();
        // then
        assertThat(s.precision()).isEqualTo(PrecisionState.NONE);
        assertThat(s.selected()).isEqualTo("tanh");
    }

    @Test
    void eachBadEntryFallsBackAloneWithAWarningNamingIt() throws Exception {
        // given
        Path file = dir.resolve("settings.properties");
        Files.writeString(file, "precision.format=float8\nprecision.naive=yes\nprecision.approximations=TRUE\n");
        SettingsStore store = new SettingsStore(file);
        // when
        SessionState s = store.load();
        // then
        assertThat(s.precision()).isEqualTo(new PrecisionState(null, null, true));
        assertThat(store.warnings()).hasSize(2);
        assertThat(String.join("\n", store.warnings())).contains("'precision.format'='float8'",
                "'precision.naive'='yes'");
    }

    @Test
    void theFirstStartHasTheExactCurves() {
        assertThat(SessionState.DEFAULTS.precision()).isEqualTo(new PrecisionState("float64", false, false));
    }
}
