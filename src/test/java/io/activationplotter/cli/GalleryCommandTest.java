package io.activationplotter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.activationplotter.model.Catalogue;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class GalleryCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesOneFilePerFunctionAndAnIndexListingEach() throws Exception {
        // given
        Path out = dir.resolve("figures");

        // when
        CliRunner.Result r = CliRunner.exec("gallery", "--function", "sigmoid,leaky_relu", "--function", "swish",
                "--size", "320x200", "--out", out.toString());

        // then
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("wrote 3 of 3 figures and index.html to " + out);
        assertThat(names(out)).containsExactlyInAnyOrder("sigmoid.png", "leaky_relu.png", "swish.png", "index.html");
        assertThat(ImageIO.read(out.resolve("swish.png").toFile()).getWidth()).isEqualTo(320);
        Document index = parse(out.resolve("index.html"));
        NodeList images = index.getElementsByTagName("img");
        List<String> sources = new ArrayList<>();
        List<String> alts = new ArrayList<>();
        for (int i = 0; i < images.getLength(); i++) {
            sources.add(((Element) images.item(i)).getAttribute("src"));
            alts.add(((Element) images.item(i)).getAttribute("alt"));
        }
        assertThat(sources).containsExactly("sigmoid.png", "leaky_relu.png", "swish.png");
        assertThat(alts).containsExactly("Sigmoid", "Leaky ReLU", "Swish (β)");
        assertThat(index.getElementsByTagName("figcaption").item(2).getTextContent()).contains("Swish (β)", "swish");
    }

    @Test
    void withoutFunctionsItDrawsTheWholeCatalogue() throws IOException {
        // when
        CliRunner.Result r = CliRunner.exec("gallery", "--size", "64x40", "--format", "svg", "--out", dir.toString());

        // then
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(names(dir)).hasSize(Catalogue.all().size() + 1).contains("gelu_tanh.svg", "index.html");
        String index = Files.readString(dir.resolve("index.html"), StandardCharsets.UTF_8);
        Catalogue.all().forEach(t -> assertThat(index).contains("src=\"" + t.id() + ".svg\""));
    }

    @Test
    void eachFigureIsTheOneExportWrites() throws IOException {
        // given
        String[] common = {"--param", "alpha=0.5", "--range", "-3,4", "--threshold", "0.1", "--size", "600x500",
            "--theme", "dark", "--legend", "right"};
        Path gallery = dir.resolve("g");

        // when
        CliRunner.Result g = CliRunner.exec(concat(new String[] {"gallery", "--function", "elu,gelu,celu"}, common,
                new String[] {"--out", gallery.toString()}));
        CliRunner.Result e = CliRunner.exec(concat(new String[] {"export", "--function", "celu"}, common,
                new String[] {"--out", dir.resolve("celu.png").toString()}));

        // then
        assertThat(g.code()).as(g.err()).isZero();
        assertThat(e.code()).as(e.err()).isZero();
        assertThat(g.err()).as("no note for gelu alone: elu and celu use alpha").isEmpty();
        assertThat(Files.readAllBytes(gallery.resolve("celu.png"))).isEqualTo(Files.readAllBytes(dir.resolve("celu.png")));
        assertSamePixels(gallery.resolve("celu.png"), dir.resolve("celu.png"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--function|nope|--function 'nope': unknown function",
        "--function|Leaky-ReLU|--function 'Leaky-ReLU': listed twice",
        "--param|foo=1|no function has a parameter 'foo'",
        "--param|negative_slope=7|--param for leaky_relu",
        "--size|3x3|--size '3x3'",
        "--format|gif|--format 'gif'",
        "--scale|9|--scale '9'",
        "--theme|pink|--theme 'pink': expected one of light, dark",
        "--format|csv|--format 'csv': expected one of png, svg, pdf",
        "--range|6,-6|--range '6,-6'",
        "--threshold|0|--threshold '0'",
        "--legend|middle|--legend 'middle'",
    })
    void aBadArgumentIsOneLineAndWritesNothing(String option, String value, String message) throws IOException {
        // given
        Path out = dir.resolve("figures");

        // when
        CliRunner.Result r = CliRunner.exec("gallery", "--function", "relu,leaky_relu", option, value, "--out",
                out.toString());

        // then
        assertThat(r.code()).isEqualTo(Cli.USAGE_ERROR);
        assertThat(r.err()).contains(message);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.out()).isEmpty();
        assertThat(out).doesNotExist();
        assertThat(names(dir)).isEmpty();
    }

    @Test
    void anOutFolderWhoseParentIsMissingIsABadArgument() throws IOException {
        // when
        CliRunner.Result r = CliRunner.exec("gallery", "--function", "relu", "--out",
                dir.resolve("a").resolve("b").toString());

        // then
        assertThat(r.code()).isEqualTo(Cli.USAGE_ERROR);
        assertThat(r.err().strip()).startsWith("--out '").contains("folder does not exist");
        assertThat(names(dir)).isEmpty();
    }

    @Test
    void anOutThatIsAFileIsABadArgument() throws IOException {
        // given
        Path file = Files.writeString(dir.resolve("taken"), "x");

        // when
        CliRunner.Result r = CliRunner.exec("gallery", "--function", "relu", "--out", file.toString());

        // then
        assertThat(r.code()).isEqualTo(Cli.USAGE_ERROR);
        assertThat(r.err()).contains("not a folder");
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(Files.readString(file)).isEqualTo("x");
    }

    @Test
    void aFileThatCannotBeWrittenIsNamedAndTheOthersAreWritten() throws Exception {
        // given: a folder where relu.png should go
        Files.createDirectory(dir.resolve("relu.png"));

        // when
        CliRunner.Result r = CliRunner.exec("gallery", "--function", "sigmoid,relu,tanh", "--size", "100x80", "--out",
                dir.toString());

        // then
        assertThat(r.code()).isEqualTo(Cli.USAGE_ERROR);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).contains("relu.png: cannot replace a folder with a file");
        assertThat(r.out()).contains("wrote 2 of 3 figures");
        assertThat(Files.isDirectory(dir.resolve("relu.png"))).isTrue();
        assertThat(names(dir)).containsExactlyInAnyOrder("sigmoid.png", "relu.png", "tanh.png", "index.html");
        String index = Files.readString(dir.resolve("index.html"), StandardCharsets.UTF_8);
        assertThat(index).contains("sigmoid.png", "tanh.png").doesNotContain("relu.png");
    }

    @Test
    void namesAreEscapedInTheIndex() {
        assertThat(GalleryIndex.escape("<b class=\"x\">Tom & 'Jerry'</b>"))
                .isEqualTo("&lt;b class=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/b&gt;");
    }

    private static void assertSamePixels(Path a, Path b) throws IOException {
        BufferedImage x = ImageIO.read(a.toFile());
        BufferedImage y = ImageIO.read(b.toFile());
        assertThat(x.getWidth()).isEqualTo(y.getWidth());
        assertThat(x.getHeight()).isEqualTo(y.getHeight());
        assertThat(x.getRGB(0, 0, x.getWidth(), x.getHeight(), null, 0, x.getWidth()))
                .isEqualTo(y.getRGB(0, 0, y.getWidth(), y.getHeight(), null, 0, y.getWidth()));
    }

    /** The index parses as XML too (void elements are self-closed), so it is at least well formed. */
    private static Document parse(Path html) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return f.newDocumentBuilder().parse(html.toFile());
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).toList();
        }
    }

    private static String[] concat(String[]... parts) {
        return Stream.of(parts).flatMap(Stream::of).toArray(String[]::new);
    }
}
