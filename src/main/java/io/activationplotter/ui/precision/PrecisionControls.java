package io.activationplotter.ui.precision;

import io.activationplotter.model.precision.FloatFormat;
import io.activationplotter.ui.Messages;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import io.activationplotter.ui.plot.ControlSection;

/**
 * The Plot tab's precision controls: the format selector ({@code #dtype-selector}) and the naive-formula
 * toggle ({@code #naive-toggle}, shown with a format other than float64), bound both ways to the
 * {@link PrecisionViewModel}. It is the controls' {@link ControlSection#PRECISION} section, one row tall
 * while the lens is off, so the controls keep their height.
 */
public final class PrecisionControls extends VBox {

    /**
     * Creates the controls.
     *
     * @param vm    the lens ({@code null} not permitted).
     * @param text  the strings ({@code null} not permitted).
     */
    public PrecisionControls(PrecisionViewModel vm, Messages text) {
        super(4);
        setId(ControlSection.PRECISION.id());
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
        naive.visibleProperty().bind(vm.lowPrecisionProperty());
        naive.managedProperty().bind(vm.lowPrecisionProperty());
        label.getStyleClass().add("section-heading");
        HBox row = new HBox(8, label, box);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox.setHgrow(box, Priority.ALWAYS);
        CheckBox approx = new CheckBox(text.get("precision.approximations"));
        approx.setId("approximations-toggle");
        approx.setTooltip(new javafx.scene.control.Tooltip(text.get("precision.approximations.tooltip")));
        approx.selectedProperty().bindBidirectional(vm.approximationsProperty());
        getChildren().addAll(row, naive, approx);
    }
}
