package io.activationplotter.ui.precision;

import io.activationplotter.ui.ChartViewers;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jfree.chart.fx.ChartViewer;

/**
 * Where the precision lens appears beside the Plot tab's own views: the error panel under the chart and a
 * line in the formula panel, both shown only with a format other than float64, and the approximations
 * (two charts side by side) under them when asked for.
 */
public final class PrecisionPanels {

    /** The error panel's share of the plot area's height. */
    private static final double ERROR_SHARE = 0.28;
    /** The approximation charts' share of the plot area's height. */
    private static final double APPROXIMATION_SHARE = 0.42;

    private PrecisionPanels() {
    }

    /**
     * Puts the error panel ({@code #precision-error-chart}) under a chart.
     *
     * @param chart  the main chart's node ({@code null} not permitted).
     * @param vm     the lens ({@code null} not permitted).
     * @return the chart above the panel.
     */
    public static Node withErrorPanel(Node chart, PrecisionViewModel vm) {
        ChartViewer errors = ChartViewers.of(vm.errorChart().getChart(), "precision-error-chart");
        errors.visibleProperty().bind(vm.lowPrecisionProperty());
        errors.managedProperty().bind(vm.lowPrecisionProperty());
        ChartViewer gelu = ChartViewers.of(vm.geluChart().getChart(), "approximations-gelu-chart");
        ChartViewer silu = ChartViewers.of(vm.siluChart().getChart(), "approximations-silu-chart");
        HBox approximations = new HBox(gelu, silu);
        approximations.setId("approximations-panel");
        HBox.setHgrow(gelu, Priority.ALWAYS);
        HBox.setHgrow(silu, Priority.ALWAYS);
        gelu.setMinWidth(0);
        silu.setMinWidth(0);
        gelu.prefWidthProperty().bind(approximations.widthProperty().divide(2));
        silu.prefWidthProperty().bind(approximations.widthProperty().divide(2));
        approximations.visibleProperty().bind(vm.approximationsProperty());
        approximations.managedProperty().bind(vm.approximationsProperty());
        VBox box = new VBox(chart, errors, approximations);
        box.setId("precision-plot-area");
        VBox.setVgrow(chart, Priority.ALWAYS);
        errors.prefHeightProperty().bind(box.heightProperty().multiply(ERROR_SHARE));
        approximations.prefHeightProperty().bind(box.heightProperty().multiply(APPROXIMATION_SHARE));
        approximations.setMinHeight(0);
        errors.setMinHeight(0);
        if (chart instanceof Pane p) {
            p.setMinHeight(0);
        }
        return box;
    }

    /**
     * Adds the sentence "in float16, f′ rounds to 0 for …" ({@code #precision-underflow-label}) to a panel.
     *
     * @param <T>    the panel's type.
     * @param panel  the formula panel ({@code null} not permitted).
     * @param vm     the lens ({@code null} not permitted).
     * @return the panel.
     */
    public static <T extends Pane> T withUnderflowNote(T panel, PrecisionViewModel vm) {
        Label note = new Label();
        note.setId("precision-underflow-label");
        note.setWrapText(true);
        note.textProperty().bind(vm.underflowTextProperty());
        note.visibleProperty().bind(vm.lowPrecisionProperty());
        note.managedProperty().bind(vm.lowPrecisionProperty());
        panel.getChildren().add(note);
        return panel;
    }
}
