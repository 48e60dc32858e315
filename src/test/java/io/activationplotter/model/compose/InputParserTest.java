package io.activationplotter.model.compose;

import static org.assertj.core.api.Assertions.assertThat;

import io.activationplotter.model.compose.InputParser.Entry;
import java.util.List;
import org.junit.jupiter.api.Test;

class InputParserTest {

    @Test
    void readsANestedMatrixWithUnicodeMinus() {
        List<Entry> e = InputParser.parse("[[0.5, \u22120.6], [\u22121.0, 3.0], [1.5, \u22122.0]]");
        assertThat(e).extracting(Entry::value).containsExactly(0.5, -0.6, -1.0, 3.0, 1.5, -2.0);
        assertThat(e).extracting(Entry::row).containsExactly(0, 0, 1, 1, 2, 2);
        assertThat(e).extracting(Entry::col).containsExactly(0, 1, 0, 1, 0, 1);
    }

    @Test
    void rowsEndAtSemicolonsAndNewlinesEntriesSplitOnCommasAndSpaces() {
        List<Entry> e = InputParser.parse("1 2,3;\n\n4e-1  ,  -.5\r\n+7");
        assertThat(e).extracting(Entry::value).containsExactly(1.0, 2.0, 3.0, 0.4, -0.5, 7.0);
        assertThat(e).extracting(Entry::row).containsExactly(0, 0, 0, 1, 1, 2);
    }

    @Test
    void badEntriesAreKeptAndMarked() {
        List<Entry> e = InputParser.parse("1, abc, NaN, 1e999, 0x10, 2");
        assertThat(e).extracting(Entry::valid).containsExactly(true, false, false, false, false, true);
        assertThat(e.get(1).text()).isEqualTo("abc");
        assertThat(InputParser.parse("  \n ;")).isEmpty();
    }
}
