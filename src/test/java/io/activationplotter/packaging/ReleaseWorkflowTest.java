package io.activationplotter.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Reads {@code .github/workflows/release.yml} (which cannot run here) as GitHub would parse it and checks
 * that each desktop OS of the matrix builds, tests, and packages by calling {@code packaging/build.sh}
 * with its own OS argument, so that the workflow never duplicates the script.
 */
class ReleaseWorkflowTest {

    private static final Path WORKFLOW = Path.of(".github", "workflows", "release.yml");
    private static Map<String, Object> job;

    @BeforeAll
    static void parse() throws IOException {
        Map<String, Object> workflow;
        try (Reader in = Files.newBufferedReader(WORKFLOW)) {
            workflow = new Yaml().load(in);
        }
        Map<String, Object> jobs = map(workflow.get("jobs"));
        assertThat(jobs).hasSize(1);
        job = map(jobs.values().iterator().next());
    }

    @Test
    void runsOnEachDesktopWithItsBuildShArgument() {
        // given
        List<Map<String, Object>> include = list(map(map(job.get("strategy")).get("matrix")).get("include"));
        // when
        Map<Object, Object> platformByRunner = include.stream()
                .collect(Collectors.toMap(entry -> entry.get("os"), entry -> entry.get("platform")));
        // then
        assertThat(job.get("runs-on")).isEqualTo("${{ matrix.os }}");
        assertThat(platformByRunner).containsExactlyInAnyOrderEntriesOf(Map.of(
                "ubuntu-latest", "linux", "windows-latest", "windows", "macos-latest", "macos"));
    }

    @Test
    void testsThenPackagesWithTheScript() {
        // given
        List<String> runs = steps().stream().map(step -> (String) step.get("run")).filter(run -> run != null)
                .map(String::strip).toList();
        // then: mvn verify, then build.sh with the matrix's OS argument, and nothing else calls jpackage
        assertThat(runs).contains("mvn -B verify", "bash packaging/build.sh ${{ matrix.platform }} all");
        assertThat(runs.indexOf("mvn -B verify"))
                .isLessThan(runs.indexOf("bash packaging/build.sh ${{ matrix.platform }} all"));
        assertThat(runs).noneMatch(run -> run.contains("jpackage"));
    }

    @Test
    void uploadsEachOsInstaller() {
        // given
        Map<String, Object> upload = steps().stream()
                .filter(step -> String.valueOf(step.get("uses")).startsWith("actions/upload-artifact@"))
                .findFirst().orElseThrow();
        // then
        assertThat((String) map(upload.get("with")).get("path"))
                .contains("target/dist/*.deb", "target/dist/*.rpm", "target/dist/*.msi", "target/dist/*.dmg");
    }

    /** The script accepts what the workflow passes: each platform name and "all". */
    @Test
    void buildShTakesTheWorkflowsArguments() throws IOException {
        String script = Files.readString(Path.of("packaging", "build.sh"));
        assertThat(script).contains("linux|windows|macos)", "*:all");
    }

    private static List<Map<String, Object>> steps() {
        return list(job.get("steps"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object yaml) {
        assertThat(yaml).isInstanceOf(Map.class);
        return (Map<String, Object>) yaml;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object yaml) {
        assertThat(yaml).isInstanceOf(List.class);
        return (List<Map<String, Object>>) yaml;
    }
}
