package io.activationplotter.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.activationplotter.chart.LegendPosition;
import io.activationplotter.export.ExportFormat;
import io.activationplotter.ui.Messages;
import io.activationplotter.ui.plot.PlotViewModel;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dialog's choices — format, title, legend, theme, background, scale, derivatives — reach the file written. */
class ExportChoicesTest {

    @TempDir
    Path dir;

    private final PlotViewModel vm = english();
    private final ExportViewModel settings = vm.exportSettings();

    private static PlotViewModel english() {
        Messages text = Messages.load();
        text.setLocale(Locale.ENGLISH);
        return new PlotViewModel(text);
    }

    @Test
    void theFormatFollowsTheExtensionAndTheExtensionTheFormat() {
        // when
        settings.fileTextProperty().set(dir.resolve("plot.svg").toString());

        // then
        assertThat(settings.formatProperty().get()).isEqualTo(ExportFormat.SVG);
        assertThat(settings.scaleEnabledProperty().get()).isFalse();

        // when
        settings.formatProperty().set(ExportFormat.PDF);

        // then
        assertThat(settings.fileTextProperty().get()).isEqualTo(dir.resolve("plot.pdf").toString());

        // when
        settings.formatProperty().set(ExportFormat.PNG);

        // then
        assertThat(settings.fileTextProperty().get()).endsWith("plot.png");
        assertThat(settings.scaleEnabledProperty().get()).isTrue();
    }

    @Test
    void aBadPathIsRejectedBeforeWritingWithTheReason() throws Exception {
        // when
        settings.fileTextProperty().set(dir.resolve("no-such-folder").resolve("plot.png").toString());

        // then
        assertThat(settings.validProperty().get()).isFalse();
        assertThat(settings.fileErrorProperty().get()).isTrue();
        assertThat(settings.problemProperty().get()).startsWith("The folder ").endsWith("does not exist.");
        assertThat(settings.export(vm)).isNotNull();

        // when
        settings.fileTextProperty().set(dir.resolve("plot.gif").toString());

        // then
        assertThat(settings.problemProperty().get()).isEqualTo(
                "plot.gif: unknown file extension; use one of .png, .svg, .pdf, .csv.");

        // when: a folder named like a file
        Path folder = Files.createDirectory(dir.resolve("out.png"));
        settings.fileTextProperty().set(folder.toString());

        // then
        assertThat(settings.fileErrorProperty().get()).isTrue();
        assertThat(settings.validProperty().get()).isFalse();
        assertThat(settings.problemProperty().get()).isEqualTo(folder + " is a folder; add a file name.");
    }

    @Test
    void darkTransparentAndScaleReachThePng() throws Exception {
        // given
        Path target = dir.resolve("dark.png");
        settings.fileTextProperty().set(target.toString());
        settings.widthTextProperty().set("400");
        settings.heightTextProperty().set("300");
        settings.scaleProperty().set(2);
        settings.darkProperty().set(true);

        // when
        assertThat(settings.export(vm)).isNull();

        // then
        BufferedImage image = ImageIO.read(target.toFile());
        assertThat(image.getWidth()).isEqualTo(800);
        assertThat(image.getHeight()).isEqualTo(600);
        int corner = image.getRGB(2, 2);
        int brightness = ((corner >> 16) & 0xff) + ((corner >> 8) & 0xff) + (corner & 0xff);
        assertThat(brightness).isLessThan(3 * 80);

        // when
        settings.transparentProperty().set(true);
        assertThat(settings.export(vm)).isNull();

        // then
        assertThat(ImageIO.read(target.toFile()).getRGB(2, 2) >>> 24).isZero();
    }

    @Test
    void titleLegendAndDerivativesReachTheSvg() throws Exception {
        // given
        Path target = dir.resolve("figure.svg");
        settings.fileTextProperty().set(target.toString());
        settings.titleChoiceProperty().set(ExportViewModel.TitleChoice.CUSTOM);
        settings.customTitleProperty().set("Squashing functions");

        // when
        assertThat(settings.export(vm)).isNull();

        // then
        String svg = Files.readString(target);
        assertThat(svg).contains("Squashing functions").contains("Sigmoid′");

        // when
        settings.titleChoiceProperty().set(ExportViewModel.TitleChoice.NONE);
        settings.legendProperty().set(LegendPosition.NONE);
        settings.derivativesProperty().set(false);
        assertThat(settings.export(vm)).isNull();

        // then
        svg = Files.readString(target);
        assertThat(svg).doesNotContain("Squashing functions").doesNotContain("Sigmoid′")
                .doesNotContain("soft saturation");
    }

    @Test
    void theDefaultTitleIsTheFunctionNames() throws Exception {
        // given
        Path target = dir.resolve("default.svg");
        settings.fileTextProperty().set(target.toString());
        settings.legendProperty().set(LegendPosition.NONE);

        // when
        assertThat(settings.export(vm)).isNull();

        // then
        assertThat(Files.readString(target)).contains(">Sigmoid<");
    }
}
