package io.activationplotter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line in a real child JVM: a closed pipe, an {@code eval} whose input does not fit in the heap,
 * and exports that do not fit, each ending with one line (or none) and the documented exit status.
 */
class CliProcessTest {

    @TempDir
    Path dir;

    @Test
    void evalIntoAPipeClosedAfterTheFirstLineEndsQuietly() throws Exception {
        // given: eval | head -1
        Path err = dir.resolve("err.txt");
        Process p = ChildCli.builder(List.of(), "eval", "gelu").redirectError(err.toFile()).start();
        ChildCli.feed(p, 300_000); // ~15 MB of CSV: far more than a pipe holds
        // when
        String first;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(),
                StandardCharsets.UTF_8))) {
            first = out.readLine();
        }
        int code = ChildCli.waitFor(p);
        // then
        assertThat(first).isEqualTo("x,f,df");
        assertThat(Files.readString(err)).isEmpty();
        assertThat(code).isIn(0, 141);
    }

    @Test
    void evalInputLargerThanTheHeapIsOneLineAndExitTwo() throws Exception {
        // 4 M values are 32 MB as doubles: more than a 24 MB heap holds
        ChildCli.Result r = ChildCli.run(dir, List.of("-Xmx24m", "-XX:+UseSerialGC"), 4_000_000, "eval", "gelu");
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).singleElement().asString()
                .matches("error: not enough memory for the x values of standard input \\(ran out at line \\d+;"
                        + " 8 bytes a value\\); give fewer values or more memory \\(java -Xmx\\.\\.\\.\\)");
        assertThat(r.code()).isEqualTo(Cli.USAGE_ERROR);
    }

    @Test
    void exportThatDoesNotFitInTheHeapIsOneLineAndNoFile() throws Exception {
        // given: a 10000x10000 PNG (a 400 MB image) in the heaps where it used to fail in the PNG encoder
        // ("OutOfMemoryError" trace, or "PNG encoding failed") with the default collector
        Path png = dir.resolve("big.png");
        for (String heap : new String[] {"-Xmx400m", "-Xmx410m", "-Xmx420m"}) {
            // when
            ChildCli.Result r = ChildCli.run(dir, List.of(heap), 0, "export", "--function", "gelu,relu",
                    "--size", "10000x10000", "--out", png.toString());
            // then: either it is written, or one line and nothing left behind
            if (r.code() == 0) {
                assertThat(r.out()).as(heap).startsWith("wrote ");
                assertThat(png).as(heap).exists();
                Files.delete(png);
            } else {
                assertThat(r.err().lines()).as(heap)
                        .containsExactly("not enough memory for 10000x10000; try a smaller --size or --scale");
                assertThat(r.code()).as(heap).isEqualTo(Cli.USAGE_ERROR);
                assertThat(png).as(heap).doesNotExist();
            }
            try (Stream<Path> files = Files.list(dir)) {
                assertThat(files.map(f -> f.getFileName().toString())).as(heap).noneMatch(n -> n.endsWith(".part"));
            }
        }
    }
}
