package io.activationplotter.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jfree.data.xy.XYDataset;

/**
 * The plotted samples as CSV in long format, one row per sample:
 * <pre>
 * function,x,f,df
 * sigmoid,-6.0,0.0024726231566347743,0.002466509291359931
 * </pre>
 * Curves follow the legend order; {@code function} is the CLI name of the function ({@code #2},
 * {@code #3} ... are appended if one is listed twice). Rows are at exactly the x-values the chart
 * uses (a uniform grid plus every kink and jump), the gap markers are left out, and at a kink or
 * jump x appears twice: first the left limit, then the right limit. A value that is not a finite
 * number is an empty field. Numbers are written so they read back to the same double. The
 * {@code df} column is always filled, whether or not the chart draws f', so the columns never change.
 */
final class CsvData {

    /** The header line. */
    static final String HEADER = "function,x,f,df";

    private CsvData() {
    }

    /**
     * Writes the samples of a dataset whose series come in pairs: f of curve i is series 2i, f' is 2i+1.
     *
     * @param data  the dataset ({@code null} not permitted).
     * @return the CSV text, lines ending in {@code \n}.
     * @throws IOException if the dataset does not hold its series in pairs.
     */
    static String csv(XYDataset data) throws IOException {
        if (data == null || data.getSeriesCount() % 2 != 0) {
            throw new IOException("CSV needs the chart's data as f and f' series in pairs");
        }
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < data.getSeriesCount(); i += 2) {
            String name = String.valueOf(data.getSeriesKey(i));
            int n = seen.merge(name, 1, Integer::sum);
            appendCurve(sb, quote(n == 1 ? name : name + "#" + n), data, i, i + 1);
        }
        return sb.toString();
    }

    private static void appendCurve(StringBuilder sb, String name, XYDataset data, int fs, int ds) {
        int a = 0;
        int b = 0;
        int na = data.getItemCount(fs);
        int nb = data.getItemCount(ds);
        while (a < na || b < nb) {
            double x = Math.min(a < na ? data.getXValue(fs, a) : Double.POSITIVE_INFINITY,
                    b < nb ? data.getXValue(ds, b) : Double.POSITIVE_INFINITY);
            List<Double> f = new ArrayList<>(2);
            List<Double> d = new ArrayList<>(2);
            a = collect(data, fs, a, x, f);
            b = collect(data, ds, b, x, d);
            for (int k = 0; k < Math.max(f.size(), d.size()); k++) {
                sb.append(name).append(',').append(x).append(',').append(pick(f, k)).append(',')
                        .append(pick(d, k)).append('\n');
            }
        }
    }

    /** Adds the finite y-values of the items at x, starting at index i; returns the next index. */
    private static int collect(XYDataset data, int series, int i, double x, List<Double> into) {
        int n = data.getItemCount(series);
        while (i < n && data.getXValue(series, i) == x) {
            double y = data.getYValue(series, i);
            if (Double.isFinite(y)) {
                into.add(y);
            }
            i++;
        }
        return i;
    }

    private static String pick(List<Double> values, int k) {
        return values.isEmpty() ? "" : Double.toString(values.get(Math.min(k, values.size() - 1)));
    }

    private static String quote(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
