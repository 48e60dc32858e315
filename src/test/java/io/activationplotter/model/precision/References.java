package io.activationplotter.model.precision;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the CSV files written by {@code tools/precision/generate_precision_reference.py}. */
final class References {

    private References() {
    }

    /**
     * @param name  the file name under this package's resources, for example {@code rounding.csv}.
     * @return the rows after the header, split at commas.
     */
    static List<String[]> rows(String name) {
        try (InputStream in = References.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing reference " + name
                        + "; run tools/precision/generate_precision_reference.py");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> rows = new ArrayList<>();
            r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                rows.add(line.split(",", -1));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the number, with Python's spellings of the special values. */
    static double number(String s) {
        switch (s) {
            case "inf": return Double.POSITIVE_INFINITY;
            case "-inf": return Double.NEGATIVE_INFINITY;
            case "nan": return Double.NaN;
            default: return Double.parseDouble(s);
        }
    }
}
