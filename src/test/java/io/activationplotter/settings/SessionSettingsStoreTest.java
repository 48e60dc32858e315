package io.activationplotter.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The settings file's entries for the view and the classroom tabs: round trip, and fallback one entry at a time. */
class SessionSettingsStoreTest {

    @TempDir
    Path dir;

    private static SessionState everything() {
        return new SessionState("elu", List.of("tanh"), Map.of("elu", Map.of("alpha", 2.0)), -3, 3, 0.01, false,
                "dark", "", null, new ViewState("zh-CN", false, false, "softmax"),
                new ClassroomState(25, List.of("gelu", "elu"), List.of("tanh", "relu", "sigmoid"),
                        "1, 2,\n3 = x", "chain", "0.5, -1, 3", 2.5, -1.25));
    }

    @Test
    void roundTripsEveryViewAndClassroomEntry() throws Exception {
        // given
        SettingsStore store = new SettingsStore(dir.resolve("settings.properties"));
        // when
        store.save(everything());
        SessionState back = store.load();
        // then
        assertThat(back.view()).isEqualTo(new ViewState("zh-CN", false, false, "softmax"));
        assertThat(back.classroom()).isEqualTo(everything().classroom());
        assertThat(back).usingRecursiveComparison().isEqualTo(everything());
        assertThat(store.warnings()).isEmpty();
    }

    @Test
    void emptyListsStayEmptyAndEntriesNotSavedStayUnset() throws Exception {
        // given: an empty chain, and no depth or softmax setup
        SettingsStore store = new SettingsStore(dir.resolve("settings.properties"));
        ClassroomState c = new ClassroomState(null, List.of(), List.of(), null, "function", null, null, null);
        // when
        store.save(new SessionState("sigmoid", List.of(), Map.of(), -6, 6, 0.05, true, "light", "", null,
                ViewState.DEFAULTS, c));
        SessionState back = store.load();
        // then
        assertThat(back.classroom()).isEqualTo(c);
        assertThat(back.view()).isEqualTo(ViewState.DEFAULTS);
        assertThat(Files.readString(store.file())).doesNotContain("depth.layers", "softmax.", "language", "tab=");
    }

    @Test
    void aFileFromBeforeTheseEntriesGivesTheirDefaults() throws Exception {
        // given
        Path file = dir.resolve("settings.properties");
        Files.writeString(file, "selected=tanh\nxMin=-2\nxMax=2\ntheme=dark\n", StandardCharsets.UTF_8);
        SettingsStore store = new SettingsStore(file);
        // when
        SessionState s = store.load();
        // then
        assertThat(s.selected()).isEqualTo("tanh");
        assertThat(s.view()).isEqualTo(ViewState.DEFAULTS);
        assertThat(s.classroom()).isEqualTo(ClassroomState.NONE);
        assertThat(store.warnings()).isEmpty();
    }

    @Test
    void eachBadEntryFallsBackAloneWithAWarningNamingIt() throws Exception {
        // given: every new entry once, a bad value in four of them and an unreadable line
        Path file = dir.resolve("settings.properties");
        Files.writeString(file, String.join("\n",
                "language=zh-CN", "controlsShown=maybe", "infoShown=false", "tab=chain",
                "depth.layers=ten", "depth.functions=gelu,elu", "chain.stages=tanh",
                "eval.input=\\uZZZZ", "eval.source=table", "softmax.logits=1, 2",
                "softmax.temperature=hot", "softmax.z=-2", ""), StandardCharsets.UTF_8);
        SettingsStore store = new SettingsStore(file);
        // when
        SessionState s = store.load();
        // then
        assertThat(s.view()).isEqualTo(new ViewState("zh-CN", true, false, "chain"));
        assertThat(s.classroom()).isEqualTo(new ClassroomState(null, List.of("gelu", "elu"), List.of("tanh"),
                null, null, "1, 2", null, -2.0));
        assertThat(store.warnings()).hasSize(6);
        assertThat(String.join("\n", store.warnings())).contains("'controlsShown'='maybe'", "'depth.layers'='ten'",
                "ignored 'eval.input' ", "'eval.source'='table'", "'softmax.temperature'='hot'",
                "settings.properties.bad");
    }

    @Test
    void aContinuedLineIsReadWhole() throws Exception {
        // given: a value over two lines, as Properties.store never writes but a person might
        Path file = dir.resolve("settings.properties");
        Files.writeString(file, "softmax.logits=1, \\\n   2, 3\ntab=eval\n", StandardCharsets.UTF_8);
        SettingsStore store = new SettingsStore(file);
        // when
        SessionState s = store.load();
        // then
        assertThat(s.classroom().softmaxLogits()).isEqualTo("1, 2, 3");
        assertThat(s.view().tab()).isEqualTo("eval");
        assertThat(store.warnings()).isEmpty();
    }

    @Test
    void aFolderThatCannotBeMadeIsNamedInTheFailure() throws Exception {
        // given
        Path blocker = Files.writeString(dir.resolve("not-a-folder"), "x");
        SettingsStore store = new SettingsStore(blocker.resolve("settings.properties"));
        // when / then
        assertThatThrownBy(() -> store.save(everything())).isInstanceOf(java.io.IOException.class)
                .hasMessage("could not create the folder " + blocker.toAbsolutePath());
        assertThat(Files.readString(blocker)).isEqualTo("x");
    }
}
