package io.activationplotter.ui.export;

import io.activationplotter.export.ExportFormat;
import io.activationplotter.ui.Messages;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The export dialog's file checks and extension handling; see {@link ExportViewModel}. */
final class ExportFiles {

    private ExportFiles() {
    }

    /**
     * Says why a file cannot be written, without writing anything: no name, an unknown extension,
     * no such folder, a folder in its place, or no permission.
     *
     * @param t      the file, if the typed name is one.
     * @param typed  the typed name.
     * @param text   the strings.
     * @return the reason, or {@code null} if the file can be written.
     */
    static String problem(Optional<Path> t, String typed, Messages text) {
        if (t.isEmpty()) {
            return text.get(typed.isBlank() ? "export.fileMissing" : "export.fileInvalid", typed);
        }
        Path abs = t.get().toAbsolutePath().normalize();
        Path dir = abs.getParent();
        if (formatOf(abs).isEmpty()) {
            return text.get("export.unknownExtension", abs.getFileName(), ExportFormat.supported());
        }
        if (dir == null || !Files.isDirectory(dir)) {
            return text.get("export.noFolder", dir == null ? abs : dir);
        }
        if (Files.isDirectory(abs)) {
            return text.get("export.isFolder", abs);
        }
        if (!Files.isWritable(dir) || Files.exists(abs) && !Files.isWritable(abs)) {
            return text.get("export.readOnly", Files.exists(abs) ? abs : dir);
        }
        return null;
    }

    /**
     * @param p  the file.
     * @return the format its extension names, if any.
     */
    static Optional<ExportFormat> formatOf(Path p) {
        try {
            return Optional.of(ExportFormat.of(p));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Replaces a typed file's extension with a format's (or adds it).
     *
     * @param typed   the typed file name.
     * @param format  the format.
     * @return the name with the format's extension.
     */
    static String withExtension(String typed, ExportFormat format) {
        int slash = Math.max(typed.lastIndexOf('/'), typed.lastIndexOf(File.separatorChar));
        int dot = typed.lastIndexOf('.');
        String stem = dot > slash ? typed.substring(0, dot) : typed;
        return stem + "." + format.extension();
    }
}
