package io.activationplotter.ui.info;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The LaTeX of every function and its derivative, and its PyTorch call, read from
 * {@code formulas.tex}: raw TeX, one {@code key = value} per line, no escaping.
 */
public final class Formulas {

    /** The resource, next to this class. */
    public static final String RESOURCE = "formulas.tex";

    private static final Map<String, String> ENTRIES = load();

    private Formulas() {
    }

    /**
     * Returns the TeX of f(x).
     *
     * @param id  the catalogue id ({@code null} not permitted).
     * @return the TeX, or empty if there is none.
     */
    public static String function(String id) {
        return ENTRIES.getOrDefault(id + ".f", "");
    }

    /**
     * Returns the TeX of f'(x).
     *
     * @param id  the catalogue id ({@code null} not permitted).
     * @return the TeX, or empty if there is none.
     */
    public static String derivative(String id) {
        return ENTRIES.getOrDefault(id + ".df", "");
    }

    /**
     * Returns the TeX of the output range, for example {@code (0,\ 1)} or
     * {@code (-\infty,\ -\lambda) \cup \{0\} \cup (\lambda,\ +\infty)}.
     *
     * @param id  the catalogue id ({@code null} not permitted).
     * @return the TeX, or empty if there is none.
     */
    public static String range(String id) {
        return ENTRIES.getOrDefault(id + ".range", "");
    }

    /**
     * Returns the PyTorch call, for example {@code torch.nn.ELU(alpha) · F.elu}.
     *
     * @param id  the catalogue id ({@code null} not permitted).
     * @return the call, or empty if there is none.
     */
    public static String torch(String id) {
        return ENTRIES.getOrDefault(id + ".torch", "");
    }

    private static Map<String, String> load() {
        Map<String, String> m = new LinkedHashMap<>();
        try (InputStream in = Formulas.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int eq = line.indexOf(" = ");
                if (!line.isBlank() && !line.startsWith("#") && eq > 0) {
                    m.put(line.substring(0, eq).strip(), line.substring(eq + 3).strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(m);
    }
}
