package io.activationplotter.ui.saturation;

import io.activationplotter.chart.ChartLabels;
import io.activationplotter.model.SaturationKind;
import io.activationplotter.model.saturation.Region;
import io.activationplotter.model.saturation.SaturationReport;
import io.activationplotter.model.saturation.Side;
import io.activationplotter.ui.Messages;
import io.activationplotter.ui.NumberText;
import java.util.List;
import java.util.stream.Collectors;

/** Describes a {@link SaturationReport} for the labels, in the words of the message bundle. */
public final class SaturationText {

    private static final int DIGITS = ChartLabels.DIGITS;

    private final Messages text;

    public SaturationText(Messages text) {
        this.text = text;
    }

    /** @return for example {@code saturated: |f′| < 0.05   x < -2.94, x > 2.94}. */
    public String saturated(SaturationReport report) {
        if (report == null) {
            return text.get("saturation.noSelection");
        }
        return text.get("saturation.text", NumberText.format(report.threshold(), DIGITS),
                intervals(report.saturated().stream().filter(r -> saturates(report, r)).toList()));
    }

    /** @return for example {@code low-gradient zones (not saturation): -1.5 ≤ x ≤ -1.1}. */
    public String lowGradient(SaturationReport report) {
        if (report == null) {
            return text.get("saturation.noSelection");
        }
        return text.get("saturation.lowGradient", intervals(report.regions().stream()
                .filter(r -> !r.isSaturation() || !saturates(report, r)).toList()));
    }

    /**
     * Tells whether a region reaching ±∞ is saturation proper: not when f′ tends to a non-zero limit
     * on that side (Leaky ReLU's left at T &gt; negative_slope is below T here, not saturating), as
     * the chart and the formula panel say.
     */
    private static boolean saturates(SaturationReport report, Region r) {
        if (r.isWholeLine()) {
            return true;
        }
        SaturationKind side = r.start() == Double.NEGATIVE_INFINITY ? report.left() : report.right();
        return side != SaturationKind.NONE;
    }

    /** @return the intervals joined by commas, or the word for none. */
    public String intervals(List<Region> regions) {
        if (regions.isEmpty()) {
            return text.get("saturation.none");
        }
        return regions.stream().map(this::interval).collect(Collectors.joining(", "));
    }

    private String interval(Region r) {
        if (r.side() == Side.LEFT && r.end() == Double.POSITIVE_INFINITY) {
            return text.get("saturation.allX");
        }
        if (r.side() == Side.LEFT) {
            return text.get("saturation.left", NumberText.format(r.end(), DIGITS));
        }
        if (r.side() == Side.RIGHT) {
            return text.get("saturation.right", NumberText.format(r.start(), DIGITS));
        }
        return text.get("saturation.interior", NumberText.format(r.start(), DIGITS),
                NumberText.format(r.end(), DIGITS));
    }
}
