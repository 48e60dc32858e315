package io.activationplotter.settings;

import io.activationplotter.export.AtomicFiles;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Loads and saves the {@link SessionState} as a small properties file under the user's config folder.
 * A missing file gives the defaults; an unreadable or corrupt file, or a bad entry in it, is ignored
 * with a warning (see {@link #warnings()}) so the app always starts. Saving is atomic.
 */
public final class SettingsStore {

    private final Path file;
    private final List<String> warnings = new ArrayList<>();

    /**
     * Creates a store.
     *
     * @param file  the settings file ({@code null} not permitted).
     */
    public SettingsStore(Path file) {
        this.file = file;
    }

    /**
     * Returns the default settings file: {@code $XDG_CONFIG_HOME/activation-plotter/settings.properties},
     * else {@code ~/.config/...} ({@code %APPDATA%} on Windows, {@code ~/Library/Application Support} on macOS).
     *
     * @return the path.
     */
    public static Path defaultFile() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String home = System.getProperty("user.home", ".");
        Path base;
        if (os.contains("win") && System.getenv("APPDATA") != null) {
            base = Path.of(System.getenv("APPDATA"));
        } else if (os.contains("mac")) {
            base = Path.of(home, "Library", "Application Support");
        } else if (System.getenv("XDG_CONFIG_HOME") != null && !System.getenv("XDG_CONFIG_HOME").isBlank()) {
            base = Path.of(System.getenv("XDG_CONFIG_HOME"));
        } else {
            base = Path.of(home, ".config");
        }
        return base.resolve("activation-plotter").resolve("settings.properties");
    }

    /** @return the settings file. */
    public Path file() {
        return file;
    }

    /** @return the warnings of the last {@link #load()} (empty when all was well). */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    /**
     * Loads the state; never throws.
     *
     * @return the saved state, with defaults for anything missing or bad.
     */
    public SessionState load() {
        warnings.clear();
        if (!Files.exists(file)) {
            return SessionState.DEFAULTS;
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException | IllegalArgumentException e) {
            warnings.add("ignored unreadable settings file " + file + ": " + e.getMessage());
            return SessionState.DEFAULTS;
        }
        return decode(p);
    }

    /**
     * Saves the state atomically, creating the folder if needed.
     *
     * @param state  the state ({@code null} not permitted).
     * @throws IOException if the file cannot be written.
     */
    public void save(SessionState state) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Properties p = encode(state);
        AtomicFiles.write(file, out -> p.store(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8),
                "Activation Plotter settings"));
    }

    static Properties encode(SessionState s) {
        Properties p = new Properties();
        p.setProperty("selected", s.selected());
        p.setProperty("compared", String.join(",", s.compared()));
        s.parameters().forEach((fn, values) -> values.forEach((k, v) -> p.setProperty("param." + fn + "." + k,
                Double.toString(v))));
        p.setProperty("xMin", Double.toString(s.xMin()));
        p.setProperty("xMax", Double.toString(s.xMax()));
        p.setProperty("threshold", Double.toString(s.threshold()));
        p.setProperty("showDerivatives", Boolean.toString(s.showDerivatives()));
        p.setProperty("theme", s.theme());
        p.setProperty("exportFolder", s.exportFolder());
        if (s.window() != null) {
            p.setProperty("window", String.join(",", Arrays.stream(s.window()).mapToObj(Double::toString).toList()));
        }
        return p;
    }

    private SessionState decode(Properties p) {
        SessionState d = SessionState.DEFAULTS;
        double xMin = number(p, "xMin", d.xMin());
        double xMax = number(p, "xMax", d.xMax());
        if (!(xMin < xMax)) {
            warnings.add("ignored x-range " + xMin + " … " + xMax + " (min must be below max)");
            xMin = d.xMin();
            xMax = d.xMax();
        }
        double threshold = number(p, "threshold", d.threshold());
        if (!(threshold > 0)) {
            warnings.add("ignored threshold " + threshold);
            threshold = d.threshold();
        }
        String compared = p.getProperty("compared", "");
        List<String> ids = compared.isBlank() ? List.of() : List.of(compared.split(","));
        return new SessionState(p.getProperty("selected", d.selected()), ids, parameters(p), xMin, xMax, threshold,
                Boolean.parseBoolean(p.getProperty("showDerivatives", "true")), p.getProperty("theme", d.theme()),
                p.getProperty("exportFolder", ""), window(p));
    }

    private Map<String, Map<String, Double>> parameters(Properties p) {
        Map<String, Map<String, Double>> m = new LinkedHashMap<>();
        for (String key : p.stringPropertyNames()) {
            String[] parts = key.split("\\.", 3);
            if (parts.length == 3 && parts[0].equals("param")) {
                double v = number(p, key, Double.NaN);
                if (Double.isFinite(v)) {
                    m.computeIfAbsent(parts[1], k -> new LinkedHashMap<>()).put(parts[2], v);
                }
            }
        }
        return m;
    }

    private double[] window(Properties p) {
        String w = p.getProperty("window");
        if (w == null) {
            return null;
        }
        try {
            double[] v = Arrays.stream(w.split(",")).mapToDouble(Double::parseDouble).toArray();
            if (v.length == 4 && Arrays.stream(v).allMatch(Double::isFinite) && v[2] > 0 && v[3] > 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        warnings.add("ignored window bounds '" + w + "'");
        return null;
    }

    private double number(Properties p, String key, double fallback) {
        String text = p.getProperty(key);
        if (text == null) {
            return fallback;
        }
        try {
            double v = Double.parseDouble(text.trim());
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        warnings.add("ignored " + key + "='" + text + "' (not a finite number)");
        return fallback;
    }
}
