package io.activationplotter.cli;

import io.activationplotter.chart.FigureSpec;
import io.activationplotter.export.ChartExporter;
import io.activationplotter.export.ExportFormat;
import io.activationplotter.export.ExportOptions;
import io.activationplotter.model.ActivationType;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;

/**
 * Writes the figures of a gallery on a small fixed pool of threads, one per core (at most
 * {@link #MAX_THREADS}). The figures are independent: each task builds its own chart, renders and
 * encodes it with {@link ChartExporter}, so no chart is shared between threads, and a PNG is deflated
 * on its figure's thread alone while the others keep the remaining cores busy. The files are written
 * (atomically, each synced to disk before its move) by {@link #WRITERS} threads of their own, so a
 * core never waits for the disk while figures remain to be drawn, and syncs can overlap each other.
 */
final class GalleryFigures {

    /** The most threads used, whatever the number of cores. */
    static final int MAX_THREADS = 4;

    /** The threads writing files; they mostly wait for the disk, so they do not count against the cores. */
    static final int WRITERS = 4;

    /**
     * One figure of a gallery.
     *
     * @param type     the function; the file is named after its id.
     * @param spec     what to draw.
     * @param options  size and look.
     */
    record Figure(ActivationType type, FigureSpec spec, ExportOptions options) {

        /**
         * @param format  the file format.
         * @return the file name, for example {@code relu.png}.
         */
        String fileName(ExportFormat format) {
            return type.id() + "." + format.extension();
        }
    }

    /**
     * What a gallery run wrote.
     *
     * @param written   the figures written, in the order listed.
     * @param failures  one line per figure not written, naming its file and why.
     */
    record Result(List<Figure> written, List<String> failures) {
    }

    private GalleryFigures() {
    }

    /**
     * Writes every figure to {@code dir/ID.EXT}; a failure of one does not stop the others.
     *
     * @param figures  the figures.
     * @param dir      the folder, which exists.
     * @param format   the format.
     * @return the figures written and the failures, in the order listed.
     */
    static Result write(List<Figure> figures, Path dir, ExportFormat format) {
        int cores = Runtime.getRuntime().availableProcessors();
        int threads = Math.max(1, Math.min(Math.min(MAX_THREADS, cores), figures.size()));
        int encoders = Math.max(1, cores / threads); // the figures already keep the cores busy
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemons("gallery"));
        ExecutorService writers = Executors.newFixedThreadPool(Math.min(WRITERS, figures.size()),
                daemons("gallery-write"));
        try {
            List<Future<Future<?>>> tasks = new ArrayList<>();
            for (Figure f : figures) {
                Path file = dir.resolve(f.fileName(format));
                tasks.add(pool.submit(() -> {
                    byte[] content = ChartExporter.encode(f.spec(), file, f.options(), encoders);
                    return writers.submit(() -> {
                        ChartExporter.write(file, content, f.options());
                        return null;
                    });
                }));
            }
            List<Figure> written = new ArrayList<>();
            List<String> failures = new ArrayList<>();
            for (int i = 0; i < figures.size(); i++) {
                String failure = outcome(tasks.get(i));
                if (failure == null) {
                    written.add(figures.get(i));
                } else {
                    failures.add(figures.get(i).fileName(format) + ": " + failure);
                }
            }
            return new Result(written, failures);
        } finally {
            pool.shutdownNow();
            writers.shutdownNow();
        }
    }

    /**
     * @param drawn  the drawing task, whose value is the writing task.
     * @return {@code null} if the figure was drawn and written, else why not.
     */
    private static String outcome(Future<Future<?>> drawn) {
        try {
            drawn.get().get();
            return null;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException) {
                return cause.getMessage();
            }
            throw new IllegalStateException("a figure failed: " + cause, cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing the gallery", e);
        }
    }

    private static ThreadFactory daemons(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
