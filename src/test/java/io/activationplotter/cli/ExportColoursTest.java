package io.activationplotter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.activationplotter.chart.ChartLook.Theme;
import io.activationplotter.chart.Palette;
import java.awt.Color;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line draws each function in its own colour, as the GUI does, in both themes. */
class ExportColoursTest {

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    @Test
    void reluIsVermillionWhereverItIsListed() throws IOException {
        String first = svg("relu,tanh", "light");
        String second = svg("sigmoid,relu", "light");

        assertThat(first).contains(stroke(Palette.VERMILLION.color(Theme.LIGHT)))
                .contains(stroke(Palette.GREEN.color(Theme.LIGHT)));
        assertThat(second).contains(stroke(Palette.VERMILLION.color(Theme.LIGHT)))
                .contains(stroke(Palette.BLUE.color(Theme.LIGHT)));
        // no curve of the light theme's blue in the first: it is not drawn by index
        assertThat(first).doesNotContain(stroke(Palette.BLUE.color(Theme.LIGHT)));
    }

    @Test
    void theDarkThemeKeepsTheHueAdjustedForContrast() throws IOException {
        String dark = svg("tanh,relu", "dark");

        assertThat(dark).contains(stroke(Palette.VERMILLION.color(Theme.DARK)))
                .contains(stroke(Palette.GREEN.color(Theme.DARK)))
                .doesNotContain(stroke(Palette.VERMILLION.color(Theme.LIGHT)));
    }

    private String svg(String functions, String theme) throws IOException {
        Path file = dir.resolve(functions.replace(',', '-') + "-" + theme + ".svg");
        int code = Cli.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), "export",
                "--function", functions, "--theme", theme, "--size", "600x400", "--out", file.toString());
        assertThat(code).as(err.toString()).isZero();
        return Files.readString(file).replace(" ", "");
    }

    private static String stroke(Color c) {
        return "stroke:rgb(" + c.getRed() + "," + c.getGreen() + "," + c.getBlue() + ")";
    }
}
