package io.activationplotter.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Whole-process timings of several commands run interleaved (one warm-up round, then {@code runs}
 * rounds of each command in turn), with the wall time and, where {@code /usr/bin/time} exists, the CPU
 * time (user + system, all threads) of each run: on a loaded machine the CPU time is the steadier figure.
 */
final class ProcessRuns {

    private static final Path TIME = Path.of("/usr/bin/time");

    /** Wall and CPU times of one command, in ms; the CPU times are NaN without /usr/bin/time. */
    record Times(double[] wall, double[] cpu) {
    }

    private ProcessRuns() {
    }

    /**
     * Runs the commands interleaved.
     *
     * @param commands  label → command line, in the order to run them.
     * @param runs      the measured rounds (after one warm-up round).
     * @return label → times, in the same order.
     * @throws IOException if a command fails (non-zero exit).
     * @throws InterruptedException if interrupted.
     */
    static Map<String, Times> run(Map<String, List<String>> commands, int runs) throws IOException,
            InterruptedException {
        Map<String, Times> times = new LinkedHashMap<>();
        commands.keySet().forEach(k -> times.put(k, new Times(new double[runs], new double[runs])));
        Path cpuFile = Files.createTempFile("bench-cpu", ".txt");
        try {
            for (int i = 0; i < runs + 1; i++) {
                for (Map.Entry<String, List<String>> c : commands.entrySet()) {
                    double[] one = once(c.getValue(), cpuFile);
                    if (i > 0) {
                        times.get(c.getKey()).wall()[i - 1] = one[0];
                        times.get(c.getKey()).cpu()[i - 1] = one[1];
                    }
                }
            }
        } finally {
            Files.deleteIfExists(cpuFile);
        }
        return times;
    }

    /**
     * @param t  the times of one command.
     * @return "wall median …, p95 …; CPU median …" for a report line.
     */
    static String describe(Times t) {
        Stats cpu = new Stats(t.cpu());
        String s = "wall " + new Stats(t.wall()).format("ms");
        return Double.isNaN(cpu.median()) ? s : s + String.format(Locale.ROOT, "; CPU (user+sys) median %.0f ms",
                cpu.median());
    }

    /** @return {wall ms, CPU ms or NaN}. */
    private static double[] once(List<String> cmd, Path cpuFile) throws IOException, InterruptedException {
        boolean timed = Files.isExecutable(TIME);
        List<String> full = timed ? concat(List.of(TIME.toString(), "-f", "%U %S", "-o", cpuFile.toString()), cmd)
                : cmd;
        double wall = CliBench.timeProcess(full);
        if (!timed) {
            return new double[] {wall, Double.NaN};
        }
        String[] us = Files.readString(cpuFile).trim().split("\\s+");
        return new double[] {wall, (Double.parseDouble(us[us.length - 2]) + Double.parseDouble(us[us.length - 1]))
                * 1000};
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
