package io.activationplotter.ui.export;

import io.activationplotter.chart.ChartLook.Theme;
import io.activationplotter.chart.FigureSpec;
import io.activationplotter.chart.LegendPosition;
import io.activationplotter.export.ExportFormat;
import io.activationplotter.export.ExportOptions;
import io.activationplotter.ui.Messages;
import io.activationplotter.ui.NumberText;
import io.activationplotter.ui.plot.PlotViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The export dialog's state: typed width, height and file, the format (kept in step with the file's
 * extension) and the figure's look — title, legend, theme, background, PNG scale, derivatives —
 * the same choices as the command line's {@code export}. Everything is checked on every change; the
 * dialog binds its fields to the inputs and its OK button to {@link #validProperty()}, and
 * {@link #export(PlotViewModel)} checks again before writing. Kept between dialogs.
 */
public final class ExportViewModel {

    /** What title the figure gets. */
    public enum TitleChoice {
        /** The function names, as on the command line. */
        DEFAULT,
        /** No title. */
        NONE,
        /** The text typed in {@link #customTitleProperty()}. */
        CUSTOM
    }

    /** The default width in pixels. */
    public static final int DEFAULT_WIDTH = 1600;
    /** The default height in pixels. */
    public static final int DEFAULT_HEIGHT = 1000;
    /** The smallest width or height. */
    public static final int MIN_SIZE = 16;

    private final Messages text;
    private final StringProperty widthText = new SimpleStringProperty(this, "widthText", "" + DEFAULT_WIDTH);
    private final StringProperty heightText = new SimpleStringProperty(this, "heightText", "" + DEFAULT_HEIGHT);
    private final StringProperty fileText = new SimpleStringProperty(this, "fileText", "");
    private final StringProperty folder = new SimpleStringProperty(this, "folder", "");
    private final IntegerProperty scale = new SimpleIntegerProperty(this, "scale", 1);
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark");
    private final BooleanProperty transparent = new SimpleBooleanProperty(this, "transparent");
    private final ReadOnlyStringWrapper pixels = new ReadOnlyStringWrapper(this, "pixels", "");
    private final ReadOnlyBooleanWrapper widthError = new ReadOnlyBooleanWrapper(this, "widthError");
    private final ReadOnlyBooleanWrapper heightError = new ReadOnlyBooleanWrapper(this, "heightError");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ObjectProperty<ExportFormat> format = new SimpleObjectProperty<>(this, "format", ExportFormat.PNG);
    private final ObjectProperty<TitleChoice> titleChoice = new SimpleObjectProperty<>(this, "titleChoice",
            TitleChoice.DEFAULT);
    private final StringProperty customTitle = new SimpleStringProperty(this, "customTitle", "");
    private final ObjectProperty<LegendPosition> legend = new SimpleObjectProperty<>(this, "legend",
            LegendPosition.BOTTOM);
    private final BooleanProperty derivatives = new SimpleBooleanProperty(this, "derivatives", true);
    private final ReadOnlyBooleanWrapper fileError = new ReadOnlyBooleanWrapper(this, "fileError");
    private final ReadOnlyBooleanWrapper scaleEnabled = new ReadOnlyBooleanWrapper(this, "scaleEnabled", true);
    private String writeFailure;
    private boolean syncing;

    /**
     * Creates the settings with the defaults: 1600 × 1000, PNG at 1×, light, the default title, the
     * legend at the bottom, derivatives shown.
     *
     * @param text  the strings ({@code null} not permitted).
     */
    public ExportViewModel(Messages text) {
        this.text = text;
        widthText.addListener((obs, old, now) -> check());
        heightText.addListener((obs, old, now) -> check());
        fileText.addListener((obs, old, now) -> fileChanged());
        scale.addListener((obs, old, now) -> check());
        format.addListener((obs, old, now) -> formatChanged(now));
        check();
    }

    /** @return the file format (input); choosing one changes the file's extension, and typing an extension chooses one. */
    public ObjectProperty<ExportFormat> formatProperty() {
        return format;
    }

    /** @return which title the figure gets (input). */
    public ObjectProperty<TitleChoice> titleChoiceProperty() {
        return titleChoice;
    }

    /** @return the title typed for {@link TitleChoice#CUSTOM} (input); blank gives the default title. */
    public StringProperty customTitleProperty() {
        return customTitle;
    }

    /** @return where the legend goes, or {@link LegendPosition#NONE} (input). */
    public ObjectProperty<LegendPosition> legendProperty() {
        return legend;
    }

    /** @return whether f′ is drawn beside f (input). */
    public BooleanProperty derivativesProperty() {
        return derivatives;
    }

    /** @return whether the file is rejected (no name, no such folder, unknown extension, not writable). */
    public ReadOnlyBooleanProperty fileErrorProperty() {
        return fileError.getReadOnlyProperty();
    }

    /** @return whether the scale applies: PNG only (vector formats and CSV have no pixels). */
    public ReadOnlyBooleanProperty scaleEnabledProperty() {
        return scaleEnabled.getReadOnlyProperty();
    }

    /** @return the typed width in pixels (input). */
    public StringProperty widthTextProperty() {
        return widthText;
    }

    /** @return the typed height in pixels (input). */
    public StringProperty heightTextProperty() {
        return heightText;
    }

    /** @return the typed or chosen file (input); ".png" is added when there is no extension. */
    public StringProperty fileTextProperty() {
        return fileText;
    }

    /** @return the PNG pixel density: 1, 2 or 3 (input). */
    public IntegerProperty scaleProperty() {
        return scale;
    }

    /** @return whether the figure uses the dark theme (input). */
    public BooleanProperty darkProperty() {
        return dark;
    }

    /** @return whether the background is left transparent (input). */
    public BooleanProperty transparentProperty() {
        return transparent;
    }

    /** @return the image size in pixels, for example {@code 3200 × 2000 px}, or empty when invalid. */
    public ReadOnlyStringProperty pixelsProperty() {
        return pixels.getReadOnlyProperty();
    }

    /** @return whether the width is rejected. */
    public ReadOnlyBooleanProperty widthErrorProperty() {
        return widthError.getReadOnlyProperty();
    }

    /** @return whether the height is rejected. */
    public ReadOnlyBooleanProperty heightErrorProperty() {
        return heightError.getReadOnlyProperty();
    }

    /** @return whether everything is acceptable. */
    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** @return what to fix, or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** @return the folder the file chooser opens in and new file names are suggested in (empty: the home folder). */
    public StringProperty folderProperty() {
        return folder;
    }

    /**
     * Returns the folder to suggest files in: the typed file's folder, else the remembered folder.
     *
     * @return the folder, if it exists.
     */
    public Optional<Path> folder() {
        Optional<Path> typed = target().map(p -> p.toAbsolutePath().getParent());
        if (typed.isPresent() && Files.isDirectory(typed.get())) {
            return typed;
        }
        try {
            Path f = folder.get().isBlank() ? null : Path.of(folder.get());
            return f != null && Files.isDirectory(f) ? Optional.of(f) : Optional.empty();
        } catch (java.nio.file.InvalidPathException e) {
            return Optional.empty();
        }
    }

    /**
     * Suggests a file if none is typed yet.
     *
     * @param file  the suggestion ({@code null} not permitted).
     */
    public void suggestFile(Path file) {
        if (fileText.get().isBlank()) {
            String name = file.getFileName().toString();
            int dot = name.lastIndexOf('.');
            String stem = dot > 0 ? name.substring(0, dot) : name;
            fileText.set(file.resolveSibling(stem + "." + format.get().extension()).toString());
        }
    }

    /** @return the options for the typed size, if valid. */
    public Optional<ExportOptions> options() {
        OptionalDouble w = size(widthText.get());
        OptionalDouble h = size(heightText.get());
        if (w.isEmpty() || h.isEmpty()) {
            return Optional.empty();
        }
        long pw = (long) w.getAsDouble() * scale.get();
        long ph = (long) h.getAsDouble() * scale.get();
        if (pw * ph > ExportOptions.MAX_PIXELS) {
            return Optional.empty();
        }
        ExportOptions o = ExportOptions.of((int) w.getAsDouble(), (int) h.getAsDouble()).withScale(pngScale())
                .withTheme(dark.get() ? Theme.DARK : Theme.LIGHT).withTransparent(transparent.get())
                .withLegend(legend.get());
        return Optional.of(switch (titleChoice.get()) {
            case NONE -> o.withoutTitle();
            case CUSTOM -> o.withTitle(customTitle.get().isBlank() ? null : customTitle.get().strip());
            default -> o.withTitle(null);
        });
    }

    /**
     * Returns the figure to write: the one on screen, with derivatives as chosen here.
     *
     * @param onScreen  the plot's figure ({@code null} not permitted).
     * @return the figure.
     */
    public FigureSpec figure(FigureSpec onScreen) {
        return new FigureSpec(onScreen.curves(), onScreen.selected(), onScreen.xMin(), onScreen.xMax(),
                onScreen.threshold(), derivatives.get());
    }

    /**
     * Checks everything, then writes the plot's figure (its visible range) with these settings. On a
     * problem nothing is written and {@link #problemProperty()} says why, so the dialog can stay open.
     *
     * @param plot  the plot ({@code null} not permitted).
     * @return {@code null} when written, else why not.
     */
    public String export(PlotViewModel plot) {
        writeFailure = null;
        check();
        if (!valid.get()) {
            return problem.get();
        }
        String why = new ExportWriter(text, plot.messages(), this).write(figure(plot.specProperty().get()),
                plot.chart().getLabels(), target().orElseThrow(), options().orElseThrow());
        if (why != null) {
            writeFailure = text.get("export.failed", target().orElseThrow().getFileName(), why);
            check();
        }
        return why;
    }

    private int pngScale() {
        return format.get() == ExportFormat.PNG ? scale.get() : 1;
    }

    /** @return the target file, with ".png" added when the name has no extension, if one is typed. */
    public Optional<Path> target() {
        String f = fileText.get().strip();
        if (f.isEmpty()) {
            return Optional.empty();
        }
        Path p;
        try {
            p = Path.of(f);
        } catch (java.nio.file.InvalidPathException e) {
            return Optional.empty();
        }
        Path name = p.getFileName();
        if (name == null) {
            return Optional.empty();
        }
        if (!name.toString().contains(".")) {
            p = p.resolveSibling(name + "." + format.get().extension());
        }
        return Optional.of(p);
    }

    private void fileChanged() {
        writeFailure = null;
        if (!syncing) {
            target().flatMap(ExportFiles::formatOf).ifPresent(f -> {
                syncing = true;
                try {
                    format.set(f);
                } finally {
                    syncing = false;
                }
            });
        }
        check();
    }

    /** A chosen format replaces the typed file's extension (or adds one). */
    private void formatChanged(ExportFormat now) {
        scaleEnabled.set(now == ExportFormat.PNG);
        String f = fileText.get().strip();
        if (!syncing && !f.isEmpty()) {
            syncing = true;
            try {
                fileText.set(ExportFiles.withExtension(f, now));
            } finally {
                syncing = false;
            }
        }
        check();
    }

    private void check() {
        widthError.set(size(widthText.get()).isEmpty());
        heightError.set(size(heightText.get()).isEmpty());
        String fileProblem = ExportFiles.problem(target(), fileText.get(), text);
        fileError.set(fileProblem != null || writeFailure != null);
        String why = "";
        if (widthError.get() || heightError.get()) {
            why = text.get("export.sizeError", text.get(widthError.get() ? "export.width" : "export.height"),
                    String.valueOf(MIN_SIZE), String.valueOf(ExportOptions.MAX_SIZE));
        } else if (options().isEmpty()) {
            why = text.get("export.tooManyPixels", String.valueOf(ExportOptions.MAX_PIXELS / 1_000_000));
        } else if (fileProblem != null) {
            why = fileProblem;
        } else if (writeFailure != null) {
            why = writeFailure;
        }
        problem.set(why);
        pixels.set(widthError.get() || heightError.get() || !scaleEnabled.get() ? "" : text.get("export.pixels",
                String.valueOf((long) size(widthText.get()).getAsDouble() * scale.get()),
                String.valueOf((long) size(heightText.get()).getAsDouble() * scale.get())));
        valid.set(why.isEmpty() || why.equals(writeFailure));
    }

    private static OptionalDouble size(String typed) {
        OptionalDouble v = NumberText.parse(typed);
        if (v.isEmpty() || v.getAsDouble() != Math.rint(v.getAsDouble())
                || v.getAsDouble() < MIN_SIZE || v.getAsDouble() > ExportOptions.MAX_SIZE) {
            return OptionalDouble.empty();
        }
        return v;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "ExportViewModel[%s x %s, %s]", widthText.get(), heightText.get(),
                fileText.get());
    }
}
