package io.activationplotter.cli;

import io.activationplotter.export.AtomicFiles;
import io.activationplotter.export.ExportFormat;
import io.activationplotter.export.ExportOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The {@code index.html} of a gallery: one figure per function with its name, linked relatively to
 * the file beside it, in plain HTML5 with every name escaped.
 */
final class GalleryIndex {

    /** The name of the index file. */
    static final String FILE_NAME = "index.html";

    /** The width of a thumbnail in the index, in CSS pixels. */
    private static final int THUMBNAIL_WIDTH = 480;

    private GalleryIndex() {
    }

    /**
     * Writes the index atomically.
     *
     * @param target   the file.
     * @param figures  the figures written, in order.
     * @param format   their format.
     * @param options  their size.
     * @throws IOException if the write fails (the message says why).
     */
    static void write(Path target, List<GalleryFigures.Figure> figures, ExportFormat format, ExportOptions options)
            throws IOException {
        byte[] html = html(figures, format, options).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(target, out -> out.write(html));
    }

    /**
     * Builds the page.
     *
     * @param figures  the figures, in order.
     * @param format   their format.
     * @param options  their size.
     * @return the HTML text.
     */
    static String html(List<GalleryFigures.Figure> figures, ExportFormat format, ExportOptions options) {
        int w = THUMBNAIL_WIDTH;
        int h = (int) Math.round((double) THUMBNAIL_WIDTH * options.height() / options.width());
        StringBuilder s = new StringBuilder(256 + 300 * figures.size());
        s.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n")
                .append("<title>Activation functions</title>\n<style>\n")
                .append("body { font-family: sans-serif; margin: 1.5em; }\n")
                .append("main { display: flex; flex-wrap: wrap; gap: 1.5em; }\n")
                .append("figure { margin: 0; }\nfigcaption { text-align: center; margin-top: 0.3em; }\n")
                .append("img, object { display: block; max-width: 100%; height: auto; border: 1px solid #ddd; }\n")
                .append("</style>\n</head>\n<body>\n<h1>Activation functions</h1>\n<main>\n");
        for (GalleryFigures.Figure f : figures) {
            String file = f.fileName(format);
            String href = escape(pathSegment(file));
            String name = escape(f.type().displayName());
            s.append("<figure id=\"").append(escape(f.type().id())).append("\">\n<a href=\"").append(href)
                    .append("\">");
            if (format == ExportFormat.PDF) {
                s.append("<object data=\"").append(href).append("\" type=\"application/pdf\" width=\"").append(w)
                        .append("\" height=\"").append(h).append("\">").append(name).append(" (PDF)</object>");
            } else {
                s.append("<img src=\"").append(href).append("\" alt=\"").append(name).append("\" width=\"")
                        .append(w).append("\" height=\"").append(h).append("\" loading=\"lazy\" />");
            }
            s.append("</a>\n<figcaption>").append(name).append(" <code>").append(escape(f.type().id()))
                    .append("</code></figcaption>\n</figure>\n");
        }
        return s.append("</main>\n</body>\n</html>\n").toString();
    }

    /**
     * Escapes text for HTML content and double-quoted attributes.
     *
     * @param text  the text.
     * @return the text with {@code & < > " '} replaced by character references.
     */
    static String escape(String text) {
        StringBuilder s = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append("&quot;");
                case '\'' -> s.append("&#39;");
                default -> s.append(c);
            }
        }
        return s.toString();
    }

    /** Percent-encodes a file name for a relative URL (UTF-8), keeping letters, digits and {@code - . _ ~}. */
    private static String pathSegment(String name) {
        StringBuilder s = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
                s.append(c);
            } else {
                s.append('%').append(String.format(Locale.ROOT, "%02X", (int) c));
            }
        }
        return s.toString();
    }
}
