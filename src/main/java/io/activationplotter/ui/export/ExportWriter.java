package io.activationplotter.ui.export;

import io.activationplotter.chart.ActivationChart;
import io.activationplotter.chart.ChartLabels;
import io.activationplotter.chart.FigureSpec;
import io.activationplotter.export.ChartExporter;
import io.activationplotter.export.ExportOptions;
import io.activationplotter.ui.Message;
import io.activationplotter.ui.MessageBoard;
import io.activationplotter.ui.Messages;
import io.activationplotter.ui.plot.PlotViewModel;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes the figure on screen to the file the export dialog names, and says in the message line how
 * it went; a written file's folder becomes the dialog's folder. Part of {@link PlotViewModel}.
 */
public final class ExportWriter {

    private static final String SOURCE = "export";

    private final Messages text;
    private final MessageBoard board;
    private final ExportViewModel settings;

    public ExportWriter(Messages text, MessageBoard board, ExportViewModel settings) {
        this.text = text;
        this.board = board;
        this.settings = settings;
    }

    /**
     * Exports a figure as written by {@link ChartExporter}; the file is written atomically, so a
     * failure leaves no file. Sets a status or error message.
     *
     * @param spec     the figure, over the visible range ({@code null} not permitted).
     * @param labels   the words on screen, in the language chosen ({@code null} not permitted).
     * @param target   the file ({@code null} not permitted).
     * @param options  size and scale ({@code null} not permitted).
     * @return {@code null} on success, else why it failed.
     */
    public String write(FigureSpec spec, ChartLabels labels, Path target, ExportOptions options) {
        try {
            ActivationChart figure = ChartExporter.chartFor(spec, options, labels);
            ChartExporter.export(figure.getChart(), target, options);
            saved(target, options);
            return null;
        } catch (IOException | RuntimeException e) {
            return failed(target, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        } catch (OutOfMemoryError e) {
            // one large image buffer could not be allocated; nothing else is affected
            return failed(target, text.get("export.noMemory"));
        }
    }

    private void saved(Path target, ExportOptions options) {
        board.clear(SOURCE);
        Path folder = target.toAbsolutePath().getParent();
        if (folder != null) {
            settings.folderProperty().set(folder.toString());
        }
        board.info(Message.of("export.saved", target.toAbsolutePath(),
                String.valueOf(Math.round(options.width() * options.scale())),
                String.valueOf(Math.round(options.height() * options.scale()))));
    }

    private String failed(Path target, String why) {
        board.error(SOURCE, Message.of("export.failed", target.getFileName(), why));
        return why;
    }
}
