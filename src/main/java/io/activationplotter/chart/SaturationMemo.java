package io.activationplotter.chart;

import io.activationplotter.model.saturation.SaturationAnalysis;
import io.activationplotter.model.saturation.SaturationReport;

/**
 * The selected curve's saturation analysis, run again only for another curve object (another
 * function, or new parameters) or another threshold: a range change or a slider tick of a compared
 * function reuses the report (issue 16). Part of {@link ActivationChart}.
 */
final class SaturationMemo {

    private Curve curve;
    private double threshold = Double.NaN;
    private SaturationReport report;
    private int analyses;

    /**
     * Returns the selected curve's report, the same object as last time if nothing it depends on changed.
     *
     * @param spec  the figure ({@code null} not permitted).
     * @return the report, or {@code null} if no curve is selected.
     */
    SaturationReport of(FigureSpec spec) {
        Curve selected = spec.selectedCurve();
        if (selected == null) {
            curve = null;
            report = null;
        } else if (selected != curve || spec.threshold() != threshold || report == null) {
            curve = selected;
            threshold = spec.threshold();
            analyses++;
            report = SaturationAnalysis.analyze(selected.function(), threshold);
        }
        return report;
    }

    /** @return how many times the analysis has run. */
    int analyses() {
        return analyses;
    }
}
