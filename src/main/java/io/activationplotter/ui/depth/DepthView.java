package io.activationplotter.ui.depth;

import io.activationplotter.model.ActivationType;
import io.activationplotter.model.Catalogue;
import io.activationplotter.ui.ChartViewers;
import io.activationplotter.ui.Messages;
import io.activationplotter.ui.window.DisplayModel;
import io.activationplotter.ui.window.PresentationFrame;
import io.activationplotter.ui.ViewListeners;
import java.awt.geom.Rectangle2D;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.fx.ChartCanvas;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;

/**
 * The vanishing-gradient tab: an n-layers slider, the functions compared, the |f'(x)|^n chart on a
 * log axis, and max |f'|^n per function.
 */
public final class DepthView extends BorderPane {

    private final DepthViewModel vm;
    private final Messages text;

    /**
     * Builds the view.
     *
     * @param vm       the view-model ({@code null} not permitted).
     * @param display  presentation mode, in which the controls float over the chart ({@code null} not permitted).
     * @param text     the strings ({@code null} not permitted).
     */
    public DepthView(DepthViewModel vm, DisplayModel display, Messages text) {
        this.vm = vm;
        this.text = text;
        setId("depth-view");
        ChartViewer viewer = ChartViewers.of(vm.chart().getChart(), "depth-chart");
        installHover(viewer);
        PresentationFrame frame = new PresentationFrame(viewer, display);
        frame.setLeftPanel("depth-controls-scroll", controls(), 320, PresentationFrame.ALWAYS,
                display.controlsOverlayProperty());
        setCenter(frame);
    }

    /** The hover readout follows the mouse over the data area; elsewhere it shows a hint. */
    private void installHover(ChartViewer viewer) {
        ChartCanvas canvas = viewer.getCanvas();
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> vm.hover(xAt(canvas, e.getX(), e.getY())));
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> vm.hover(xAt(canvas, e.getX(), e.getY())));
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> vm.hover(Double.NaN));
    }

    /** @return the x at a point of the canvas, or NaN outside the data area. */
    private static double xAt(ChartCanvas canvas, double px, double py) {
        ChartRenderingInfo info = canvas.getRenderingInfo();
        if (info == null || canvas.getChart() == null) {
            return Double.NaN;
        }
        Rectangle2D area = info.getPlotInfo().getDataArea();
        XYPlot plot = canvas.getChart().getXYPlot();
        return area.contains(px, py) ? plot.getDomainAxis().java2DToValue(px, area, plot.getDomainAxisEdge()) : Double.NaN;
    }

    /** @return the view-model. */
    public DepthViewModel getViewModel() {
        return vm;
    }

    private VBox controls() {
        Label layersLabel = new Label();
        layersLabel.textProperty().bind(Bindings.createStringBinding(
                () -> text.get("depth.layers", vm.layersProperty().get()), vm.layersProperty()));
        Slider slider = new Slider(DepthViewModel.MIN_LAYERS, DepthViewModel.MAX_LAYERS, vm.layersProperty().get());
        slider.setId("layers-slider");
        slider.setMajorTickUnit(7);
        slider.setMinorTickCount(6);
        slider.setSnapToTicks(true);
        slider.setBlockIncrement(1);
        slider.setShowTickMarks(true);
        slider.setShowTickLabels(true);
        slider.valueProperty().addListener((obs, old, now) -> vm.layersProperty().set((int) Math.round(now.doubleValue())));
        // the model outlives this view (a language switch rebuilds it): listen weakly
        ViewListeners.onChange(slider, vm.layersProperty(), (obs, old, now) -> slider.setValue(now.intValue()));

        ListView<ActivationType> list = new ListView<>(vm.getFunctions());
        list.setId("depth-functions");
        list.setPrefHeight(150);
        VBox.setVgrow(list, Priority.ALWAYS); // a tall window shows more of the list
        ComboBox<ActivationType> choice = new ComboBox<>();
        choice.getItems().setAll(Catalogue.all());
        choice.setId("depth-add-choice");
        choice.setPromptText(text.get("depth.choose"));
        choice.setMaxWidth(Double.MAX_VALUE);
        choice.setVisibleRowCount(14);
        Button add = new Button(text.get("depth.add"));
        add.setId("depth-add-button");
        add.disableProperty().bind(choice.valueProperty().isNull());
        add.setOnAction(e -> vm.add(choice.getValue()));
        Button remove = new Button(text.get("depth.remove"));
        remove.setId("depth-remove-button");
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> vm.remove(list.getSelectionModel().getSelectedItem()));

        Button fromPlot = new Button(text.get("depth.fromPlot"));
        fromPlot.setId("depth-from-plot-button");
        fromPlot.setOnAction(e -> vm.useFunctionsFromPlot());
        Label readout = new Label();
        readout.setId("depth-readout");
        readout.setWrapText(true);
        readout.setStyle("-fx-font-size: 13px;");
        readout.textProperty().bind(Bindings.createStringBinding(
                () -> String.join("\n", vm.readoutProperty()), vm.readoutProperty()));
        Label hover = new Label();
        hover.setId("depth-hover-readout");
        hover.setWrapText(true);
        hover.setStyle("-fx-font-size: 13px;");
        hover.textProperty().bind(vm.hoverReadoutProperty());
        Label note = new Label(text.get("depth.note"));
        note.setWrapText(true);
        note.getStyleClass().add("hint");

        VBox box = new VBox(8, layersLabel, slider, new Label(text.get("depth.functions")), list,
                choice, new HBox(6, add, remove, fromPlot), new Label(text.get("depth.readoutTitle")), readout, hover, note);
        box.setPrefWidth(320);
        box.setMinWidth(280);
        box.setStyle("-fx-padding: 10;");
        return box;
    }
}
