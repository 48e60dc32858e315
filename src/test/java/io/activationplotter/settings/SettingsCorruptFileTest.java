package io.activationplotter.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A settings file spoilt in part keeps its good entries and a copy of itself; one spoilt whole is never overwritten. */
class SettingsCorruptFileTest {

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("settings.properties");
    }

    private static byte[] bytes(String... parts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String p : parts) {
            out.write(p.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    @Test
    void aLatin1ByteLosesOnlyItsLineAndTheFileIsCopiedBeforeAnySave() throws Exception {
        // given: one line written by an editor in Latin-1 (é as the single byte 0xE9)
        byte[] original = bytes("selected=elu\ntheme=dark\n", "exportFolder=/home/jos");
        original = java.util.Arrays.copyOf(original, original.length + 1);
        original[original.length - 1] = (byte) 0xE9;
        original = concat(original, bytes("\nxMin=-3\n"));
        Files.write(file(), original);
        SettingsStore store = new SettingsStore(file());
        // when
        SessionState s = store.load();
        // then: the good entries are kept, the bad one is named, the file as it was is kept beside it
        assertThat(s.selected()).isEqualTo("elu");
        assertThat(s.theme()).isEqualTo("dark");
        assertThat(s.xMin()).isEqualTo(-3);
        assertThat(s.exportFolder()).isEmpty();
        assertThat(store.warnings()).anySatisfy(w -> assertThat(w).contains("'exportFolder'", "not UTF-8"));
        Path bad = dir.resolve("settings.properties.bad");
        assertThat(bad).hasBinaryContent(original);
        // and saving is fine: the copy stays
        assertThat(store.isWritable()).isTrue();
        store.save(s);
        assertThat(new SettingsStore(file()).load().selected()).isEqualTo("elu");
        assertThat(bad).hasBinaryContent(original);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    @Test
    void aByteOrderMarkIsSkipped() throws Exception {
        // given: a file saved by an editor that writes a UTF-8 BOM
        Files.write(file(), bytes("\uFEFFselected=elu\ntheme=dark\n"));
        SettingsStore store = new SettingsStore(file());
        // when
        SessionState s = store.load();
        // then
        assertThat(s.selected()).isEqualTo("elu");
        assertThat(s.theme()).isEqualTo("dark");
        assertThat(store.warnings()).isEmpty();
        assertThat(dir.resolve("settings.properties.bad")).doesNotExist();
    }

    @Test
    void aMalformedEscapeIsCopiedAside() throws Exception {
        // given
        Files.writeString(file(), "x=\\uZZZZ\nselected=tanh\n", StandardCharsets.UTF_8);
        SettingsStore store = new SettingsStore(file());
        // when
        SessionState s = store.load();
        // then
        assertThat(s.selected()).isEqualTo("tanh");
        assertThat(store.warnings()).anySatisfy(w -> assertThat(w).startsWith("ignored 'x' (unreadable"));
        assertThat(dir.resolve("settings.properties.bad")).hasSameBinaryContentAs(file());
        assertThat(store.isWritable()).isTrue();
    }

    @Test
    void aFileThatIsNoTextAtAllIsNeverOverwritten() throws Exception {
        // given: the settings written as UTF-16 (every other byte a NUL)
        byte[] original = "selected=elu\ntheme=dark\n".getBytes(StandardCharsets.UTF_16LE);
        Files.write(file(), original);
        SettingsStore store = new SettingsStore(file());
        // when
        SessionState s = store.load();
        // then
        assertThat(s).isEqualTo(SessionState.DEFAULTS);
        assertThat(store.warnings()).singleElement().asString().contains("could not be read", "not UTF-8 text",
                "left as it is");
        assertThat(store.isWritable()).isFalse();
        assertThatThrownBy(() -> store.save(SessionState.DEFAULTS)).isInstanceOf(IOException.class)
                .hasMessageContaining("not saved");
        assertThat(file()).hasBinaryContent(original);
    }

    @Test
    void aFileLargerThanTheCapIsNotReadNorOverwritten() throws Exception {
        // given
        byte[] big = new byte[SettingsReader.MAX_BYTES + 10];
        java.util.Arrays.fill(big, (byte) '#');
        Files.write(file(), big);
        SettingsStore store = new SettingsStore(file());
        // when
        SessionState s = store.load();
        // then
        assertThat(s).isEqualTo(SessionState.DEFAULTS);
        assertThat(store.warnings()).singleElement().asString().contains("larger than 1024 KiB");
        assertThatThrownBy(() -> store.save(SessionState.DEFAULTS)).isInstanceOf(IOException.class);
        assertThat(Files.size(file())).isEqualTo(big.length);
    }

    @Test
    void entriesOutOfRangeOrUnknownFallBackWithAWarningNamingEach() throws Exception {
        // given
        Files.writeString(file(), String.join("\n", "selected=nosuchfn", "compared=relu,nosuchfn",
                "param.elu.alpha=99", "param.gelu.alpha=1", "param.rrelu.lower=0.4", "param.rrelu.upper=0.2",
                "param.leaky_relu.negative_slope=0.2", "theme=purple", "window=0,0,100000,100000",
                "colour=blue", "xMin=-2", ""), StandardCharsets.UTF_8);
        SettingsStore store = new SettingsStore(file());
        // when
        SessionState s = store.load();
        // then
        assertThat(s.selected()).isEqualTo("sigmoid");
        assertThat(s.compared()).containsExactly("relu");
        assertThat(s.parameters()).isEqualTo(Map.of("leaky_relu", Map.of("negative_slope", 0.2)));
        assertThat(s.theme()).isEqualTo("light");
        assertThat(s.window()).isNull();
        assertThat(s.xMin()).isEqualTo(-2);
        String all = String.join("\n", store.warnings());
        assertThat(all).contains("'selected'='nosuchfn'", "'compared'", "'param.elu.alpha'='99'",
                "'param.gelu.alpha'", "'param.rrelu'", "'theme'='purple'", "'window'='0,0,100000,100000'",
                "unknown entry 'colour'");
        assertThat(store.warnings()).hasSize(8);
        assertThat(store.isWritable()).isTrue();
        assertThat(dir.resolve("settings.properties.bad")).doesNotExist();
    }

    @Test
    void aWarningEchoesNoControlCharactersAndIsCut() throws Exception {
        // given: a value with a terminal escape and a very long tail
        Files.writeString(file(), "theme=\u001b[31mred" + "x".repeat(500) + "\n", StandardCharsets.UTF_8);
        SettingsStore store = new SettingsStore(file());
        // when
        store.load();
        // then
        assertThat(store.warnings()).singleElement().asString().contains("\\u001B[31m").doesNotContain("\u001b")
                .hasSizeLessThan(120);
    }

    @Test
    void aGoodFileGivesNoWarningAndNoCopy() throws Exception {
        // given
        SettingsStore store = new SettingsStore(file());
        store.save(new SessionState("elu", List.of("relu"), Map.of("elu", Map.of("alpha", 2.0)), -3, 3, 0.1, true,
                "dark", "", new double[] {10, 20, 900, 700}));
        // when
        SessionState s = store.load();
        // then
        assertThat(s.parameters()).isEqualTo(Map.of("elu", Map.of("alpha", 2.0)));
        assertThat(store.warnings()).isEmpty();
        assertThat(dir.resolve("settings.properties.bad")).doesNotExist();
    }

    @Test
    void aValueWithAControlCharacterOrAnUnpairedSurrogateReadsBackAsSaved() throws Exception {
        // given: found by SettingsReaderFuzzTest: such a value was written raw (a NUL made the line look
        // binary; a lone surrogate became '?')
        SettingsStore store = new SettingsStore(file());
        ClassroomState c = new ClassroomState(null, null, null, "1\u0000 2\u001b", null, "3 \uD800", null, null);
        store.save(new SessionState("elu", List.of(), Map.of(), -6, 6, 0.05, true, "light", "", null,
                ViewState.DEFAULTS, c));
        // when
        SessionState back = store.load();
        // then
        assertThat(back.classroom()).isEqualTo(c);
        assertThat(store.warnings()).isEmpty();
    }
}
