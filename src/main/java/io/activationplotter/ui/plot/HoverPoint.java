package io.activationplotter.ui.plot;

/**
 * One drawn function's exact values at the hovered x, from the model (not from the samples).
 *
 * @param label       the function's name, as in the legend.
 * @param curve       the curve's index in the figure (its colour: series 2i is f, 2i+1 is f').
 * @param x           the x.
 * @param value       f(x).
 * @param derivative  f'(x) (at a jump or a kink, the model's value at x itself).
 * @param showDerivative  whether f' is drawn (and so marked and listed).
 */
public record HoverPoint(String label, int curve, double x, double value, double derivative,
        boolean showDerivative) {
}
