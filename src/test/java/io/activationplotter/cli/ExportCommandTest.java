package io.activationplotter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExportCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void writesThePngAtTheRequestedSize() throws IOException {
        Path file = dir.resolve("fig.png");

        int code = run("export", "--function", "sigmoid", "--function", "leaky_relu", "--param", "negative_slope=0.1",
                "--range", "-6,6", "--threshold", "0.05", "--size", "1600x1000", "--out", file.toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(err.toString()).isEmpty();
        assertThat(out.toString()).contains("wrote " + file).contains("1600x1000");
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo(1600);
        assertThat(image.getHeight()).isEqualTo(1000);
    }

    @Test
    void scaleMultipliesThePixels() throws IOException {
        Path file = dir.resolve("fig.png");

        int code = run("export", "--function", "tanh", "--size", "400x300", "--scale", "3", "--theme", "dark",
                "--transparent", "--legend", "right", "--no-title", "--out", file.toString());

        assertThat(code).as(err.toString()).isZero();
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(image.getHeight()).isEqualTo(900);
        assertThat(image.getRGB(0, 0) >>> 24).isZero();
    }

    @Test
    void scaleMayBeWrittenWithAnX() throws IOException {
        Path file = dir.resolve("fig.png");

        assertThat(run("export", "--function", "tanh", "--size", "100x50", "--scale", "2x", "--out", file.toString()))
                .isZero();

        assertThat(ImageIO.read(file.toFile()).getWidth()).isEqualTo(200);
    }

    @Test
    void theCsvHasTheParameterApplied() throws IOException {
        Path file = dir.resolve("data.csv");

        int code = run("export", "--function", "relu,leaky_relu", "--param", "negative_slope=0.25", "--range=-2,2",
                "--out", file.toString());

        assertThat(code).as(err.toString()).isZero();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("function,x,f,df");
        assertThat(lines).contains("relu,-2.0,0.0,0.0", "leaky_relu,-2.0,-0.5,0.25");
    }

    @Test
    void svgAndPdfFollowTheExtension() throws IOException {
        Path svg = dir.resolve("fig.svg");
        Path pdf = dir.resolve("fig.pdf");

        assertThat(run("export", "--function", "elu", "--title", "ELU, α = 1", "--out", svg.toString())).isZero();
        assertThat(run("export", "--function", "elu", "--size", "500x300", "--out", pdf.toString())).isZero();

        assertThat(Files.readString(svg)).contains("<svg").contains(">ELU, α = 1</text>");
        assertThat(new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1)).startsWith("%PDF")
                .contains("/MediaBox [0.0 0.0 500.0 300.0]");
    }

    @Test
    void theAutomaticTitleShowsTheParametersGiven() throws IOException {
        Path file = dir.resolve("fig.svg");

        assertThat(run("export", "--function", "sigmoid,leaky_relu", "--param", "negative_slope=0.1", "--out",
                file.toString())).isZero();

        assertThat(Files.readString(file)).contains(">Sigmoid, Leaky ReLU (negative_slope = 0.1)</text>");
    }

    @Test
    void noTitleMeansNoTitle() throws IOException {
        Path file = dir.resolve("fig.svg");

        assertThat(run("export", "--function", "sigmoid,relu", "--no-title", "--out", file.toString())).isZero();

        assertThat(Files.readString(file)).doesNotContain(">Sigmoid, ReLU</text>").contains(">Sigmoid</text>");
    }

    @Test
    void selectChoosesTheShadedFunction() throws IOException {
        Path file = dir.resolve("fig.svg");

        assertThat(run("export", "--function", "sigmoid,relu", "--select", "ReLU", "--out", file.toString())).isZero();

        assertThat(Files.readString(file)).contains("ReLU saturated where |f′| &lt; 0.05: x &lt; 0")
                .doesNotContain("Sigmoid saturated");
    }

    @Test
    void noDerivativesLeavesThemOutOfTheLegend() throws IOException {
        Path file = dir.resolve("fig.svg");

        assertThat(run("export", "--function", "tanh", "--no-derivatives", "--out", file.toString())).isZero();

        assertThat(Files.readString(file)).contains(">Tanh</text>").doesNotContain("Tanh′");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown function        | --function=sigmoid,swishy         | --function 'swishy': unknown function",
        "range reversed          | --range=5,1                       | --range '5,1': MIN must be less than MAX",
        "range NaN               | --range=NaN,1                     | --range 'NaN,1': 'NaN' is not a number",
        "range too wide          | --range=-1e6,1e6                  | --range '-1e6,1e6': wider than 1e6",
        "range too narrow        | --range=0,1e-10                   | --range '0,1e-10': too narrow",
        "range not a pair        | --range=1                         | --range '1': expected MIN,MAX",
        "size malformed          | --size=big                        | --size 'big': expected WIDTHxHEIGHT",
        "size too small          | --size=10x10                      | --size '10x10': width and height must be",
        "threshold zero          | --threshold=0                     | --threshold '0': must be greater than 0",
        "threshold above one     | --threshold=1.5                   | --threshold '1.5': must be greater than 0",
        "scale too large         | --scale=5                         | --scale '5': must be from 1 to 4",
        "scale not a number      | --scale=x                         | --scale 'x': 'x' is not a number",
        "theme unknown           | --theme=blue                      | --theme 'blue': expected one of light, dark",
        "legend unknown          | --legend=middle                   | --legend 'middle': expected one of bottom",
        "select not listed       | --select=tanh                     | --select 'tanh': not one of the listed",
        "param no function has  | --param=alpah=2                   | --param 'alpah=2': no function has a parameter 'alpah'",
        "param malformed         | --param=alpha                     | bad --param 'alpha'",
        "param out of range      | --param=negative_slope=7          | --param for leaky_relu: negative_slope must be",
        "title and no title      | --title=T --no-title              | --title and --no-title cannot be used together",
        "pixels too many         | --size=10000x10000 --scale=4      | more than 120 million",
    })
    void badArgumentsExitTwoWithOneLineNamingThemAndWriteNothing(String what, String args, String message)
            throws IOException {
        Path file = dir.resolve("fig.png");
        List<String> all = new ArrayList<>(List.of("export", "--function", "sigmoid,leaky_relu", "--out",
                file.toString()));
        if (args.startsWith("--function")) {
            all.remove(1);
            all.remove(1);
        }
        all.addAll(List.of(args.split(" ")));

        int code = run(all.toArray(String[]::new));

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains(message);
        assertThat(err.toString().strip().lines()).hasSize(1);
        assertThat(files()).isEmpty();
    }

    @Test
    void aParameterOfAnUnlistedFunctionIsUnusedWithANoteAsInTheIssueExample() throws IOException {
        // given: the command from the issue; neither sigmoid nor relu has negative_slope
        Path file = dir.resolve("fig.png");
        // when
        int code = run("export", "--function", "sigmoid", "--function", "relu", "--param", "negative_slope=0.1",
                "--range", "-6,6", "--threshold", "0.05", "--size", "1600x1000", "--out", file.toString());
        // then
        assertThat(code).isZero();
        assertThat(err.toString()).contains("note: --param 'negative_slope=0.1' is unused");
        assertThat(ImageIO.read(file.toFile()).getWidth()).isEqualTo(1600);
    }

    @Test
    void anUnknownExtensionListsTheSupportedOnes() throws IOException {
        int code = run("export", "--function", "sigmoid", "--out", dir.resolve("fig.gif").toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).startsWith("--out ").contains("supported: .png, .svg, .pdf, .csv");
        assertThat(files()).isEmpty();
    }

    @Test
    void anUnwritableOutputExitsTwoAndWritesNothing() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("notes.txt"), "x");

        int code = run("export", "--function", "sigmoid", "--out", notAFolder.resolve("fig.png").toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).startsWith("--out ").contains("not a folder");
        assertThat(files()).containsExactly(notAFolder);
    }

    @Test
    void aMissingFolderExitsTwo() throws IOException {
        int code = run("export", "--function", "sigmoid", "--out", dir.resolve("nope/fig.svg").toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("folder does not exist");
        assertThat(files()).isEmpty();
    }

    @Test
    void missingOutIsAUsageError() {
        assertThat(run("export", "--function", "sigmoid")).isEqualTo(2);
        assertThat(err.toString()).contains("--out");
    }

    @Test
    void helpListsTheOptions() {
        assertThat(run("export", "--help")).isZero();
        assertThat(out.toString()).contains("--function", "--param", "--range", "--threshold", "--size", "--scale",
                "--theme", "--transparent", "--title", "--no-title", "--legend", "--no-derivatives", "--select",
                "--out");
    }

    private int run(String... args) {
        return Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }
}
