package io.activationplotter.ui.saturation;

import io.activationplotter.model.saturation.SaturationReport;
import io.activationplotter.ui.Messages;
import io.activationplotter.chart.ChartLabels;
import io.activationplotter.ui.plot.PlotViewModel;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The threshold label and the selected function's saturated and low-gradient intervals, as the
 * controls show them. Part of {@link PlotViewModel}, which reports each threshold and each drawing.
 */
public final class SaturationLabels {

    private final Messages text;
    private final SaturationText words;
    private final ReadOnlyStringWrapper threshold = new ReadOnlyStringWrapper(this, "thresholdText");
    private final ReadOnlyStringWrapper saturated = new ReadOnlyStringWrapper(this, "saturationText");
    private final ReadOnlyStringWrapper lowGradient = new ReadOnlyStringWrapper(this, "lowGradientText");

    public SaturationLabels(Messages text) {
        this.text = text;
        this.words = new SaturationText(text);
    }

    /**
     * @return the threshold label, for example {@code Threshold T = 0.05}, rounded as the chart and
     *         the formula panel round it ({@link ChartLabels#number(double)}).
     */
    public ReadOnlyStringProperty thresholdProperty() {
        return threshold.getReadOnlyProperty();
    }

    /** @return the saturated intervals of the selected function. */
    public ReadOnlyStringProperty saturatedProperty() {
        return saturated.getReadOnlyProperty();
    }

    /** @return the low-gradient zones of the selected function. */
    public ReadOnlyStringProperty lowGradientProperty() {
        return lowGradient.getReadOnlyProperty();
    }

    /**
     * Shows a new threshold.
     *
     * @param t  the threshold T.
     */
    public void showThreshold(double t) {
        threshold.set(text.get("threshold.label", ChartLabels.number(t)));
    }

    /**
     * Shows the intervals of a new drawing.
     *
     * @param report  the selected function's saturation ({@code null} permitted: no selection).
     */
    public void showReport(SaturationReport report) {
        saturated.set(words.saturated(report));
        lowGradient.set(words.lowGradient(report));
    }
}
