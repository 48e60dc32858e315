package io.activationplotter.ui.softmax;

import io.activationplotter.ui.ChartViewers;
import io.activationplotter.ui.Messages;
import io.activationplotter.ui.window.DisplayModel;
import io.activationplotter.ui.window.PresentationFrame;
import io.activationplotter.ui.NumberText;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The softmax tab: logits, a log-scaled temperature τ slider and the second logit z on the left; the
 * probabilities as bars and the two-class slice σ((x − z) / τ) on the right.
 */
public final class SoftmaxView extends BorderPane {

    private final SoftmaxViewModel vm;
    private final Messages text;

    /**
     * Builds the view.
     *
     * @param vm       the view-model ({@code null} not permitted).
     * @param display  presentation mode, in which the controls float over the charts ({@code null} not permitted).
     * @param text     the strings ({@code null} not permitted).
     */
    public SoftmaxView(SoftmaxViewModel vm, DisplayModel display, Messages text) {
        this.vm = vm;
        this.text = text;
        setId("softmax-view");
        SplitPane charts = new SplitPane(ChartViewers.of(vm.bars().getChart(), "softmax-bars"),
                ChartViewers.of(vm.slice().getChart(), "softmax-slice"));
        charts.setId("softmax-charts");
        charts.setOrientation(javafx.geometry.Orientation.VERTICAL);
        PresentationFrame frame = new PresentationFrame(charts, display);
        frame.setLeftPanel("softmax-controls-scroll", controls(), 320, PresentationFrame.ALWAYS,
                display.controlsOverlayProperty());
        setCenter(frame);
    }

    /** @return the view-model. */
    public SoftmaxViewModel getViewModel() {
        return vm;
    }

    private VBox controls() {
        TextField logits = new TextField();
        logits.setId("logits-field");
        logits.textProperty().bindBidirectional(vm.logitsTextProperty());
        Label message = new Label();
        message.setId("softmax-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        message.styleProperty().bind(Bindings.when(vm.errorProperty()).then("-fx-text-fill: #b00020;").otherwise(""));

        Slider temperature = new Slider(Math.log10(SoftmaxViewModel.MIN_T), Math.log10(SoftmaxViewModel.MAX_T), 0);
        temperature.setId("temperature-slider");
        temperature.setBlockIncrement(0.05);
        temperature.setMajorTickUnit(0.5);
        temperature.setMinorTickCount(4);
        temperature.setShowTickMarks(true);
        temperature.setShowTickLabels(true);
        temperature.setLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Double v) {
                return NumberText.format(Math.pow(10, v), 2);
            }

            @Override
            public Double fromString(String s) {
                return Math.log10(Double.parseDouble(s));
            }
        });
        temperature.setValue(Math.log10(vm.temperatureProperty().get()));
        temperature.valueProperty().addListener((obs, old, now) -> vm.temperatureProperty().set(
                Double.parseDouble(NumberText.format(Math.pow(10, now.doubleValue()), 3))));
        Label tLabel = new Label();
        tLabel.setId("temperature-label");
        tLabel.textProperty().bind(Bindings.createStringBinding(
                () -> text.get("softmax.temperature", NumberText.format(vm.temperatureProperty().get(), 3)),
                vm.temperatureProperty()));

        Slider z = new Slider(-SoftmaxViewModel.Z_LIMIT, SoftmaxViewModel.Z_LIMIT, vm.zProperty().get());
        z.setId("z-slider");
        z.setBlockIncrement(0.1);
        z.setMajorTickUnit(1);
        z.setMinorTickCount(4);
        z.setShowTickMarks(true);
        z.setShowTickLabels(true);
        z.valueProperty().addListener((obs, old, now) -> vm.zProperty().set(Math.round(now.doubleValue() * 100) / 100.0));
        Label zLabel = new Label();
        zLabel.textProperty().bind(Bindings.createStringBinding(
                () -> text.get("softmax.z", NumberText.format(vm.zProperty().get(), 3)), vm.zProperty()));

        Label note = new Label(text.get("softmax.note"));
        note.setWrapText(true);
        note.getStyleClass().add("hint");
        VBox box = new VBox(8, new Label(text.get("softmax.logits")), logits, message, tLabel, temperature,
                zLabel, z, note);
        box.setPrefWidth(320);
        box.setMinWidth(280);
        box.setStyle("-fx-padding: 10;");
        return box;
    }
}
