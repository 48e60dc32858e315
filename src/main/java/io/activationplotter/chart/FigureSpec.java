package io.activationplotter.chart;

import java.util.List;

/**
 * Everything that decides what the chart shows; the GUI, the exporter and the CLI all build one.
 *
 * @param curves           the functions to draw, in legend order.
 * @param selected         the index of the selected curve (whose saturation is shaded), or −1.
 * @param xMin             the lower end of the x-range.
 * @param xMax             the upper end of the x-range (greater than xMin).
 * @param threshold        the saturation threshold T on |f'|.
 * @param showDerivatives  whether f' curves are drawn.
 */
public record FigureSpec(List<Curve> curves, int selected, double xMin, double xMax, double threshold,
        boolean showDerivatives) {

    /** Copies the list and checks the range. */
    public FigureSpec {
        curves = List.copyOf(curves);
        if (!(xMin < xMax) || Double.isInfinite(xMin) || Double.isInfinite(xMax)) {
            throw new IllegalArgumentException("x-range must be finite with min < max");
        }
        if (selected < -1 || selected >= curves.size()) {
            throw new IllegalArgumentException("selected index out of range: " + selected);
        }
    }

    /** @return the selected curve, or {@code null} if none is selected. */
    public Curve selectedCurve() {
        return selected < 0 ? null : curves.get(selected);
    }
}
