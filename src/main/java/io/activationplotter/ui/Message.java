package io.activationplotter.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A message to show later, in whatever language is current then: a bundle key and its arguments,
 * which may themselves be messages (a field's name, say). {@link MessageBoard} keeps these rather
 * than rendered strings, so a language switch re-translates every message on screen and in the log.
 *
 * @param key   the bundle key, or {@code null} for a literal text (words from outside the bundle).
 * @param args  the arguments: {@link Message}s are rendered first, anything else is used as it is.
 */
public record Message(String key, List<Object> args) {

    /** Copies the arguments. */
    public Message {
        args = List.copyOf(args);
    }

    /**
     * Creates a message from the bundle.
     *
     * @param key   the key ({@code null} not permitted).
     * @param args  the arguments (already formatted as text where numbers need care).
     * @return the message.
     */
    public static Message of(String key, Object... args) {
        return new Message(Objects.requireNonNull(key, "key"), Arrays.asList(args));
    }

    /**
     * Creates a message that is shown as it is in every language (for example a model's own text).
     *
     * @param text  the words ({@code null} not permitted).
     * @return the message.
     */
    public static Message literal(String text) {
        return new Message(null, List.of(Objects.requireNonNull(text, "text")));
    }

    /**
     * Renders the message in the messages' current language.
     *
     * @param text  the strings ({@code null} not permitted).
     * @return the words.
     */
    public String render(Messages text) {
        if (key == null) {
            return String.valueOf(args.get(0));
        }
        Object[] rendered = new Object[args.size()];
        for (int i = 0; i < rendered.length; i++) {
            rendered[i] = args.get(i) instanceof Message m ? m.render(text) : args.get(i);
        }
        return text.get(key, rendered);
    }
}
