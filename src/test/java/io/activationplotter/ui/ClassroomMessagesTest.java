package io.activationplotter.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** The classroom2 block exists in English and Simplified Chinese with the same keys and valid patterns. */
class ClassroomMessagesTest {

    private static List<String> blockKeys(String file) throws IOException {
        try (InputStream in = ClassroomMessagesTest.class.getResourceAsStream("/io/activationplotter/ui/" + file)) {
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
            List<String> keys = new ArrayList<>();
            for (String line : text.substring(text.indexOf("# --- classroom2 ---")).split("\n")) {
                if (line.contains("=") && !line.startsWith("#")) {
                    keys.add(line.substring(0, line.indexOf('=')));
                }
            }
            return keys;
        }
    }

    @Test
    void chineseHasEveryClassroomKeyAndEveryPatternFormats() throws IOException {
        List<String> keys = blockKeys("messages.properties");
        assertThat(keys).hasSizeGreaterThan(40);
        assertThat(blockKeys("messages_zh_CN.properties")).containsExactlyElementsOf(keys);
        Messages zh = new Messages(ResourceBundle.getBundle(Messages.BUNDLE, Locale.SIMPLIFIED_CHINESE));
        Messages en = new Messages(ResourceBundle.getBundle(Messages.BUNDLE, Locale.ROOT));
        for (String k : keys) {
            String chinese = zh.get(k, 3, 2, "c", "d");
            assertThat(chinese).doesNotContain("{");
            // a word, formulas and a time-then-words layout: the same in both
            if (!List.of("tab.softmax", "softmax.sliceName", "softmax.logitAxis", "chart.yAxisFunction",
                    "messages.entry").contains(k)) {
                assertThat(chinese).as(k).isNotEqualTo(en.get(k, 3, 2, "c", "d"));
            }
        }
        assertThat(en.get("eval.notNumber", "abc")).isEqualTo("'abc' is not a number");
        assertThat(zh.get("eval.notNumber", "abc")).isEqualTo("\u201cabc\u201d\u4e0d\u662f\u6570\u5b57");
    }
}
