package io.activationplotter.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Collects benchmark output as Markdown, echoing it to standard output. */
final class Report {

    private final StringBuilder text = new StringBuilder();

    void section(String title) {
        line("");
        line("## " + title);
        line("");
    }

    void line(String s) {
        System.out.println(s);
        System.out.flush();
        text.append(s).append('\n');
    }

    void save(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
