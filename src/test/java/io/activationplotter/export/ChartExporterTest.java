package io.activationplotter.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.activationplotter.chart.ChartLook.Theme;
import io.activationplotter.chart.Palette;
import io.activationplotter.chart.LegendPosition;
import io.activationplotter.chart.FigureSpec;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ChartExporterTest {

    private static final FigureSpec SIGMOID_RELU = Figures.of("sigmoid", "relu");

    @TempDir
    Path dir;

    @Test
    void pngHasTheRequestedSizeAndAWhiteBackground() throws IOException {
        Path file = dir.resolve("fig.png");

        ChartExporter.export(SIGMOID_RELU, file, ExportOptions.of(640, 400));

        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo(640);
        assertThat(image.getHeight()).isEqualTo(400);
        assertThat(image.getRGB(1, 1)).isEqualTo(0xFFFFFFFF);
        assertThat(files()).containsExactly(file);
    }

    @Test
    void pngAtScaleTwoHasTwiceThePixels() throws IOException {
        Path file = dir.resolve("fig@2x.PNG");

        ChartExporter.export(SIGMOID_RELU, file, ExportOptions.of(500, 300).withScale(2));

        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo(1000);
        assertThat(image.getHeight()).isEqualTo(600);
    }

    @Test
    void transparentPngHasNoBackground() throws IOException {
        Path file = dir.resolve("clear.png");

        ChartExporter.export(SIGMOID_RELU, file, ExportOptions.of(400, 300).withTransparent(true));

        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getColorModel().hasAlpha()).isTrue();
        assertThat(image.getRGB(1, 1) >>> 24).isZero();
    }

    @Test
    void darkPngHasTheDarkBackground() throws IOException {
        Path file = dir.resolve("dark.png");

        ChartExporter.export(SIGMOID_RELU, file, ExportOptions.of(400, 300).withTheme(Theme.DARK));

        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getRGB(1, 1)).isEqualTo(Theme.DARK.background().getRGB());
    }

    @Test
    void svgIsXmlWithCurvesAsPathsAndTextAsText() throws Exception {
        Path file = dir.resolve("fig.svg");

        ChartExporter.export(SIGMOID_RELU, file, ExportOptions.of(900, 560));

        Document doc = parse(file);
        Element root = doc.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getAttribute("width")).startsWith("900");
        assertThat(root.getAttribute("height")).startsWith("560");
        List<String> texts = texts(doc);
        assertThat(texts).contains("Sigmoid, ReLU", "Sigmoid", "Sigmoid′", "ReLU", "ReLU′")
                .anyMatch(t -> t.startsWith("Sigmoid saturated where |f′| < 0.05"));
        assertThat(curvePaths(doc, Palette.BLUE.color(Theme.LIGHT))).isGreaterThanOrEqualTo(2);
        assertThat(curvePaths(doc, Palette.VERMILLION.color(Theme.LIGHT))).isGreaterThanOrEqualTo(2);
    }

    @Test
    void svgWithoutTitleOrLegendHasNeither() throws Exception {
        Path file = dir.resolve("bare.svg");

        ChartExporter.export(SIGMOID_RELU, file,
                ExportOptions.of(600, 400).withoutTitle().withLegend(LegendPosition.NONE));

        List<String> texts = texts(parse(file));
        assertThat(texts).doesNotContain("Sigmoid, ReLU", "Sigmoid′", "ReLU");
        assertThat(texts).contains("x", "f(x), f′(x)");
    }

    @Test
    void svgShowsAUserTitle() throws Exception {
        Path file = dir.resolve("titled.svg");

        ChartExporter.export(SIGMOID_RELU, file, ExportOptions.of(600, 400).withTitle("Figure 3 & <more>"));

        assertThat(texts(parse(file))).contains("Figure 3 & <more>");
    }

    @Test
    void pdfHasAPageOfTheRequestedSizeInPoints() throws IOException {
        Path file = dir.resolve("fig.pdf");

        ChartExporter.export(SIGMOID_RELU, file, ExportOptions.of(720, 450));

        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        assertThat(text).startsWith("%PDF-");
        Matcher m = Pattern.compile("/MediaBox \\[([-0-9. ]+)\\]").matcher(text);
        assertThat(m.find()).isTrue();
        assertThat(m.group(1).trim().split("\\s+")).extracting(Double::parseDouble).containsExactly(0.0, 0.0, 720.0,
                450.0);
        assertThat(text.stripTrailing()).endsWith("%%EOF");
    }

    @Test
    void csvHasOneRowPerPlottedSampleOfEveryCurve() throws IOException {
        Path file = dir.resolve("data.csv");

        ChartExporter.export(SIGMOID_RELU, file, ExportOptions.of(800, 500));

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("function,x,f,df");
        List<String[]> sigmoid = rows(lines, "sigmoid");
        List<String[]> relu = rows(lines, "relu");
        assertThat(sigmoid).hasSize(2001);
        assertThat(relu).hasSize(2002); // the kink at 0 gives the left and the right limit of f'
        assertThat(lines).hasSize(1 + 2001 + 2002);
        String[] first = sigmoid.get(0);
        assertThat(Double.parseDouble(first[1])).isEqualTo(-6.0);
        assertThat(Double.parseDouble(first[2])).isCloseTo(1 / (1 + Math.exp(6)), org.assertj.core.data.Offset
                .offset(1e-15));
        assertThat(relu).filteredOn(r -> Double.parseDouble(r[1]) == 0.0).extracting(r -> r[3])
                .containsExactly("0.0", "1.0");
    }

    @Test
    void unknownExtensionListsTheSupportedOnesAndWritesNothing() throws IOException {
        Path file = dir.resolve("fig.jpg");

        assertThatThrownBy(() -> ChartExporter.export(SIGMOID_RELU, file, ExportOptions.of(400, 300)))
                .isInstanceOf(IOException.class).hasMessageContaining("'.jpg'")
                .hasMessageContaining(".png, .svg, .pdf, .csv");
        assertThat(files()).isEmpty();
    }

    @Test
    void missingFolderFailsAndWritesNothing() throws IOException {
        Path file = dir.resolve("no-such-folder").resolve("fig.png");

        assertThatThrownBy(() -> ChartExporter.export(SIGMOID_RELU, file, ExportOptions.of(400, 300)))
                .isInstanceOf(IOException.class).hasMessageContaining("folder does not exist");
        assertThat(files()).isEmpty();
    }

    @Test
    void aFileWhereTheFolderShouldBeFailsAndWritesNothing() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("notes.txt"), "keep me");

        for (String name : List.of("fig.png", "fig.svg", "fig.pdf", "fig.csv")) {
            Path file = notAFolder.resolve(name);
            assertThatThrownBy(() -> ChartExporter.export(SIGMOID_RELU, file, ExportOptions.of(400, 300)))
                    .isInstanceOf(IOException.class).hasMessageContaining("not a folder");
        }
        assertThat(files()).containsExactly(notAFolder);
        assertThat(Files.readString(notAFolder)).isEqualTo("keep me");
    }

    @Test
    void aFailedExportKeepsThePreviousFile() throws IOException {
        Path file = dir.resolve("fig.png");
        ChartExporter.export(SIGMOID_RELU, file, ExportOptions.of(400, 300));
        byte[] before = Files.readAllBytes(file);
        Files.createDirectory(dir.resolve("fig.svg"));

        assertThatThrownBy(() -> ChartExporter.export(SIGMOID_RELU, dir.resolve("fig.svg"), ExportOptions.of(400,
                300))).isInstanceOf(IOException.class).hasMessageContaining("folder");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(files()).containsExactlyInAnyOrder(file, dir.resolve("fig.svg"));
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }

    static Document parse(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return f.newDocumentBuilder().parse(file.toFile());
    }

    static List<String> texts(Document doc) {
        NodeList nodes = doc.getElementsByTagNameNS("*", "text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    /** Counts the long paths stroked in a colour: the sampled curves. */
    static int curvePaths(Document doc, java.awt.Color color) {
        String stroke = "stroke:rgb(" + color.getRed() + "," + color.getGreen() + "," + color.getBlue() + ")";
        int n = 0;
        NodeList paths = doc.getElementsByTagNameNS("*", "path");
        for (int i = 0; i < paths.getLength(); i++) {
            Element p = (Element) paths.item(i);
            Element g = (Element) p.getParentNode();
            String style = p.getAttribute("style") + g.getAttribute("style");
            if (style.replace(" ", "").contains(stroke) && p.getAttribute("d").length() > 2000) {
                n++;
            }
        }
        return n;
    }

    private static List<String[]> rows(List<String> lines, String function) {
        return lines.stream().skip(1).map(l -> l.split(",", -1)).filter(r -> r[0].equals(function)).toList();
    }
}
