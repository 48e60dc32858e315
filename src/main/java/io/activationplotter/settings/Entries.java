package io.activationplotter.settings;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * The entries of a settings file, read one logical line at a time so that a line that cannot be read
 * (a malformed {@code \\u} escape) loses only its own entry, with typed getters that fall back per
 * entry and add a warning naming it.
 */
final class Entries {

    private final Properties properties = new Properties();
    private final List<String> warnings;
    private int unreadable;

    /**
     * Reads the entries of a properties text.
     *
     * @param content   the file's text ({@code null} not permitted).
     * @param warnings  where to add what was ignored ({@code null} not permitted).
     */
    Entries(String content, List<String> warnings) {
        this(content, Set.of(), warnings);
    }

    /**
     * Reads the entries of a properties text, leaving out the lines that were not UTF-8.
     *
     * @param content   the file's text ({@code null} not permitted).
     * @param badLines  the numbers (from 0) of the physical lines that were not UTF-8 ({@code null} not permitted).
     * @param warnings  where to add what was ignored ({@code null} not permitted).
     */
    Entries(String content, Set<Integer> badLines, List<String> warnings) {
        this.warnings = warnings;
        int physical = 0;
        for (String line : logicalLines(content)) {
            int count = (int) line.chars().filter(c -> c == '\n').count();
            boolean bad = false;
            for (int i = physical; i < physical + count; i++) {
                bad |= badLines.contains(i);
            }
            physical += count;
            if (bad) {
                unreadable++;
                warnings.add("ignored " + quoted(keyOf(line)) + " (not UTF-8 text)");
                continue;
            }
            Properties one = new Properties();
            try {
                one.load(new StringReader(line));
                properties.putAll(one);
            } catch (IOException | IllegalArgumentException e) {
                unreadable++;
                warnings.add("ignored " + quoted(keyOf(line)) + " (unreadable: " + e.getMessage() + ")");
            }
        }
    }

    /** @return the number of lines left out because they could not be read. */
    int unreadableLines() {
        return unreadable;
    }

    /** @return the keys present. */
    Set<String> keys() {
        return properties.stringPropertyNames();
    }

    /** @return the text of an entry, or {@code null} if absent. */
    String text(String key) {
        return properties.getProperty(key);
    }

    /** @return the text of an entry, or the fallback if absent. */
    String text(String key, String fallback) {
        return properties.getProperty(key, fallback);
    }

    /** @return a finite number, or the fallback (with a warning when the entry is there but bad). */
    double number(String key, double fallback) {
        Double v = number(key);
        return v == null ? fallback : v;
    }

    /** @return a finite number, or {@code null} if absent or bad (with a warning when bad). */
    Double number(String key) {
        String text = text(key);
        if (text == null) {
            return null;
        }
        try {
            double v = Double.parseDouble(text.trim());
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        warn(key, text, "not a finite number");
        return null;
    }

    /** @return a whole number, or {@code null} if absent or bad (with a warning when bad). */
    Integer integer(String key) {
        String text = text(key);
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            warn(key, text, "not a whole number");
            return null;
        }
    }

    /** @return {@code true} or {@code false} as written, else the fallback (with a warning when bad). */
    boolean bool(String key, boolean fallback) {
        Boolean value = bool(key);
        return value == null ? fallback : value;
    }

    /** @return {@code true} or {@code false} as written, or {@code null} if absent or bad (with a warning then). */
    Boolean bool(String key) {
        String text = text(key);
        if (text == null) {
            return null;
        }
        if (text.trim().equalsIgnoreCase("true") || text.trim().equalsIgnoreCase("false")) {
            return Boolean.valueOf(text.trim());
        }
        warn(key, text, "not true or false");
        return null;
    }

    /** @return the comma-separated items, an empty list for an empty entry, or {@code null} if absent. */
    List<String> list(String key) {
        String text = text(key);
        if (text == null) {
            return null;
        }
        return text.isBlank() ? List.of() : List.of(text.trim().split("\\s*,\\s*"));
    }

    /** @return one of the allowed words, or {@code null} if absent or not allowed (with a warning then). */
    String word(String key, String... allowed) {
        String text = text(key);
        if (text == null) {
            return null;
        }
        for (String a : allowed) {
            if (a.equals(text.trim())) {
                return a;
            }
        }
        warn(key, text, "not one of " + String.join(", ", allowed));
        return null;
    }

    /**
     * Adds a warning naming an entry.
     *
     * @param key    the entry's key.
     * @param value  its text.
     * @param why    what is wrong with it.
     */
    void warn(String key, String value, String why) {
        warnings.add("ignored " + quoted(key) + "=" + quoted(value) + " (" + why + ")");
    }

    /**
     * Quotes text read from a file for a message: at most 40 characters, control and other
     * invisible characters shown as {@code \\uXXXX}, in single quotes.
     *
     * @param text  the text ({@code null} not permitted).
     * @return the quoted text.
     */
    static String quoted(String text) {
        StringBuilder b = new StringBuilder("'");
        int n = Math.min(text.length(), 40);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT || c == '\ufffd') {
                b.append(String.format("\\u%04X", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append(text.length() > n ? "\u2026'" : "'").toString();
    }

    /** Splits the text at line ends, keeping a line that ends in an odd number of backslashes with the next. */
    static List<String> logicalLines(String content) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : content.split("\r\n|\r|\n", -1)) {
            current.append(line).append('\n');
            String trimmed = current.toString().stripLeading();
            boolean comment = trimmed.startsWith("#") || trimmed.startsWith("!");
            if (comment || !continues(line)) {
                lines.add(current.toString());
                current.setLength(0);
            }
        }
        if (current.length() > 0) {
            lines.add(current.toString());
        }
        return lines;
    }

    private static boolean continues(String line) {
        int n = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            n++;
        }
        return n % 2 == 1;
    }

    /** @return the key of a line, for a warning: the text before the first separator. */
    private static String keyOf(String line) {
        String t = line.strip();
        int end = 0;
        while (end < t.length() && "=: \t".indexOf(t.charAt(end)) < 0) {
            end++;
        }
        return t.substring(0, end);
    }
}
