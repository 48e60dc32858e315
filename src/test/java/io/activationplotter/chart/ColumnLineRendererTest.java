package io.activationplotter.chart;

import static org.assertj.core.api.Assertions.assertThat;

import io.activationplotter.model.Catalogue;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jfree.chart.ChartRenderingInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Decimation draws the same picture from far fewer points: each figure is rendered with every sample
 * and with the per-column first, lowest, highest and last ones, and the images are compared pixel by
 * pixel; the dataset keeps every sample.
 */
class ColumnLineRendererTest {

    /** Pixels allowed to differ by more than antialiasing rounding (where a dropped sample bent the line). */
    private static final int NOTICEABLY_DIFFERING = 8;
    /** The rounding of antialiased coverage: up to this much per channel (of 255) is not a difference. */
    private static final int ROUNDING = 4;
    /** No pixel may differ by more than this in any channel. */
    private static final int MOST = 64;

    static Stream<Arguments> figures() {
        List<Arguments> all = new ArrayList<>();
        int[][] sizes = {{618, 420}, {320, 200}, {1200, 760}};
        List<List<String>> functions = List.of(List.of("relu"), List.of("step"), List.of("hardtanh"),
                List.of("sigmoid"), List.of("snake"), List.of("elu", "sigmoid", "tanh", "relu"));
        for (int[] size : sizes) {
            for (List<String> f : functions) {
                all.add(Arguments.of(f, size[0], size[1]));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} at {1}x{2}")
    @MethodSource("figures")
    void theDecimatedPictureIsTheSameFromFewerPoints(List<String> ids, int width, int height) {
        // given
        ActivationChart chart = new ActivationChart();
        chart.update(spec(ids), ActivationChart.DEFAULT_SAMPLES);
        ChartRenderingInfo info = new ChartRenderingInfo();

        // when
        BufferedImage every = chart.getChart().createBufferedImage(width, height, info);
        long everyPoints = chart.getRenderer().getPointsDrawn();
        chart.getRenderer().setDecimating(true);
        BufferedImage kept = chart.getChart().createBufferedImage(width, height);
        long keptPoints = chart.getRenderer().getPointsDrawn();

        // then
        int series = 2 * ids.size();
        double columns = info.getPlotInfo().getDataArea().getWidth();
        long samples = 0;
        for (int s = 0; s < series; s++) {
            samples += chart.getDataset().getItemCount(s);
        }
        assertThat(everyPoints).isEqualTo(samples);
        assertThat(keptPoints).isLessThanOrEqualTo(Math.round(series * 4 * (columns + 1)));
        if (columns < ActivationChart.DEFAULT_SAMPLES / 2.5) {
            assertThat(keptPoints).isLessThan(everyPoints * 7 / 10);
        }
        int[] diff = differences(every, kept);
        assertThat(diff[0]).as("pixels differing by more than rounding").isLessThanOrEqualTo(NOTICEABLY_DIFFERING);
        assertThat(diff[1]).as("largest difference of a channel").isLessThanOrEqualTo(MOST);
        assertThat(chart.getDataset().getItemCount(0)).isGreaterThanOrEqualTo(ActivationChart.DEFAULT_SAMPLES);
    }

    /** @return {pixels with a channel differing by more than rounding, the largest difference of a channel}. */
    private static int[] differences(BufferedImage a, BufferedImage b) {
        int noticeable = 0;
        int most = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                int d = 0;
                for (int shift = 0; shift < 32; shift += 8) {
                    d = Math.max(d, Math.abs((p >>> shift & 0xFF) - (q >>> shift & 0xFF)));
                }
                noticeable += d > ROUNDING ? 1 : 0;
                most = Math.max(most, d);
            }
        }
        return new int[] {noticeable, most};
    }

    private static FigureSpec spec(List<String> ids) {
        List<Curve> curves = new ArrayList<>();
        for (String id : ids) {
            var t = Catalogue.find(id).orElseThrow();
            curves.add(new Curve(t, t.createDefault()));
        }
        return new FigureSpec(curves, 0, -6, 6, 0.05, true);
    }
}
