package io.activationplotter.ui;

import io.activationplotter.export.ExportOptions;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
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
    private final ReadOnlyBooleanWrapper widthError = new ReadOnlyBooleanWrapper(this, "widthError");
    private final ReadOnlyBooleanWrapper heightError = new ReadOnlyBooleanWrapper(this, "heightError");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    ExportViewModel(Messages text) {
        this.text = text;
        widthText.addListener((obs, old, now) -> check());
        heightText.addListener((obs, old, now) -> check());
        fileText.addListener((obs, old, now) -> check());
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
        return Optional.of(ExportOptions.of((int) w.getAsDouble(), (int) h.getAsDouble()));
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
        } else if (target().isEmpty()) {
            why = text.get("export.fileMissing");
        }
        problem.set(why);
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
