package io.activationplotter.settings;

import io.activationplotter.export.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * Loads and saves the {@link SessionState} as a small properties file under the user's config folder.
 * A missing file gives the defaults; an unreadable file gives the defaults, and a bad entry in a
 * readable one its own default, with a warning naming it (see {@link #warnings()}), so the app always
 * starts with as much of the session as can be read. Saving is atomic.
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
     * Loads the state; never throws. Each entry is read on its own: one that cannot be read, or holds a
     * bad value, falls back to its default with a warning naming it, and the others are kept.
     *
     * @return the saved state, with defaults for anything missing or bad.
     */
    public SessionState load() {
        warnings.clear();
        if (!Files.exists(file)) {
            return SessionState.DEFAULTS;
        }
        String content;
        try {
            // decoded leniently: a byte that is not UTF-8 spoils one character, not the file
            content = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            warnings.add("ignored unreadable settings file " + file + ": " + e.getMessage());
            return SessionState.DEFAULTS;
        }
        return decode(entries(content));
    }

    /**
     * Saves the state atomically, creating the folder if needed.
     *
     * @param state  the state ({@code null} not permitted).
     * @throws IOException if the file cannot be written.
     */
    public void save(SessionState state) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new IOException("could not create the folder " + folder, e);
        }
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
        ViewState v = s.view();
        put(p, "language", v.language());
        p.setProperty("controlsShown", Boolean.toString(v.controlsShown()));
        p.setProperty("infoShown", Boolean.toString(v.infoShown()));
        put(p, "tab", v.tab());
        ClassroomState c = s.classroom();
        put(p, "depth.layers", c.depthLayers());
        put(p, "depth.functions", c.depthFunctions());
        put(p, "chain.stages", c.chainStages());
        put(p, "eval.input", c.evalInput());
        put(p, "eval.source", c.evalSource());
        put(p, "softmax.logits", c.softmaxLogits());
        put(p, "softmax.temperature", c.softmaxTemperature());
        put(p, "softmax.z", c.softmaxZ());
        return p;
    }

    /** Writes an entry unless its value is {@code null} (not saved); a list is written comma-separated. */
    private static void put(Properties p, String key, Object value) {
        if (value instanceof List<?> list) {
            p.setProperty(key, String.join(",", list.stream().map(String::valueOf).toList()));
        } else if (value != null) {
            p.setProperty(key, value.toString());
        }
    }

    private Entries entries(String content) {
        return new Entries(content, warnings);
    }

    private SessionState decode(Entries p) {
        SessionState d = SessionState.DEFAULTS;
        double xMin = p.number("xMin", d.xMin());
        double xMax = p.number("xMax", d.xMax());
        if (!(xMin < xMax)) {
            warnings.add("ignored x-range " + xMin + " \u2026 " + xMax + " (min must be below max)");
            xMin = d.xMin();
            xMax = d.xMax();
        }
        double threshold = p.number("threshold", d.threshold());
        if (!(threshold > 0)) {
            warnings.add("ignored threshold " + threshold);
            threshold = d.threshold();
        }
        List<String> ids = Objects.requireNonNullElse(p.list("compared"), List.of());
        return new SessionState(p.text("selected", d.selected()), ids, parameters(p), xMin, xMax, threshold,
                p.bool("showDerivatives", d.showDerivatives()), p.text("theme", d.theme()),
                p.text("exportFolder", ""), window(p), view(p), classroom(p));
    }

    private static ViewState view(Entries p) {
        ViewState d = ViewState.DEFAULTS;
        return new ViewState(p.text("language"), p.bool("controlsShown", d.controlsShown()),
                p.bool("infoShown", d.infoShown()), p.text("tab"));
    }

    private static ClassroomState classroom(Entries p) {
        return new ClassroomState(p.integer("depth.layers"), p.list("depth.functions"), p.list("chain.stages"),
                p.text("eval.input"), p.word("eval.source", "function", "chain"), p.text("softmax.logits"),
                p.number("softmax.temperature"), p.number("softmax.z"));
    }

    private Map<String, Map<String, Double>> parameters(Entries p) {
        Map<String, Map<String, Double>> m = new LinkedHashMap<>();
        for (String key : p.keys()) {
            String[] parts = key.split("\\.", 3);
            if (parts.length == 3 && parts[0].equals("param")) {
                Double v = p.number(key);
                if (v != null) {
                    m.computeIfAbsent(parts[1], k -> new LinkedHashMap<>()).put(parts[2], v);
                }
            }
        }
        return m;
    }

    private double[] window(Entries p) {
        String w = p.text("window");
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
        p.warn("window", w, "not four numbers x, y, width, height");
        return null;
    }
}
