package io.activationplotter.settings;

import io.activationplotter.export.AtomicFiles;
import io.activationplotter.model.ActivationType;
import io.activationplotter.model.Catalogue;
import io.activationplotter.model.expr.CustomDefinition;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Loads and saves the {@link SessionState} as a small properties file under the user's config folder.
 * A missing file gives the defaults. A bad entry in a readable file gets its own default and the
 * others are kept; an entry that cannot be read at all (not UTF-8, a malformed escape) is left out,
 * and the file as it was is kept beside it as {@code settings.properties.bad} before anything is
 * saved over it. A file that cannot be read at all (a folder, a FIFO, a device, over
 * {@link SettingsReader#MAX_BYTES}, not text, or not read in time) gives the defaults and is never
 * overwritten: {@link #save} refuses. Every such case adds a warning naming it (see {@link #warnings()}).
 * Saving is atomic.
 */
public final class SettingsStore {

    /** The suffix of the copy kept of a file that could not be wholly read. */
    public static final String BAD_SUFFIX = ".bad";
    /** The most time {@link #load(Duration)} waits for the file. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(2);

    private final Path file;
    private final Function<Path, SettingsReader.Result> reader;
    private final List<String> warnings = new ArrayList<>();
    private String refusal;

    /**
     * Creates a store.
     *
     * @param file  the settings file ({@code null} not permitted).
     */
    public SettingsStore(Path file) {
        this(file, SettingsReader::read);
    }

    /** Creates a store reading the file with the given reader (tests use a slow one). */
    SettingsStore(Path file, Function<Path, SettingsReader.Result> reader) {
        this.file = Objects.requireNonNull(file, "file");
        this.reader = reader;
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
    public synchronized List<String> warnings() {
        return List.copyOf(warnings);
    }

    /** @return whether {@link #save} writes: {@code false} after a load that could not read the file. */
    public synchronized boolean isWritable() {
        return refusal == null;
    }

    /**
     * Loads the state; never throws. Each entry is read on its own: one that cannot be read, or holds a
     * bad value, falls back to its default with a warning naming it, and the others are kept.
     *
     * @return the saved state, with defaults for anything missing or bad.
     */
    public SessionState load() {
        return commit(read());
    }

    /**
     * Loads the state on another thread, waiting at most the given time (a file on a hung network
     * drive, or one that became a FIFO after it was checked, must not hold up the window); never throws.
     * After the timeout the defaults are returned, with a warning, and the file is not overwritten.
     *
     * @param timeout  the most time to wait ({@code null} not permitted).
     * @return the saved state, with defaults for anything missing or bad.
     */
    public SessionState load(Duration timeout) {
        CompletableFuture<Loaded> loading = new CompletableFuture<>();
        Thread t = new Thread(() -> loading.complete(read()), "settings-loader");
        t.setDaemon(true);
        t.start();
        try {
            return commit(loading.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            return commit(Loaded.unreadable(file, "it was not read within " + timeout.toMillis() + " ms"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return commit(Loaded.unreadable(file, "loading was interrupted"));
        } catch (ExecutionException e) {
            return commit(Loaded.unreadable(file, String.valueOf(e.getCause())));
        }
    }

    /** What one load found: the state, its warnings, and why saving must not overwrite the file (or null). */
    private record Loaded(SessionState state, List<String> warnings, String refusal) {

        static Loaded unreadable(Path file, String why) {
            String refusal = "the settings file " + file + " could not be read (" + why + ") and is left as it is";
            return new Loaded(SessionState.DEFAULTS, List.of(refusal + "; this session's changes are not saved to it"),
                    refusal);
        }
    }

    private synchronized SessionState commit(Loaded loaded) {
        warnings.clear();
        warnings.addAll(loaded.warnings());
        refusal = loaded.refusal();
        return loaded.state();
    }

    /** Reads and decodes the file, keeping a copy of it when part of it cannot be read; touches no field. */
    private Loaded read() {
        SettingsReader.Result r = reader.apply(file);
        switch (r.outcome()) {
            case MISSING:
                return new Loaded(SessionState.DEFAULTS, List.of(), null);
            case UNREADABLE:
                return Loaded.unreadable(file, r.problem());
            default:
                break;
        }
        List<String> found = new ArrayList<>();
        Decoded decoded = decode(r, found);
        SessionState state = decoded.state();
        if (decoded.unreadableLines() > 0) {
            Path copy = file.resolveSibling(file.getFileName() + BAD_SUFFIX);
            try {
                Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
                found.add("kept the file as it was in " + copy);
            } catch (IOException | RuntimeException e) {
                return new Loaded(state, found, "no copy of the settings file " + file + " could be kept in "
                        + copy + " (" + e.getMessage() + "), so it is left as it is");
            }
        }
        return new Loaded(state, found, null);
    }

    /**
     * Saves the state atomically, creating the folder if needed.
     *
     * @param state  the state ({@code null} not permitted).
     * @throws IOException if the file cannot be written.
     */
    public void save(SessionState state) throws IOException {
        String refused;
        synchronized (this) {
            refused = refusal;
        }
        if (refused != null) {
            throw new IOException("not saved: " + refused);
        }
        Path folder = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new IOException("could not create the folder " + folder, e);
        }
        byte[] text = text(encode(state)).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, out -> out.write(text));
    }

    /**
     * Returns the file's text for some entries: as {@link Properties#store(java.io.Writer, String)} writes
     * it, with control characters (which it writes raw, and the reader takes a NUL for a binary file) and
     * unpaired surrogates (which UTF-8 cannot hold)
     * written as {@code \\uXXXX} escapes, so that every value reads back as it was.
     *
     * @param p  the entries ({@code null} not permitted).
     * @return the text.
     */
    static String text(Properties p) {
        StringWriter out = new StringWriter();
        try {
            p.store(out, "Activation Plotter settings");
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        String s = out.toString();
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1))
                    || Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
            if (c != '\n' && c != '\r' && (Character.isISOControl(c) || Character.isSurrogate(c) && !paired)) {
                b.append(String.format("\\u%04X", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
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
        putCustom(p, s.custom());
        put(p, "network.setup", c.networkSetup());
        PrecisionState lens = s.precision();
        put(p, "precision.format", lens.format());
        put(p, "precision.naive", lens.naive());
        put(p, "precision.approximations", lens.approximations());
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

    /**
     * A decoded file.
     *
     * @param state            the state read, with defaults for what was missing, bad or unreadable.
     * @param unreadableLines  the number of lines that could not be read at all.
     */
    record Decoded(SessionState state, int unreadableLines) {
    }

    /**
     * Decodes the text of a file that could be read (in whole or in part); never throws.
     *
     * @param read   a {@link SettingsReader.Outcome#COMPLETE} or {@link SettingsReader.Outcome#PARTIAL} result.
     * @param found  where to add the warnings ({@code null} not permitted).
     * @return the state and how many lines were lost.
     */
    static Decoded decode(SettingsReader.Result read, List<String> found) {
        Entries entries = new Entries(read.text(), read.badLines(), found);
        return new Decoded(decode(entries, found), entries.unreadableLines());
    }

    /** The keys a settings file may hold besides {@code param.FUNCTION.NAME}. */
    private static final Set<String> KEYS = Set.of("selected", "compared", "xMin", "xMax", "threshold",
            "showDerivatives", "theme", "exportFolder", "window", "language", "controlsShown", "infoShown", "tab",
            "depth.layers", "depth.functions", "chain.stages", "eval.input", "eval.source", "softmax.logits",
            "softmax.temperature", "softmax.z", "custom.formula", "custom.params", "custom.values", "network.setup",
            "precision.format", "precision.naive", "precision.approximations");
    /** The largest window side or coordinate kept: beyond any screen (a 16K display is 15360 px wide). */
    static final double MAX_WINDOW = 16384;

    private static SessionState decode(Entries p, List<String> found) {
        SessionState d = SessionState.DEFAULTS;
        p.keys().stream().sorted().filter(k -> !KEYS.contains(k) && !k.startsWith("param."))
                .forEach(k -> found.add("ignored unknown entry " + Entries.quoted(k)));
        double xMin = p.number("xMin", d.xMin());
        double xMax = p.number("xMax", d.xMax());
        if (!(xMin < xMax)) {
            found.add("ignored x-range " + xMin + " \u2026 " + xMax + " (min must be below max)");
            xMin = d.xMin();
            xMax = d.xMax();
        }
        double threshold = p.number("threshold", d.threshold());
        if (!(threshold > 0)) {
            p.warn("threshold", Double.toString(threshold), "not above 0");
            threshold = d.threshold();
        }
        String selected = p.text("selected", d.selected());
        if (Catalogue.find(selected).isEmpty() && !CustomDefinition.ID.equals(selected)) {
            p.warn("selected", selected, "no such function");
            selected = d.selected();
        }
        List<String> ids = new ArrayList<>(Objects.requireNonNullElse(p.list("compared"), List.of()));
        if (ids.removeIf(id -> Catalogue.find(id).isEmpty())) {
            p.warn("compared", p.text("compared"), "names a function that does not exist");
        }
        String theme = Objects.requireNonNullElse(p.word("theme", "light", "dark"), d.theme());
        return new SessionState(selected, ids, parameters(p), xMin, xMax, threshold,
                p.bool("showDerivatives", d.showDerivatives()), theme, p.text("exportFolder", ""), window(p),
                view(p), classroom(p), custom(p), precision(p));
    }

    // ---------------------------------------------------------------- the custom function (issue 13)

    private static void putCustom(Properties p, CustomState c) {
        put(p, "custom.formula", c.formula());
        put(p, "custom.params", c.parameters());
        if (c.values() != null && !c.values().isEmpty()) {
            p.setProperty("custom.values", String.join(",", c.values().entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).toList()));
        }
    }

    /** The formula and declarations are checked when restored; here only the values must be numbers. */
    private static CustomState custom(Entries p) {
        String text = p.text("custom.values");
        Map<String, Double> values = text == null ? null : new LinkedHashMap<>();
        if (text != null) {
            for (String pair : text.split(",")) {
                String[] kv = pair.split("=", 2);
                try {
                    values.put(kv[0].strip(), Double.parseDouble(kv[1].strip()));
                } catch (RuntimeException e) {
                    p.warn("custom.values", text, "not NAME=NUMBER pairs");
                    values.clear();
                    break;
                }
            }
        }
        return new CustomState(p.text("custom.formula"), p.text("custom.params"), values);
    }

    private static PrecisionState precision(Entries p) {
        return new PrecisionState(p.word("precision.format", PrecisionState.FORMATS), p.bool("precision.naive"),
                p.bool("precision.approximations"));
    }

    private static ViewState view(Entries p) {
        ViewState d = ViewState.DEFAULTS;
        return new ViewState(p.text("language"), p.bool("controlsShown", d.controlsShown()),
                p.bool("infoShown", d.infoShown()), p.text("tab"));
    }

    private static ClassroomState classroom(Entries p) {
        return new ClassroomState(p.integer("depth.layers"), p.list("depth.functions"), p.list("chain.stages"),
                p.text("eval.input"), p.word("eval.source", "function", "chain"), p.text("softmax.logits"),
                p.number("softmax.temperature"), p.number("softmax.z"), p.text("network.setup"));
    }

    /** @return the stored parameters that exist and are in range, each function's together valid. */
    private static Map<String, Map<String, Double>> parameters(Entries p) {
        Map<String, Map<String, Double>> m = new LinkedHashMap<>();
        for (String key : p.keys().stream().sorted().toList()) {
            String[] parts = key.split("\\.", 3);
            if (!key.startsWith("param.")) {
                continue;
            }
            ActivationType type = parts.length == 3 ? Catalogue.find(parts[1]).orElse(null) : null;
            if (type == null || type.parameters().stream().noneMatch(s -> s.name().equals(parts[2]))) {
                p.warn(key, p.text(key), "no such parameter");
                continue;
            }
            Double v = p.number(key);
            if (v != null) {
                String error = type.parameters().stream().filter(s -> s.name().equals(parts[2])).findFirst()
                        .orElseThrow().validate(v);
                if (error != null) {
                    p.warn(key, p.text(key), error);
                } else {
                    m.computeIfAbsent(parts[1], k -> new LinkedHashMap<>()).put(parts[2], v);
                }
            }
        }
        m.entrySet().removeIf(e -> together(p, e.getKey(), e.getValue()) != null);
        return m;
    }

    /** @return the error of a function's stored parameters taken together (warned), or {@code null}. */
    private static String together(Entries p, String id, Map<String, Double> values) {
        ActivationType type = Catalogue.find(id).orElseThrow();
        Map<String, Double> all = new LinkedHashMap<>(type.defaults());
        all.putAll(values);
        String error = type.validate(all);
        if (error != null) {
            p.warn("param." + id, values.toString(), error);
        }
        return error;
    }

    private static double[] window(Entries p) {
        String w = p.text("window");
        if (w == null) {
            return null;
        }
        try {
            double[] v = Arrays.stream(w.split(",")).mapToDouble(s -> Double.parseDouble(s.trim())).toArray();
            if (v.length == 4 && Arrays.stream(v).allMatch(x -> Math.abs(x) <= MAX_WINDOW) && v[2] > 0 && v[3] > 0) {
                return v;
            }
            if (v.length == 4 && Arrays.stream(v).allMatch(Double::isFinite) && v[2] > 0 && v[3] > 0) {
                p.warn("window", w, "larger than any screen");
                return null;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        p.warn("window", w, "not four numbers x, y, width, height");
        return null;
    }
}
