package io.activationplotter.ui.distribution;

import io.activationplotter.ui.Messages;
import io.activationplotter.ui.NumberText;
import io.activationplotter.ui.ViewListeners;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The Plot tab's pre-activation controls: the overlay toggle, μ and σ sliders, a fan-in field with
 * presets (N(0, 1) weights, Xavier, He) and the readout. Built per view; the model outlives it. The
 * controls under the toggle are built the first time the overlay is on (issue 16: the first frame
 * does not style and lay out hidden sliders).
 */
public final class DistributionControls extends VBox {

    private final DistributionViewModel vm;
    private final Messages text;

    /**
     * Builds the controls.
     *
     * @param vm    the model ({@code null} not permitted).
     * @param text  the strings ({@code null} not permitted).
     */
    public DistributionControls(DistributionViewModel vm, Messages text) {
        super(6);
        this.vm = vm;
        this.text = text;
        setId("section-distribution");
        Label heading = new Label(text.get("dist.heading"));
        heading.getStyleClass().add("section-heading");
        heading.setStyle("-fx-font-weight: bold;");
        CheckBox toggle = new CheckBox(text.get("dist.toggle"));
        toggle.setId("distribution-toggle");
        toggle.selectedProperty().bindBidirectional(vm.enabledProperty());
        getChildren().addAll(heading, toggle);
        // issue 16: the sliders, fan-in and presets are built when the overlay is first turned on
        ViewListeners.onChange(this, vm.enabledProperty(), (obs, old, now) -> buildDetailsIfOn());
        buildDetailsIfOn();
    }

    /** Adds the details under the toggle, once, while the overlay is on. */
    private void buildDetailsIfOn() {
        if (!vm.enabledProperty().get() || getChildren().size() > 2) {
            return;
        }
        VBox details = new VBox(6);
        details.getChildren().addAll(sliders());
        details.getChildren().addAll(fanInRows());
        details.visibleProperty().bind(vm.enabledProperty());
        details.managedProperty().bind(vm.enabledProperty());
        getChildren().add(details);
    }

    /** @return the μ and σ labels and sliders. */
    private Node[] sliders() {
        Slider mean = new Slider(-DistributionViewModel.MEAN_LIMIT, DistributionViewModel.MEAN_LIMIT, vm.meanProperty().get());
        mean.setId("dist-mean-slider");
        mean.setBlockIncrement(0.1);
        mean.valueProperty().addListener((obs, old, now) -> vm.meanProperty().set(Math.round(now.doubleValue() * 100) / 100.0));
        ViewListeners.onChange(mean, vm.meanProperty(), (obs, old, now) -> mean.setValue(now.doubleValue()));
        Label meanLabel = new Label();
        meanLabel.textProperty().bind(Bindings.createStringBinding(
                () -> text.get("dist.mean", NumberText.format(vm.meanProperty().get(), 3)), vm.meanProperty()));

        Slider std = new Slider(DistributionViewModel.MIN_LOG_STD, DistributionViewModel.MAX_LOG_STD, vm.logStdProperty().get());
        std.setId("dist-std-slider");
        std.setBlockIncrement(0.05);
        std.valueProperty().addListener((obs, old, now) -> vm.logStdProperty().set(now.doubleValue()));
        ViewListeners.onChange(std, vm.logStdProperty(), (obs, old, now) -> std.setValue(now.doubleValue()));
        Label stdLabel = new Label();
        stdLabel.textProperty().bind(Bindings.createStringBinding(
                () -> text.get("dist.std", NumberText.format(vm.std(), 3)), vm.logStdProperty()));
        return new Node[] {meanLabel, mean, stdLabel, std};
    }

    /** @return the fan-in field, its error, the presets and the readout. */
    private Node[] fanInRows() {
        TextField fanIn = new TextField(Integer.toString(vm.fanInProperty().get()));
        fanIn.setId("dist-fan-in");
        fanIn.setPrefColumnCount(5);
        Label fanInError = new Label();
        fanInError.getStyleClass().add("hint");
        fanIn.textProperty().addListener((obs, old, now) -> {
            try {
                int n = Integer.parseInt(now.strip());
                if (n < 1 || n > 1_000_000) {
                    throw new NumberFormatException();
                }
                vm.fanInProperty().set(n);
                fanInError.setText("");
            } catch (NumberFormatException e) {
                fanInError.setText(text.get("dist.fanInBad", vm.fanInProperty().get())); // the last good value stays
            }
        });
        Button naive = button(text.get("dist.presetNaive"), "dist-preset-naive", vm::presetNaive);
        Button xavier = button(text.get("dist.presetXavier"), "dist-preset-xavier", vm::presetXavier);
        Button he = button(text.get("dist.presetHe"), "dist-preset-he", vm::presetHe);

        Label readout = new Label();
        readout.setId("dist-readout");
        readout.setWrapText(true);
        readout.textProperty().bind(vm.readoutProperty());

        return new Node[] {new HBox(6, new Label(text.get("dist.fanIn")), fanIn), fanInError,
                new HBox(4, naive, xavier, he), readout};
    }

    /** @return the model. */
    public DistributionViewModel getViewModel() {
        return vm;
    }

    /**
     * Builds the controls for the window's control column, shown only while the Plot tab is.
     *
     * @param models  the classroom models, holding the overlay's model and the tab shown ({@code null} not permitted).
     * @param text    the strings ({@code null} not permitted).
     * @return the controls.
     */
    public static DistributionControls onPlotTab(io.activationplotter.ui.window.ClassroomModels models, Messages text) {
        DistributionControls c = new DistributionControls(models.distribution(), text);
        c.visibleProperty().bind(models.activeTabProperty().isEqualTo("plot"));
        c.managedProperty().bind(c.visibleProperty());
        return c;
    }

    private static Button button(String label, String id, Runnable action) {
        Button b = new Button(label);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }
}
