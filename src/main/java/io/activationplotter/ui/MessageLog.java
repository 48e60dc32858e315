package io.activationplotter.ui;

import java.time.format.DateTimeFormatter;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.stage.Popup;

/**
 * The "Messages" button ({@code #message-log-button}) and the list it pops up ({@code #message-log}):
 * every message of the session with its time, newest last, errors marked, in the current language.
 */
public final class MessageLog extends Button {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final MessageBoard board;
    private final Messages text;
    private final ListView<MessageBoard.Entry> list = new ListView<>();
    private final Popup popup = new Popup();

    /**
     * Creates the button.
     *
     * @param board  the messages ({@code null} not permitted).
     * @param text   the strings ({@code null} not permitted).
     */
    public MessageLog(MessageBoard board, Messages text) {
        super(text.get("messages.button"));
        this.board = board;
        this.text = text;
        setId("message-log-button");
        setTooltip(new Tooltip(text.get("messages.button.tooltip")));
        list.setId("message-log");
        list.getStyleClass().add("message-log");
        list.setItems(board.logProperty());
        list.setPlaceholder(new Label(text.get("messages.empty")));
        list.setPrefSize(520, 240);
        list.setCellFactory(v -> new EntryCell());
        list.getStylesheets().addAll(getStylesheets());
        popup.getContent().add(list);
        popup.setAutoHide(true);
        setOnAction(e -> toggle());
        ViewListeners.onChange(this, board.languageProperty(), (obs, old, now) -> list.refresh());
    }

    /** @return the list of messages (shown in the popup). */
    public ListView<MessageBoard.Entry> list() {
        return list;
    }

    /** @return the popup holding the list. */
    public Popup popup() {
        return popup;
    }

    /** Opens the list above the button, scrolled to the newest message, or closes it. */
    public void toggle() {
        if (popup.isShowing()) {
            popup.hide();
            return;
        }
        if (getScene() == null || getScene().getWindow() == null) {
            return;
        }
        if (!list.getItems().isEmpty()) {
            list.scrollTo(list.getItems().size() - 1);
        }
        list.getStylesheets().setAll(getScene().getStylesheets());
        list.getStylesheets().addAll(getScene().getRoot().getStylesheets());
        javafx.geometry.Bounds b = localToScreen(getBoundsInLocal());
        popup.show(this, b.getMaxX() - list.getPrefWidth(), b.getMinY() - list.getPrefHeight() - 4);
    }

    private String line(MessageBoard.Entry e) {
        return text.get("messages.entry", TIME.format(e.time()), board.render(e));
    }

    /** One message: its time and words, in red for an error. */
    private final class EntryCell extends ListCell<MessageBoard.Entry> {
        @Override
        protected void updateItem(MessageBoard.Entry e, boolean empty) {
            super.updateItem(e, empty);
            getStyleClass().remove(Fields.ERROR);
            if (empty || e == null) {
                setText(null);
                return;
            }
            setText(line(e));
            setWrapText(true);
            setPrefWidth(0);
            if (e.error()) {
                getStyleClass().add(Fields.ERROR);
            }
        }
    }
}
