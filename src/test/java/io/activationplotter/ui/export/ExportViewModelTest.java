package io.activationplotter.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.activationplotter.ui.plot.PlotViewModel;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The export dialog's checks, without the dialog. */
class ExportViewModelTest {

    private final ExportViewModel settings = new PlotViewModel().exportSettings();

    @Test
    void defaultsAre1600By1000AndNeedAFile() {
        assertThat(settings.widthTextProperty().get()).isEqualTo("1600");
        assertThat(settings.heightTextProperty().get()).isEqualTo("1000");
        assertThat(settings.validProperty().get()).isFalse();
        assertThat(settings.problemProperty().get()).isEqualTo("Choose a file name.");
        settings.fileTextProperty().set("/tmp/plot.png");
        assertThat(settings.validProperty().get()).isTrue();
        assertThat(settings.options().orElseThrow().width()).isEqualTo(1600);
        assertThat(settings.options().orElseThrow().height()).isEqualTo(1000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "", "0", "15", "10001", "1600.5", "NaN", "-1600", "1e9"})
    void badWidthIsRejected(String typed) {
        settings.fileTextProperty().set("/tmp/plot.png");
        settings.widthTextProperty().set(typed);
        assertThat(settings.widthErrorProperty().get()).isTrue();
        assertThat(settings.heightErrorProperty().get()).isFalse();
        assertThat(settings.validProperty().get()).isFalse();
        assertThat(settings.problemProperty().get()).isEqualTo("Width (px) must be a whole number from 16 to 10000.");
        assertThat(settings.options()).isEmpty();
        settings.widthTextProperty().set("800");
        assertThat(settings.validProperty().get()).isTrue();
    }

    @Test
    void scaleAndLookGoIntoTheOptions() {
        settings.fileTextProperty().set("/tmp/plot.png");
        settings.scaleProperty().set(2);
        settings.darkProperty().set(true);
        settings.transparentProperty().set(true);
        var options = settings.options().orElseThrow();
        assertThat(options.scale()).isEqualTo(2.0);
        assertThat(options.theme()).isEqualTo(io.activationplotter.chart.ChartLook.Theme.DARK);
        assertThat(options.transparent()).isTrue();
        assertThat(settings.pixelsProperty().get()).isEqualTo("→ 3200 × 2000 px");
    }

    @Test
    void tooManyPixelsIsRejectedBeforeWriting() {
        settings.fileTextProperty().set("/tmp/plot.png");
        settings.widthTextProperty().set("10000");
        settings.heightTextProperty().set("10000");
        assertThat(settings.validProperty().get()).isTrue();
        settings.scaleProperty().set(2);
        assertThat(settings.validProperty().get()).isFalse();
        assertThat(settings.problemProperty().get()).startsWith("The image would exceed 120 million pixels");
    }

    @Test
    void badHeightIsRejected() {
        settings.fileTextProperty().set("/tmp/plot.png");
        settings.heightTextProperty().set("x");
        assertThat(settings.heightErrorProperty().get()).isTrue();
        assertThat(settings.validProperty().get()).isFalse();
    }

    @Test
    void pngIsAddedWhenTheNameHasNoExtension() {
        settings.fileTextProperty().set("/tmp/figure");
        assertThat(settings.target()).contains(Path.of("/tmp/figure.png"));
        settings.fileTextProperty().set("/tmp/figure.png");
        assertThat(settings.target()).contains(Path.of("/tmp/figure.png"));
    }

    @Test
    void aSuggestionNeverOverwritesATypedFile() {
        settings.suggestFile(Path.of("/home/a/sigmoid.png"));
        assertThat(settings.fileTextProperty().get()).isEqualTo("/home/a/sigmoid.png");
        settings.suggestFile(Path.of("/home/a/tanh.png"));
        assertThat(settings.fileTextProperty().get()).isEqualTo("/home/a/sigmoid.png");
    }
}
