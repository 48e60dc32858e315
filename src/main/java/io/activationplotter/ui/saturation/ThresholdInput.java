package io.activationplotter.ui.saturation;

import io.activationplotter.ui.plot.PlotViewModel;
import io.activationplotter.ui.plot.RedrawBatch;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * The saturation threshold as the slider sets it, log10 T. Only the slider's range is meaningful:
 * NaN and values outside it snap back; every accepted value is labelled and asks for one redraw.
 * Part of {@link PlotViewModel}.
 */
public final class ThresholdInput {

    private final SaturationLabels labels;
    private final RedrawBatch redraws;
    private final DoubleProperty log = new SimpleDoubleProperty(this, "logThreshold",
            Math.log10(PlotViewModel.DEFAULT_THRESHOLD));

    /**
     * Creates the input at the default threshold and labels it.
     *
     * @param labels   the label to keep up to date.
     * @param redraws  the batch each change runs in.
     */
    public ThresholdInput(SaturationLabels labels, RedrawBatch redraws) {
        this.labels = labels;
        this.redraws = redraws;
        labels.showThreshold(value());
        log.addListener((obs, old, now) -> redraws.run(this::changed));
    }

    /** @return log10 T (input). */
    public DoubleProperty logProperty() {
        return log;
    }

    /** @return the threshold T. */
    public double value() {
        return Math.pow(10, log.get());
    }

    /** Snaps a value outside the slider's range back into it, else labels it and asks for a redraw. */
    public void changed() {
        double v = log.get();
        if (!(v >= PlotViewModel.MIN_LOG_THRESHOLD && v <= PlotViewModel.MAX_LOG_THRESHOLD)) {
            log.set(Double.isNaN(v) ? Math.log10(PlotViewModel.DEFAULT_THRESHOLD)
                    : Math.max(PlotViewModel.MIN_LOG_THRESHOLD, Math.min(PlotViewModel.MAX_LOG_THRESHOLD, v)));
            return;
        }
        labels.showThreshold(value());
        redraws.request();
    }
}
