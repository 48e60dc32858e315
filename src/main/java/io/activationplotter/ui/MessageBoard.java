package io.activationplotter.ui;

import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The session's messages. Open errors are kept by source (a field, the export), newest first; when
 * every error is fixed, the last status message returns. Every message posted is also the current
 * {@link #notificationProperty() notification} (an error one stays until fixed) and an entry of the
 * {@link #logProperty() log}. Messages are kept as {@link Message}s and rendered with the current
 * language, so a language switch re-translates the line, the notification and the log.
 */
public final class MessageBoard {

    /**
     * One posted message.
     *
     * @param time     when it was posted.
     * @param message  what it says.
     * @param error    {@code true} for an error.
     * @param source   the error's source, or {@code null} for a status message.
     */
    public record Entry(LocalTime time, Message message, boolean error, String source) {
    }

    /** The most entries the log keeps; older ones are dropped. */
    public static final int LOG_SIZE = 200;

    private final Messages text;
    private final Map<String, Message> errors = new LinkedHashMap<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper error = new ReadOnlyBooleanWrapper(this, "error");
    private final ReadOnlyObjectWrapper<Entry> notification = new ReadOnlyObjectWrapper<>(this, "notification");
    private final ObservableList<Entry> log = FXCollections.observableArrayList();
    private final ObservableList<Entry> logView = FXCollections.unmodifiableObservableList(log);
    private final ReadOnlyObjectWrapper<Object> language = new ReadOnlyObjectWrapper<>(this, "language");
    private Message status;

    /**
     * Creates an empty board.
     *
     * @param text  the strings messages are rendered with ({@code null} not permitted).
     */
    public MessageBoard(Messages text) {
        this.text = Objects.requireNonNull(text, "text");
        // the board lives as long as the strings: a strong listener is right here
        text.localeProperty().addListener((obs, old, now) -> {
            show();
            language.set(now);
        });
    }

    /** @return the message line: the newest open error, else the last status message. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** @return whether the message line shows an error. */
    public ReadOnlyBooleanProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /**
     * Returns the message to show over the chart: the one posted last, or {@code null}. An error
     * notification is replaced by the next open error, or by {@code null}, once it is fixed.
     *
     * @return the property.
     */
    public ReadOnlyObjectProperty<Entry> notificationProperty() {
        return notification.getReadOnlyProperty();
    }

    /** @return every message of the session, oldest first (at most {@link #LOG_SIZE}). */
    public ObservableList<Entry> logProperty() {
        return logView;
    }

    /** @return changes after every language switch: views showing {@link #render(Entry)} re-render then. */
    public ReadOnlyObjectProperty<Object> languageProperty() {
        return language.getReadOnlyProperty();
    }

    /**
     * Renders an entry in the current language.
     *
     * @param entry  the entry ({@code null} not permitted).
     * @return the words.
     */
    public String render(Entry entry) {
        return entry.message().render(text);
    }

    /**
     * Reports an error from a source, replacing that source's previous one.
     *
     * @param source  the source, for example {@code range} ({@code null} not permitted).
     * @param m       the error ({@code null} not permitted).
     */
    public void error(String source, Message m) {
        Message previous = errors.remove(source);
        errors.put(source, m);
        show();
        if (!m.equals(previous) || notification.get() == null || !source.equals(notification.get().source())) {
            post(new Entry(now(), m, true, source));
        }
    }

    /**
     * Reports an error with words from outside the bundle.
     *
     * @param source  the source ({@code null} not permitted).
     * @param words   the error ({@code null} not permitted).
     */
    public void error(String source, String words) {
        error(source, Message.literal(words));
    }

    /**
     * Marks a source's error as fixed.
     *
     * @param source  the source ({@code null} not permitted).
     */
    public void clear(String source) {
        if (errors.remove(source) != null) {
            show();
            fixed();
        }
    }

    /**
     * Marks every source starting with a prefix as fixed.
     *
     * @param prefix  the prefix ({@code null} not permitted).
     */
    public void clearAll(String prefix) {
        if (errors.keySet().removeIf(k -> k.startsWith(prefix))) {
            show();
            fixed();
        }
    }

    /**
     * Shows a status message (behind any open error) and as a notification.
     *
     * @param m  the message ({@code null} not permitted).
     */
    public void info(Message m) {
        status = Objects.requireNonNull(m, "m");
        show();
        post(new Entry(now(), m, false, null));
    }

    /**
     * Shows a status message with words from outside the bundle.
     *
     * @param words  the message ({@code null} not permitted).
     */
    public void info(String words) {
        info(Message.literal(words));
    }

    private static LocalTime now() {
        return LocalTime.now().truncatedTo(ChronoUnit.SECONDS);
    }

    private void post(Entry e) {
        log.add(e);
        if (log.size() > LOG_SIZE) {
            log.remove(0, log.size() - LOG_SIZE);
        }
        notification.set(e);
    }

    /** An error notification whose error is fixed gives way to the newest error still open, or to none. */
    private void fixed() {
        Entry shown = notification.get();
        if (shown == null || !shown.error() || errors.containsKey(shown.source())) {
            return;
        }
        List<Map.Entry<String, Message>> open = new ArrayList<>(errors.entrySet());
        if (open.isEmpty()) {
            notification.set(null);
            return;
        }
        Map.Entry<String, Message> newest = open.get(open.size() - 1);
        notification.set(new Entry(shown.time(), newest.getValue(), true, newest.getKey()));
    }

    private void show() {
        Message last = null;
        for (Message e : errors.values()) {
            last = e;
        }
        error.set(last != null);
        message.set(last != null ? last.render(text) : status == null ? "" : status.render(text));
    }
}
