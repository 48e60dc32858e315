package io.activationplotter.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the command line in a child JVM with the test classpath, to see real pipes, exits and heaps. */
final class ChildCli {

    /** No child may run longer than this; a hang fails the test instead of the build. */
    static final long TIMEOUT_SECONDS = 120;

    /** What a child printed and returned. */
    record Result(int code, String out, String err) {
    }

    private ChildCli() {
    }

    /**
     * Builds {@code java [jvmOptions] Launcher args}.
     *
     * @param jvmOptions  options such as {@code -Xmx64m}.
     * @param args        the command line.
     * @return the builder.
     */
    static ProcessBuilder builder(List<String> jvmOptions, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-XX:TieredStopAtLevel=1");
        cmd.add("-Duser.language=en");
        cmd.addAll(jvmOptions);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("io.activationplotter.app.Launcher");
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd);
    }

    /**
     * Runs a child with stdout and stderr in files of a folder and {@code lines} generated x values on stdin.
     *
     * @param dir         a folder for the output files.
     * @param jvmOptions  options such as {@code -Xmx64m}.
     * @param lines       how many lines to write to its stdin (0: none).
     * @param args        the command line.
     * @return the exit code and output.
     */
    static Result run(Path dir, List<String> jvmOptions, int lines, String... args)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process p = builder(jvmOptions, args).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        feed(p, lines);
        int code = waitFor(p);
        return new Result(code, Files.readString(out, StandardCharsets.UTF_8), Files.readString(err,
                StandardCharsets.UTF_8));
    }

    /**
     * Waits for a child, killing it after {@link #TIMEOUT_SECONDS}.
     *
     * @param p  the child.
     * @return its exit code.
     * @throws IllegalStateException if it had to be killed.
     */
    static int waitFor(Process p) throws InterruptedException {
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            throw new IllegalStateException("child did not end within " + TIMEOUT_SECONDS + " s");
        }
        return p.exitValue();
    }

    /**
     * Writes {@code lines} numbers to a child's standard input on a thread of its own, then closes it; a
     * child that exits early ends the writing.
     *
     * @param p      the child.
     * @param lines  how many lines.
     */
    static void feed(Process p, int lines) {
        Thread t = new Thread(() -> {
            try (BufferedWriter in = new BufferedWriter(new OutputStreamWriter(p.getOutputStream(),
                    StandardCharsets.US_ASCII), 1 << 16)) {
                for (int i = 0; i < lines; i++) {
                    in.write(Integer.toString(i % 2000 - 1000));
                    in.write(".25\n");
                }
            } catch (IOException e) {
                // the child stopped reading: fine
            }
        }, "stdin-feeder");
        t.setDaemon(true);
        t.start();
    }
}
