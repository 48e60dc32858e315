package io.activationplotter.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.activationplotter.chart.ChartLook.Theme;
import io.activationplotter.chart.LegendPosition;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ExportOptionsTest {

    @Test
    void ofGivesTheDefaults() {
        ExportOptions o = ExportOptions.of(800, 500);

        assertThat(o).isEqualTo(new ExportOptions(800, 500, 1.0, Theme.LIGHT, false, true, null,
                LegendPosition.BOTTOM));
        assertThat(new ExportOptions(800, 500, 2.0)).isEqualTo(o.withScale(2));
    }

    @Test
    void withMethodsChangeOneThing() {
        ExportOptions o = ExportOptions.of(800, 500).withTheme(Theme.DARK).withTransparent(true)
                .withLegend(LegendPosition.RIGHT).withTitle("My figure").withSize(1000, 600).withScale(3);

        assertThat(o).isEqualTo(new ExportOptions(1000, 600, 3.0, Theme.DARK, true, true, "My figure",
                LegendPosition.RIGHT));
        assertThat(o.withoutTitle().showTitle()).isFalse();
        assertThat(o.withTitle(null)).extracting(ExportOptions::showTitle, ExportOptions::title).containsExactly(true,
                null);
        assertThat(o.pixelWidth()).isEqualTo(3000);
        assertThat(o.pixelHeight()).isEqualTo(1800);
    }

    @Test
    void aBlankTitleMeansTheAutomaticOne() {
        assertThat(ExportOptions.of(800, 500).withTitle("  ").title()).isNull();
    }

    @Test
    void badSizesAndScalesAreRefused() {
        assertThatThrownBy(() -> ExportOptions.of(15, 500)).hasMessageContaining("size");
        assertThatThrownBy(() -> ExportOptions.of(800, 10_001)).hasMessageContaining("size");
        assertThatThrownBy(() -> ExportOptions.of(800, 500).withScale(0.5)).hasMessageContaining("scale");
        assertThatThrownBy(() -> ExportOptions.of(800, 500).withScale(Double.NaN)).hasMessageContaining("scale");
    }

    @Test
    void theFormatFollowsTheExtensionIgnoringCase() throws IOException {
        assertThat(ExportFormat.of(Path.of("a/b.PNG"))).isEqualTo(ExportFormat.PNG);
        assertThat(ExportFormat.of(Path.of("b.svg"))).isEqualTo(ExportFormat.SVG);
        assertThat(ExportFormat.of(Path.of("b.Pdf"))).isEqualTo(ExportFormat.PDF);
        assertThat(ExportFormat.of(Path.of("b.tar.csv"))).isEqualTo(ExportFormat.CSV);
        assertThatThrownBy(() -> ExportFormat.of(Path.of("figure"))).hasMessage(
                "'figure' has no file extension; supported: .png, .svg, .pdf, .csv");
        assertThatThrownBy(() -> ExportFormat.of(Path.of("f.jpeg"))).hasMessage(
                "'f.jpeg' has an unknown extension '.jpeg'; supported: .png, .svg, .pdf, .csv");
    }
}
