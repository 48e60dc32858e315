package io.activationplotter.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The file formats an export can write, chosen by the file extension. */
public enum ExportFormat {
    /** Raster image at width·scale × height·scale pixels. */
    PNG("png"),
    /** Vector image; text stays text. */
    SVG("svg"),
    /** Vector document, one page of width × height points. */
    PDF("pdf"),
    /** The plotted samples: {@code function,x,f,df}. */
    CSV("csv");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    /** @return the extension without the dot, lower case. */
    public String extension() {
        return extension;
    }

    /** @return the supported extensions for messages, for example {@code .png, .svg, .pdf, .csv}. */
    public static String supported() {
        return Arrays.stream(values()).map(f -> "." + f.extension).collect(Collectors.joining(", "));
    }

    /**
     * Returns the format for a file name, ignoring case.
     *
     * @param target  the file ({@code null} not permitted).
     * @return the format.
     * @throws IOException if the extension is missing or unknown; the message lists the supported ones.
     */
    public static ExportFormat of(Path target) throws IOException {
        Path name = target.getFileName();
        String file = name == null ? "" : name.toString();
        int dot = file.lastIndexOf('.');
        String ext = dot < 0 ? "" : file.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (ExportFormat f : values()) {
            if (f.extension.equals(ext)) {
                return f;
            }
        }
        String what = dot < 0 ? "has no file extension" : "has an unknown extension '." + ext + "'";
        throw new IOException("'" + file + "' " + what + "; supported: " + supported());
    }
}
