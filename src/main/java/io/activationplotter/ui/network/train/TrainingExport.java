package io.activationplotter.ui.network.train;

import io.activationplotter.export.ChartExporter;
import io.activationplotter.export.ExportFormat;
import io.activationplotter.export.ExportOptions;
import io.activationplotter.ui.Messages;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;
import org.jfree.chart.JFreeChart;

/**
 * Exports the training view's four figures as they are shown (theme, language, current epoch): for
 * a chosen {@code NAME.png} (or .svg, .pdf) it writes {@code NAME-boundary}, {@code NAME-loss},
 * {@code NAME-gradients} and {@code NAME-units} beside it, each atomically ({@link ChartExporter}).
 */
public final class TrainingExport {

    /** The file-name suffixes of the figures, in order: boundary, loss, gradients, units. */
    public static final List<String> SUFFIXES = List.of("boundary", "loss", "gradients", "units");
    /** The size of each figure, in pixels at scale 1. */
    static final int WIDTH = 1000;
    static final int HEIGHT = 750;

    private TrainingExport() {
    }

    /**
     * Writes the four figures.
     *
     * @param vm      the view-model ({@code null} not permitted).
     * @param target  {@code NAME.png}, {@code .svg} or {@code .pdf} ({@code null} not permitted).
     * @return the files written.
     * @throws IOException if the format is not PNG, SVG or PDF, or a write fails (that file is then
     *     untouched; the ones before it are written).
     */
    public static List<Path> write(TrainingViewModel vm, Path target) throws IOException {
        ExportFormat format = ExportFormat.of(target);
        if (format == ExportFormat.CSV) {
            throw new IOException("the training figures export as .png, .svg or .pdf");
        }
        String name = target.getFileName().toString();
        String stem = name.substring(0, name.length() - format.extension().length() - 1);
        List<JFreeChart> charts = List.of(vm.decisionChart().getChart(), vm.lossChart().getChart(),
                vm.gradientChart().getChart(), vm.unitsChart().getChart());
        List<Path> written = new ArrayList<>();
        for (int i = 0; i < charts.size(); i++) {
            Path file = target.resolveSibling(stem + "-" + SUFFIXES.get(i) + "." + format.extension());
            ChartExporter.export(charts.get(i), file, ExportOptions.of(WIDTH, HEIGHT));
            written.add(file);
        }
        return written;
    }

    /**
     * Asks for a file name, writes the figures and says what was written or why not.
     *
     * @param owner  a node of the window ({@code null} not permitted).
     * @param vm     the view-model ({@code null} not permitted).
     * @param text   the strings ({@code null} not permitted).
     */
    static void chooseAndWrite(Node owner, TrainingViewModel vm, Messages text) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.get("train.exportTitle"));
        chooser.setInitialFileName("training.png");
        chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter("PNG", "*.png"),
                new FileChooser.ExtensionFilter("SVG", "*.svg"), new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        java.io.File file = chooser.showSaveDialog(owner.getScene() == null ? null : owner.getScene().getWindow());
        if (file == null) {
            return;
        }
        Alert alert;
        try {
            List<Path> written = write(vm, file.toPath());
            alert = new Alert(Alert.AlertType.INFORMATION, text.get("train.exported", written.size(),
                    String.join(", ", written.stream().map(p -> p.getFileName().toString()).toList())));
        } catch (IOException | RuntimeException e) {
            alert = new Alert(Alert.AlertType.ERROR, text.get("train.exportFailed", e.getMessage()));
        }
        alert.setHeaderText(null);
        alert.showAndWait();
    }
}
