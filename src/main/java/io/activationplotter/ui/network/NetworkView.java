package io.activationplotter.ui.network;

import io.activationplotter.ui.ChartViewers;
import io.activationplotter.ui.Messages;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.jfree.chart.fx.ChartViewer;

/**
 * The Network tab: a mode switch at the top ("At initialisation", and "Training" once a training
 * view is plugged in with {@link #setTrainingView(Node)}), and in the first mode the deep net at
 * initialisation: the histograms of h_l above the per-layer saturated/dead % and RMS(δ_l). Its
 * controls (depth, width, initialisation, σ or gain, batch and seed: {@link #getControls()}) are
 * placed by the window in its column, under the Plot tab's function, parameters and T that the net
 * uses, so there is one column beside the charts, hidden by the window's Controls toggle and
 * floating over the charts while presenting.
 */
public final class NetworkView extends BorderPane {

    private final NetworkViewModel vm;
    private final ToggleButton initMode;
    private final ToggleButton trainMode;
    private Consumer<Boolean> onModeChange = training -> { };
    private final Node initView;
    private final NetworkControls controls;
    private final HBox bar;
    private Node trainingView;

    /**
     * Builds the view.
     *
     * @param vm    the view-model ({@code null} not permitted).
     * @param text  the strings ({@code null} not permitted).
     */
    public NetworkView(NetworkViewModel vm, Messages text) {
        this.vm = vm;
        setId("network-view");
        ChartViewer hist = ChartViewers.of(vm.histograms().getChart(), "network-histograms");
        ChartViewer layers = ChartViewers.of(vm.stats().getChart(), "network-layers");
        SplitPane charts = new SplitPane(hist, layers);
        charts.setId("network-charts");
        charts.setOrientation(Orientation.VERTICAL);
        charts.setDividerPositions(0.45);
        initView = charts;
        controls = new NetworkControls(vm, text);

        ToggleGroup modes = new ToggleGroup();
        initMode = new ToggleButton(text.get("network.modeInit"));
        initMode.setId("network-mode-init");
        trainMode = new ToggleButton(text.get("network.modeTrain"));
        trainMode.setId("network-mode-train");
        initMode.setToggleGroup(modes);
        trainMode.setToggleGroup(modes);
        initMode.setSelected(true);
        trainMode.setVisible(false);
        trainMode.setManaged(false); // hidden until a training view is plugged in: no placeholder screen
        modes.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one mode is always selected
            } else {
                setCenter(now == trainMode && trainingView != null ? trainingView : initView);
                onModeChange.accept(now == trainMode);
            }
        });
        bar = new HBox(4, initMode, trainMode);
        bar.setId("network-modes");
        bar.setStyle("-fx-padding: 6 10 6 10;");
        setTop(bar);
        setCenter(initView);
    }

    /**
     * Sets what to tell when the mode changes: {@code true} for training, {@code false} for the network
     * at initialisation (the window shows the plot's controls and {@link #getControls()} in its column
     * beside the second only; training has a column of its own).
     *
     * @param action  the action ({@code null} not permitted).
     */
    public void setOnModeChange(Consumer<Boolean> action) {
        onModeChange = Objects.requireNonNull(action, "action");
    }

    /** Shows the training mode, if a training view is plugged in. */
    public void showTraining() {
        if (trainingView != null) {
            trainMode.setSelected(true);
        }
    }

    /** @return the view-model. */
    public NetworkViewModel getViewModel() {
        return vm;
    }

    /**
     * Returns the controls of the network at initialisation, for the window's column: the view shows
     * only the mode switch and the charts, so that at a projector's width the charts keep most of it.
     *
     * @return the controls (a section with its own heading).
     */
    public NetworkControls getControls() {
        return controls;
    }

    /**
     * Returns the mode switch above the charts, which the window's overlays leave uncovered while
     * presenting, as they leave the tab headers.
     *
     * @return the bar, id {@code network-modes}.
     */
    public Region getModeBar() {
        return bar;
    }

    /**
     * The hook for the training mode (issue 11, section 3): shows the "Training" toggle and makes it
     * show this node. Until it is called the toggle is hidden, and the tab shows only the network at
     * initialisation.
     *
     * @param view  the training view ({@code null} hides the training mode again).
     */
    public void setTrainingView(Node view) {
        trainingView = view;
        trainMode.setVisible(view != null);
        trainMode.setManaged(view != null);
        if (view == null) {
            initMode.setSelected(true);
        } else if (trainMode.isSelected()) {
            setCenter(view);
        }
    }
}
