package io.activationplotter.cli;

/**
 * Makes user input safe to echo in a one-line message: control characters, terminal escapes and bidi
 * overrides are written as escapes ({@code \n}, {@code \t}, {@code \e}, <code>&#92;u202E</code>) and long input is
 * cut, so a message is always one printable line of bounded length whatever was typed.
 */
public final class Echo {

    /** Input longer than this is cut in a message. */
    static final int MAX_ECHO = 60;

    /** A whole message longer than this is cut. */
    static final int MAX_LINE = 2000;

    private Echo() {
    }

    /**
     * Returns the input in single quotes, escaped and cut to about {@value #MAX_ECHO} characters, for
     * example {@code 'a\nb'} or {@code '1111…' (20000000 characters)}.
     *
     * @param text  the input ({@code null} permitted: printed as {@code null}).
     * @return the quoted text, on one line.
     */
    public static String quote(String text) {
        if (text == null) {
            return "null";
        }
        return "'" + bare(text) + "'" + (text.length() > MAX_ECHO ? " (" + text.length() + " characters)" : "");
    }

    /**
     * Returns the input escaped and, if longer than {@value #MAX_ECHO} characters, cut with an ellipsis;
     * no quotes and no length (for text that a message already quotes).
     *
     * @param text  the input ({@code null} not permitted).
     * @return the escaped text.
     */
    public static String bare(String text) {
        return text.length() > MAX_ECHO ? escape(cut(text, MAX_ECHO)) + "…" : escape(text);
    }

    /**
     * Makes a whole message one line: escapes what {@link #quote(String)} escapes and cuts it to
     * {@value #MAX_LINE} characters.
     *
     * @param message  the message ({@code null} permitted: printed as {@code null}).
     * @return the line.
     */
    public static String line(String message) {
        if (message == null) {
            return "null";
        }
        return message.length() > MAX_LINE ? escape(cut(message, MAX_LINE)) + "… (" + message.length()
                + " characters)" : escape(message);
    }

    /**
     * Escapes C0 and C1 control characters, DEL, the line and paragraph separators, the byte-order mark
     * and the invisible direction marks, embeddings, overrides and isolates.
     *
     * @param text  the text ({@code null} not permitted).
     * @return the text with each such character written as an escape.
     */
    static String escape(String text) {
        int i = 0;
        while (i < text.length() && !unsafe(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length() + 16).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!unsafe(c)) {
                sb.append(c);
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c == 0x1b) {
                sb.append("\\e");
            } else {
                sb.append(String.format("\\u%04X", (int) c));
            }
        }
        return sb.toString();
    }

    private static boolean unsafe(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x061c || c == 0x200e || c == 0x200f
                || (c >= 0x2028 && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0xfeff;
    }

    /** The first {@code n} characters, not splitting a surrogate pair. */
    private static String cut(String text, int n) {
        int end = Character.isHighSurrogate(text.charAt(n - 1)) ? n - 1 : n;
        return text.substring(0, end);
    }
}
