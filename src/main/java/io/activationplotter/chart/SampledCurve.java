package io.activationplotter.chart;

/**
 * Sample points of f and f' for one curve. A NaN y marks a gap: the line breaks there, so a jump
 * is never drawn as a vertical connecting line.
 *
 * @param fx   x-values of the f series.
 * @param fy   y-values of the f series.
 * @param dx   x-values of the f' series.
 * @param dy   y-values of the f' series.
 */
public record SampledCurve(double[] fx, double[] fy, double[] dx, double[] dy) {
}
