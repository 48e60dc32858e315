package io.activationplotter.ui.plot;

import io.activationplotter.chart.ActivationChart;
import io.activationplotter.chart.ChartLook.Theme;
import io.activationplotter.export.ChartExporter;
import io.activationplotter.export.ExportOptions;
import io.activationplotter.ui.Message;
import io.activationplotter.ui.export.ExportViewModel;
import java.awt.image.BufferedImage;
import java.io.IOException;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/** Copies the figure to the clipboard as an image, drawn like a PNG export at twice the on-screen size. */
public final class ChartCopy {

    /** The pixel density of the copy, for a crisp image on high-density screens and in documents. */
    public static final int SCALE = 2;

    private ChartCopy() {
    }

    /**
     * Renders the current figure at the given on-screen size, times {@link #SCALE}, in the window's theme
     * and language.
     *
     * @param vm      the view-model ({@code null} not permitted).
     * @param width   the on-screen width in points.
     * @param height  the on-screen height in points.
     * @return the image.
     * @throws IOException if the image cannot be allocated.
     */
    public static BufferedImage render(PlotViewModel vm, double width, double height) throws IOException {
        int w = (int) Math.max(ExportViewModel.MIN_SIZE, Math.min(ExportOptions.MAX_SIZE, Math.round(width)));
        int h = (int) Math.max(ExportViewModel.MIN_SIZE, Math.min(ExportOptions.MAX_SIZE, Math.round(height)));
        ExportOptions options = ExportOptions.of(w, h).withScale(SCALE)
                .withTheme(vm.display().darkProperty().get() ? Theme.DARK : Theme.LIGHT);
        ActivationChart figure = ChartExporter.chartFor(vm.specProperty().get(), options, vm.chart().getLabels());
        return ChartExporter.renderPng(figure.getChart(), options);
    }

    /**
     * Puts the figure on the system clipboard and says so in the status line.
     *
     * @param vm      the view-model ({@code null} not permitted).
     * @param width   the on-screen width in points.
     * @param height  the on-screen height in points.
     * @return the image put on the clipboard, or {@code null} if it could not be made.
     */
    public static Image copy(PlotViewModel vm, double width, double height) {
        try {
            BufferedImage png = render(vm, width, height);
            Image image = SwingFXUtils.toFXImage(png, null);
            ClipboardContent content = new ClipboardContent();
            content.putImage(image);
            Clipboard.getSystemClipboard().setContent(content);
            vm.status(Message.of("copy.done", String.valueOf(png.getWidth()), String.valueOf(png.getHeight())));
            return image;
        } catch (IOException | RuntimeException e) {
            vm.status(Message.of("copy.failed", String.valueOf(e.getMessage())));
            return null;
        }
    }
}
