package io.activationplotter.ui.precision;

import io.activationplotter.model.precision.FloatFormat;
import io.activationplotter.ui.Messages;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The Plot tab's precision controls: the format selector ({@code #dtype-selector}) and the naive-formula
 * toggle ({@code #naive-toggle}), bound both ways to the {@link PrecisionViewModel}.
 */
public final class PrecisionControls extends VBox {

    /**
     * Creates the controls.
     *
     * @param vm    the lens ({@code null} not permitted).
     * @param text  the strings ({@code null} not permitted).
     */
    public PrecisionControls(PrecisionViewModel vm, Messages text) {
        super(6);
        setId("precision-controls");
        ComboBox<FloatFormat> box = new ComboBox<>();
        box.setId("dtype-selector");
        box.getItems().setAll(FloatFormat.values());
        box.setMaxWidth(Double.MAX_VALUE);
        box.valueProperty().bindBidirectional(vm.formatProperty());
        Label label = new Label(text.get("precision.dtype"));
        label.setLabelFor(box);
        CheckBox naive = new CheckBox(text.get("precision.naive"));
        naive.setId("naive-toggle");
        naive.setWrapText(true);
        naive.selectedProperty().bindBidirectional(vm.naiveProperty());
        getChildren().addAll(label, box, naive);
    }
}
