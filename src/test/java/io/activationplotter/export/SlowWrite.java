package io.activationplotter.export;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A child JVM for {@link KilledWriteTest}: starts an atomic write of {@code args[0]}, writes part of it,
 * prints {@code writing} and then waits (at most a minute) before finishing, so the test can kill it
 * mid-write.
 */
public final class SlowWrite {

    private SlowWrite() {
    }

    /**
     * @param args  the target file.
     * @throws IOException if the write fails.
     * @throws InterruptedException never expected.
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        AtomicFiles.write(Path.of(args[0]), out -> {
            out.write(new byte[4096]);
            out.flush();
            System.out.println("writing");
            System.out.flush();
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            out.write(new byte[4096]);
        });
    }
}
