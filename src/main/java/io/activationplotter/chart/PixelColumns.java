package io.activationplotter.chart;

/**
 * Which points of a line, already in device coordinates and in x order, still shape its picture: per
 * pixel column, the first, lowest, highest and last point (the "M4" reduction of Jugel et al., VLDB
 * 2014), with a point counted once when it is several of them (a monotonic column keeps two). A point
 * with a NaN coordinate is always kept, so a gap in the line stays a gap. Pure arithmetic, no drawing.
 */
final class PixelColumns {

    private PixelColumns() {
    }

    /**
     * Marks the points to keep.
     *
     * @param px        the x-coordinates in device units, not decreasing apart from NaN.
     * @param py        the y-coordinates in device units.
     * @param from      the first point (inclusive).
     * @param to        the last point (inclusive).
     * @param perPixel  columns per device unit (the device's pixel scale, at least 1).
     * @return for each point from {@code from} to {@code to} (index {@code i - from}) whether it is kept.
     */
    static boolean[] keep(double[] px, double[] py, int from, int to, double perPixel) {
        boolean[] kept = new boolean[Math.max(0, to - from + 1)];
        int first = -1;
        int last = -1;
        int low = -1;
        int high = -1;
        double column = Double.NaN;
        for (int i = from; i <= to; i++) {
            double x = px[i];
            double y = py[i];
            if (Double.isNaN(x) || Double.isNaN(y)) {
                mark(kept, from, first, low, high, last);
                first = -1;
                kept[i - from] = true;
                continue;
            }
            double c = Math.floor(x * perPixel);
            if (first < 0 || c != column) {
                mark(kept, from, first, low, high, last);
                first = i;
                low = i;
                high = i;
                column = c;
            } else if (y < py[low]) {
                low = i;
            } else if (y > py[high]) {
                high = i;
            }
            last = i;
        }
        mark(kept, from, first, low, high, last);
        return kept;
    }

    private static void mark(boolean[] kept, int from, int first, int low, int high, int last) {
        if (first < 0) {
            return;
        }
        kept[first - from] = true;
        kept[low - from] = true;
        kept[high - from] = true;
        kept[last - from] = true;
    }
}
