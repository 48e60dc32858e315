package io.activationplotter.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.activationplotter.model.ActivationType;
import io.activationplotter.model.Catalogue;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** English and Chinese have exactly the same keys, every pattern parses, and every function has notes. */
class BundlesTest {

    private static Properties load(String path) throws IOException {
        Properties p = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @ParameterizedTest
    @ValueSource(strings = {"/io/activationplotter/ui/messages", "/io/activationplotter/ui/info/notes"})
    void bothLanguagesHaveTheSameKeys(String base) throws IOException {
        Properties en = load(base + ".properties");
        Properties zh = load(base + "_zh_CN.properties");
        assertThat(new TreeSet<>(zh.stringPropertyNames())).isEqualTo(new TreeSet<>(en.stringPropertyNames()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/io/activationplotter/ui/messages.properties",
        "/io/activationplotter/ui/messages_zh_CN.properties", "/io/activationplotter/ui/info/notes.properties",
        "/io/activationplotter/ui/info/notes_zh_CN.properties"})
    void everyPatternParses(String path) throws IOException {
        Properties p = load(path);
        for (String key : p.stringPropertyNames()) {
            String v = p.getProperty(key);
            // throws IllegalArgumentException on an unbalanced brace or a bad argument
            MessageFormat f = new MessageFormat(v, Locale.ROOT);
            assertThat(f.getFormatsByArgumentIndex().length).as(key).isLessThanOrEqualTo(4);
        }
    }

    @Test
    void chineseIsReallyChinese() throws IOException {
        Properties zh = load("/io/activationplotter/ui/messages_zh_CN.properties");
        assertThat(zh.getProperty("section.function")).isEqualTo("激活函数");
        assertThat(zh.getProperty("info.derivative")).contains("导数");
        assertThat(zh.getProperty("section.saturation")).isEqualTo("饱和区域");
        assertThat(zh.getProperty("threshold.label")).contains("阈值");
    }

    @Test
    void everyFunctionHasNotesInBothLanguages() throws IOException {
        for (String path : new String[] {"/io/activationplotter/ui/info/notes.properties",
            "/io/activationplotter/ui/info/notes_zh_CN.properties"}) {
            Properties p = load(path);
            for (ActivationType t : Catalogue.all()) {
                for (String part : new String[] {"summary", "use", "watch"}) {
                    assertThat(p.getProperty(t.id() + "." + part)).as(path + " " + t.id() + "." + part).isNotBlank();
                }
            }
            // and the custom function's three (custom.summary, .use, .watch)
            assertThat(p.stringPropertyNames()).hasSize(3 * Catalogue.all().size() + 3);
            for (String part : new String[] {"summary", "use", "watch"}) {
                assertThat(p.getProperty("custom." + part)).as(path + " custom." + part).isNotBlank();
            }
        }
    }

    @Test
    void messagesSwitchLanguage() {
        Messages m = Messages.load();
        m.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(m.get("section.function")).isEqualTo("激活函数");
        assertThat(m.localeProperty().get()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        m.setLocale(Locale.ENGLISH);
        assertThat(m.get("section.function")).isEqualTo("Function");
        m.setLocale(Locale.TRADITIONAL_CHINESE);
        assertThat(m.localeProperty().get()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }
}
