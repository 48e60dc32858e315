package io.activationplotter.ui.chain;

import io.activationplotter.model.ActivationType;
import io.activationplotter.model.Catalogue;
import io.activationplotter.ui.ChartViewers;
import io.activationplotter.ui.Messages;
import io.activationplotter.ui.window.DisplayModel;
import io.activationplotter.ui.window.PresentationFrame;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The chain tab: a list of stages with add/remove/move controls, and the composed function's chart. */
public final class ChainView extends BorderPane {

    private final ChainViewModel vm;
    private final Messages text;
    private final ListView<ActivationType> list;

    /**
     * Builds the view.
     *
     * @param vm       the view-model ({@code null} not permitted).
     * @param display  presentation mode, in which the controls float over the chart ({@code null} not permitted).
     * @param text     the strings ({@code null} not permitted).
     */
    public ChainView(ChainViewModel vm, DisplayModel display, Messages text) {
        this.vm = vm;
        this.text = text;
        this.list = new ListView<>(vm.getStages());
        setId("chain-view");
        PresentationFrame frame = new PresentationFrame(ChartViewers.of(vm.chart().getChart(), "chain-chart"), display);
        frame.setLeftPanel("chain-controls-scroll", controls(), 320, PresentationFrame.ALWAYS,
                display.controlsOverlayProperty());
        setCenter(frame);
    }

    /** @return the view-model. */
    public ChainViewModel getViewModel() {
        return vm;
    }

    private VBox controls() {
        list.setId("chain-list");
        list.setPrefHeight(200);
        VBox.setVgrow(list, Priority.ALWAYS); // a tall window shows more of the list
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(ActivationType t, boolean empty) {
                super.updateItem(t, empty);
                setText(empty || t == null ? null : (getIndex() + 1) + ".  " + t.displayName());
            }
        });
        ComboBox<ActivationType> choice = new ComboBox<>();
        choice.setId("chain-choice");
        choice.getItems().setAll(Catalogue.all());
        choice.setPromptText(text.get("chain.choose"));
        choice.setMaxWidth(Double.MAX_VALUE);
        Button add = button("chain-add-button", text.get("chain.add"));
        add.disableProperty().bind(choice.valueProperty().isNull());
        add.setOnAction(e -> {
            vm.add(choice.getValue());
            list.getSelectionModel().select(vm.getStages().size() - 1);
        });
        Button remove = button("chain-remove-button", text.get("chain.remove"));
        remove.setOnAction(e -> vm.remove(list.getSelectionModel().getSelectedIndex()));
        Button up = button("chain-up-button", text.get("chain.up"));
        up.setOnAction(e -> list.getSelectionModel().select(vm.move(list.getSelectionModel().getSelectedIndex(), -1)));
        Button down = button("chain-down-button", text.get("chain.down"));
        down.setOnAction(e -> list.getSelectionModel().select(vm.move(list.getSelectionModel().getSelectedIndex(), 1)));
        for (Button b : new Button[] {remove, up, down}) {
            b.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        }
        Label name = new Label();
        name.setId("chain-name");
        name.setWrapText(true);
        // a binding made with Bindings observes the model weakly: this view must not outlive a language switch
        name.textProperty().bind(Bindings.createStringBinding(() -> vm.curveProperty().get() == null
                ? text.get("chain.empty") : text.get("chain.formula", vm.curveProperty().get().label()),
                vm.curveProperty()));
        Label note = new Label(text.get("chain.note"));
        note.setWrapText(true);
        note.getStyleClass().add("hint");
        VBox box = new VBox(8, new Label(text.get("chain.title")), list, new HBox(6, choice, add),
                new HBox(6, remove, up, down), name, note);
        box.setPrefWidth(320);
        box.setMinWidth(280);
        box.setStyle("-fx-padding: 10;");
        return box;
    }

    private static Button button(String id, String label) {
        Button b = new Button(label);
        b.setId(id);
        return b;
    }
}
