package io.activationplotter.model.compose;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import io.activationplotter.ui.NumberText;
import java.util.List;

/**
 * Coverage-guided fuzzing of the list and matrix parser behind the Evaluate and Softmax tabs: any text
 * gives entries in reading order (rows from 0 without gaps, columns from 0 in each row), each entry a
 * non-empty token without separators, valid exactly when it is a number the fields accept.
 */
class InputParserFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void anyTextGivesOrderedEntriesMarkedAsTheNumberParserWould(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8); // seeds are plain UTF-8 text files
        List<InputParser.Entry> entries = InputParser.parse(text);
        int row = 0;
        int col = 0;
        for (InputParser.Entry e : entries) {
            if (e.row() != row) {
                assertThat(e.row()).isEqualTo(row + 1);
                row = e.row();
                col = 0;
            }
            assertThat(e.row()).isEqualTo(row);
            assertThat(e.col()).isEqualTo(col++);
            assertThat(e.text()).isNotEmpty().doesNotContain(",", ";", "[", "]", "\n", "\r", " ", "\t");
            assertThat(e.valid()).isEqualTo(NumberText.parse(e.text()).isPresent());
            if (e.valid()) {
                assertThat(e.value()).isFinite().isEqualTo(NumberText.parse(e.text()).getAsDouble());
            }
        }
        if (!entries.isEmpty()) {
            assertThat(entries.get(0).row()).isZero();
        }
    }
}
