package io.activationplotter.model.saturation;

import io.activationplotter.model.SaturationKind;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The result of {@link SaturationAnalysis}: saturated regions and low-gradient zones for one
 * threshold, and the asymptotic classification of each side.
 *
 * @param threshold  the threshold T on |f'|.
 * @param regions    the intervals, sorted by start.
 * @param left       asymptotic saturation toward −∞.
 * @param right      asymptotic saturation toward +∞.
 */
public record SaturationReport(double threshold, List<Region> regions, SaturationKind left, SaturationKind right) {

    /** Copies the list. */
    public SaturationReport {
        regions = List.copyOf(regions);
    }

    /** @return the regions reaching ±∞ (saturation proper). */
    public List<Region> saturated() {
        return regions.stream().filter(Region::isSaturation).toList();
    }

    /** @return the bounded low-gradient zones. */
    public List<Region> lowGradientZones() {
        return regions.stream().filter(r -> !r.isSaturation()).toList();
    }

    /**
     * Lists the saturated intervals for a label, for example {@code x < -3.66, x > 3.66}, or {@code none}.
     *
     * @param digits  significant digits.
     * @return the text.
     */
    public String describeSaturated(int digits) {
        List<Region> s = saturated();
        if (s.isEmpty()) {
            return "none";
        }
        return s.stream().map(r -> r.describe(digits)).collect(Collectors.joining(", "));
    }
}
