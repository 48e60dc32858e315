package io.activationplotter.ui.export;

import io.activationplotter.chart.ChartLook.Theme;
import io.activationplotter.export.ExportOptions;
import io.activationplotter.ui.Messages;
import io.activationplotter.ui.NumberText;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The export dialog's state: typed width, height and file, checked on every change; the dialog binds
 * its fields to the inputs and its OK button to {@link #validProperty()}. Kept between dialogs.
 */
public final class ExportViewModel {

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

    public ExportViewModel(Messages text) {
        this.text = text;
        widthText.addListener((obs, old, now) -> check());
        heightText.addListener((obs, old, now) -> check());
        fileText.addListener((obs, old, now) -> check());
        scale.addListener((obs, old, now) -> check());
        check();
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
        if (typed.isPresent() && java.nio.file.Files.isDirectory(typed.get())) {
            return typed;
        }
        try {
            Path f = folder.get().isBlank() ? null : Path.of(folder.get());
            return f != null && java.nio.file.Files.isDirectory(f) ? Optional.of(f) : Optional.empty();
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
            fileText.set(file.toString());
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
        return Optional.of(ExportOptions.of((int) w.getAsDouble(), (int) h.getAsDouble()).withScale(scale.get())
                .withTheme(dark.get() ? Theme.DARK : Theme.LIGHT).withTransparent(transparent.get()));
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
        String name = p.getFileName().toString();
        if (!name.contains(".")) {
            p = p.resolveSibling(name + ".png");
        }
        return Optional.of(p);
    }

    private void check() {
        widthError.set(size(widthText.get()).isEmpty());
        heightError.set(size(heightText.get()).isEmpty());
        String why = "";
        if (widthError.get() || heightError.get()) {
            why = text.get("export.sizeError", text.get(widthError.get() ? "export.width" : "export.height"),
                    String.valueOf(MIN_SIZE), String.valueOf(ExportOptions.MAX_SIZE));
        } else if (options().isEmpty()) {
            why = text.get("export.tooManyPixels", String.valueOf(ExportOptions.MAX_PIXELS / 1_000_000));
        } else if (target().isEmpty()) {
            why = text.get("export.fileMissing");
        }
        problem.set(why);
        pixels.set(widthError.get() || heightError.get() ? "" : text.get("export.pixels",
                String.valueOf((long) size(widthText.get()).getAsDouble() * scale.get()),
                String.valueOf((long) size(heightText.get()).getAsDouble() * scale.get())));
        valid.set(why.isEmpty());
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
