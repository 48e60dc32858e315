package io.activationplotter.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.activationplotter.chart.ChartLook.Theme;
import io.activationplotter.model.saturation.RegionKind;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reads the PDF's page content and checks the opacity every shading fill is drawn with: JFreePDF
 * used to drop it for the second of two same-coloured regions (sigmoid's right tail came out opaque).
 */
class PdfShadingTest {

    @TempDir
    Path dir;

    @Test
    void everyShadedRegionStaysTranslucent() throws Exception {
        Path file = dir.resolve("fig.pdf");
        ChartExporter.export(Figures.of("sigmoid", "relu"), file, ExportOptions.of(720, 450));
        String pdf = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);

        List<Double> opacities = fillOpacities(pdf, Theme.LIGHT.fill(RegionKind.SOFT));

        assertThat(opacities).hasSize(3); // left tail, right tail, legend swatch
        assertThat(opacities).allMatch(a -> a < 0.5, "translucent");
    }

    @Test
    void exportingAChartLeavesItsShadingColoursAsTheyWere() throws IOException {
        var chart = ChartExporter.chartFor(Figures.of("sigmoid"), ExportOptions.of(400, 300));
        List<Object> before = paints(chart.getChart().getXYPlot());

        ChartExporter.export(chart.getChart(), dir.resolve("fig.pdf"), ExportOptions.of(400, 300));

        assertThat(paints(chart.getChart().getXYPlot())).hasSize(2).isEqualTo(before);
    }

    private static List<Object> paints(org.jfree.chart.plot.XYPlot plot) {
        List<Object> paints = new ArrayList<>();
        for (Object m : plot.getDomainMarkers(org.jfree.chart.ui.Layer.BACKGROUND)) {
            paints.add(((org.jfree.chart.plot.Marker) m).getPaint());
        }
        return paints;
    }

    /** Simulates the content stream's graphics state and returns the opacity of each fill in a colour. */
    private static List<Double> fillOpacities(String pdf, Color color) throws DataFormatException {
        Map<String, Double> alphaByName = extGStates(pdf);
        String rg = String.format(Locale.ROOT, "%s %s %s rg", color.getRed() / 255f, color.getGreen() / 255f,
                color.getBlue() / 255f);
        List<Double> result = new ArrayList<>();
        Deque<String[]> stack = new ArrayDeque<>();
        String fill = "";
        String alpha = "1.0";
        for (String line : pageContent(pdf).split("\n")) {
            String op = line.trim();
            if (op.equals("q")) {
                stack.push(new String[] {fill, alpha});
            } else if (op.equals("Q")) {
                String[] s = stack.pop();
                fill = s[0];
                alpha = s[1];
            } else if (op.endsWith(" rg")) {
                fill = op;
            } else if (op.endsWith(" gs")) {
                alpha = String.valueOf(alphaByName.get(op.substring(0, op.length() - 3).trim()));
            } else if (op.equals("f") && fill.equals(rg)) {
                result.add(Double.parseDouble(alpha));
            }
        }
        return result;
    }

    private static Map<String, Double> extGStates(String pdf) {
        Map<String, Double> caByObject = new HashMap<>();
        Matcher obj = Pattern.compile("(\\d+) 0 obj\\s*<< /Type /ExtGState\\s*/ca ([0-9.]+)").matcher(pdf);
        while (obj.find()) {
            caByObject.put(obj.group(1), Double.parseDouble(obj.group(2)));
        }
        Map<String, Double> byName = new HashMap<>();
        Matcher ref = Pattern.compile("(/GS\\d+) (\\d+) 0 R").matcher(pdf);
        while (ref.find()) {
            byName.put(ref.group(1), caByObject.get(ref.group(2)));
        }
        assertThat(byName).isNotEmpty();
        return byName;
    }

    private static String pageContent(String pdf) throws DataFormatException {
        Matcher m = Pattern.compile("stream\r?\n(.*?)endstream", Pattern.DOTALL).matcher(pdf);
        StringBuilder all = new StringBuilder();
        while (m.find()) {
            all.append(inflate(m.group(1).getBytes(StandardCharsets.ISO_8859_1))).append('\n');
        }
        return all.toString();
    }

    private static String inflate(byte[] data) throws DataFormatException {
        Inflater inflater = new Inflater();
        inflater.setInput(data);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        while (!inflater.finished()) {
            int n = inflater.inflate(buf);
            if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                break;
            }
            out.write(buf, 0, n);
        }
        inflater.end();
        return out.toString(StandardCharsets.ISO_8859_1);
    }
}
