package io.activationplotter.model.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a list or a small matrix of numbers typed by a person, such as
 * {@code [[0.5, −0.6], [−1.0, 3.0]]} or {@code 1 2; 3 4}. Rows end at newlines, semicolons or
 * {@code ],[}; entries are separated by commas or blanks (any Unicode white space, as a Chinese IME's
 * U+3000). The Unicode minus (U+2212) counts as '-'.
 * Entries that are not numbers are kept, marked, so one typo does not lose the rest.
 */
public final class InputParser {

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    /** Entry separators: commas and every blank {@link String#strip()} removes, such as U+3000 (a Chinese IME's). */
    private static final Pattern BLANKS = Pattern.compile("[,\\s\\p{javaWhitespace}]+");
    private static final Pattern ROW_BREAK = Pattern.compile("\\]\\s*,?\\s*\\[");

    /**
     * One entry.
     *
     * @param row    the row, from 0.
     * @param col    the column, from 0.
     * @param text   the entry as typed.
     * @param value  the number, or NaN when {@link #valid()} is false.
     */
    public record Entry(int row, int col, String text, double value) {

        /** @return whether the entry is a finite number. */
        public boolean valid() {
            return !Double.isNaN(value);
        }
    }

    private InputParser() {
    }

    /**
     * Parses the text.
     *
     * @param text  the text ({@code null} not permitted).
     * @return the entries in reading order (empty for blank text).
     */
    public static List<Entry> parse(String text) {
        String s = ROW_BREAK.matcher(text.replace('\u2212', '-')).replaceAll(";").replace("[", " ").replace("]", " ");
        List<Entry> out = new ArrayList<>();
        int row = 0;
        for (String line : s.split("[;\\n\\r]+")) {
            int col = 0;
            for (String token : BLANKS.split(line.strip())) {
                if (!token.isEmpty()) {
                    out.add(new Entry(row, col++, token, number(token)));
                }
            }
            row += col > 0 ? 1 : 0;
        }
        return out;
    }

    private static double number(String token) {
        if (!NUMBER.matcher(token).matches()) {
            return Double.NaN;
        }
        double v = Double.parseDouble(token);
        return Double.isFinite(v) ? v : Double.NaN;
    }
}
