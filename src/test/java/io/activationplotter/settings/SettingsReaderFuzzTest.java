package io.activationplotter.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.activationplotter.model.ActivationType;
import io.activationplotter.model.Catalogue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Coverage-guided fuzzing of the settings reader: whatever bytes the file holds, reading never throws,
 * every value it keeps is one the app accepts, no warning echoes a control character, and what it keeps
 * is saved in a form that reads back the same, without warnings. {@code mvn verify} replays the committed
 * inputs (src/test/resources/.../SettingsReaderFuzzTestInputs); {@code mvn -Pfuzz verify} fuzzes.
 */
class SettingsReaderFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void anyBytesGiveAValidStateThatSavesAndReadsBack(byte[] data) throws Exception {
        SettingsReader.Result read = SettingsReader.decode(data);
        if (read.outcome() == SettingsReader.Outcome.UNREADABLE) {
            assertThat(read.problem()).isNotBlank();
            return;
        }
        List<String> warnings = new ArrayList<>();
        SessionState state = SettingsStore.decode(read, warnings).state();
        assertValid(state);
        assertThat(warnings).allSatisfy(w -> assertThat(w.chars().noneMatch(Character::isISOControl)).isTrue());
        // what was kept, saved as the store saves it, reads back the same and cleanly
        Properties saved = SettingsStore.encode(state);
        byte[] file = SettingsStore.text(saved).getBytes(StandardCharsets.UTF_8);
        List<String> again = new ArrayList<>();
        SessionState back = SettingsStore.decode(SettingsReader.decode(file), again).state();
        assertThat(again).isEmpty();
        assertThat(SettingsStore.encode(back)).isEqualTo(saved);
    }

    private static void assertValid(SessionState s) {
        assertThat(s.xMin()).isFinite().isLessThan(s.xMax());
        assertThat(s.xMax()).isFinite();
        assertThat(s.threshold()).isFinite().isPositive();
        assertThat(Catalogue.find(s.selected())).isPresent();
        assertThat(s.compared()).allSatisfy(id -> assertThat(Catalogue.find(id)).isPresent());
        assertThat(s.theme()).isIn("light", "dark");
        s.parameters().forEach((id, values) -> {
            ActivationType type = Catalogue.find(id).orElseThrow();
            Map<String, Double> all = new LinkedHashMap<>(type.defaults());
            all.putAll(values);
            assertThat(type.validate(all)).isNull();
        });
        if (s.window() != null) {
            assertThat(s.window()).hasSize(4);
            for (double v : s.window()) {
                assertThat(Math.abs(v)).isLessThanOrEqualTo(SettingsStore.MAX_WINDOW);
            }
        }
    }
}
