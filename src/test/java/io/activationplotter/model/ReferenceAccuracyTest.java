package io.activationplotter.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compares every catalogue function with the mpmath references in {@code src/test/resources/reference}
 * (written by {@code tools/reference/generate_reference.py}).
 * <p>
 * The rule, for f and for f' alike, with g the quantity computed, x the argument and
 * cond = |x·g'(x)/g(x)| its condition number:
 * <pre>
 *   |got − true| ≤ 8 · (2^−53 · |true| · max(1, cond) + (1 + |x|) · 2^−1074)
 * </pre>
 * and a true value of exactly 0 must come back as 0. The second term only matters where the true
 * value is below the normal double range (|true| &lt; 2^−1022): there a result may carry the absolute
 * rounding of a subnormal intermediate, amplified at most by the factor x, i.e. at most
 * 8·(1 + |x|) ≤ 5608 units of the smallest subnormal (≈ 2.8e−320). The worst ratio
 * |got − true| / (2^−53·|true|·max(1, cond) + (1 + |x|)·2^−1074) per function ("conditioned ulps")
 * is written to {@code target/accuracy-report.txt} and to stdout.
 * <p>
 * With {@code -Dreference.dir=DIR} the test reads {@code DIR/<id>.csv} instead of the committed
 * files, for example a denser set written by {@code generate_reference.py DIR --random 20000}.
 */
class ReferenceAccuracyTest {

    private static final double LIMIT = 8.0;
    private static final double HALF_ULP = 0x1p-53;
    private static final double TINY = Double.MIN_VALUE;
    private static final Map<String, Worst[]> RESULTS = new ConcurrentHashMap<>();

    static Stream<String> ids() {
        return Catalogue.all().stream().map(ActivationType::id);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ids")
    void matchesReferenceWithinEightConditionedUlps(String id) throws IOException {
        ActivationType type = Catalogue.find(id).orElseThrow();
        List<String[]> rows = readReference(id);
        assertThat(rows).as("reference rows for %s", id).hasSizeGreaterThan(500);
        Worst fWorst = new Worst();
        Worst dWorst = new Worst();
        Map<String, Activation> instances = new HashMap<>();
        List<String> failures = new ArrayList<>();
        for (String[] r : rows) {
            Activation f = instances.computeIfAbsent(r[0], p -> type.create(parseParams(p)));
            double x = Double.parseDouble(r[1]);
            check("f", f.value(x), r[2], r[4], x, r[0], fWorst, failures);
            check("f'", f.derivative(x), r[3], r[5], x, r[0], dWorst, failures);
        }
        RESULTS.put(id, new Worst[] {fWorst, dWorst});
        assertThat(failures).as("%s: points beyond %s conditioned ulps (showing up to 20)", id, LIMIT)
                .isEmpty();
    }

    private static void check(String what, double got, String ref, String condText, double x, String params,
            Worst worst, List<String> failures) {
        double units;
        if (ref.equals("0")) {
            units = got == 0 ? 0 : Double.POSITIVE_INFINITY;
        } else {
            BigDecimal exact = new BigDecimal(ref);
            double trueValue = exact.doubleValue();
            double err = trueValue == 0 || !Double.isFinite(got) ? Math.abs(got - trueValue)
                    : new BigDecimal(got).subtract(exact).abs().doubleValue();
            double cond = Double.parseDouble(condText);
            double allowed = HALF_ULP * Math.abs(trueValue) * Math.max(1.0, cond) + (1 + Math.abs(x)) * TINY;
            units = Double.isNaN(got) ? Double.POSITIVE_INFINITY : err / allowed;
        }
        String where = what + "(" + x + ") [" + params + "] = " + got + ", true " + ref;
        worst.offer(units, where);
        if (!(units <= LIMIT) && failures.size() < 20) {
            failures.add(String.format(Locale.ROOT, "%s: %.3g conditioned ulps", where, units));
        }
    }

    private static Map<String, Double> parseParams(String text) {
        Map<String, Double> values = new LinkedHashMap<>();
        if (!text.isEmpty()) {
            for (String kv : text.split(";")) {
                String[] parts = kv.split("=");
                values.put(parts[0], Double.parseDouble(parts[1]));
            }
        }
        return values;
    }

    private static List<String[]> readReference(String id) throws IOException {
        String dir = System.getProperty("reference.dir");
        String resource = dir == null ? "/reference/" + id + ".csv" : Path.of(dir, id + ".csv").toString();
        try (InputStream in = dir == null ? ReferenceAccuracyTest.class.getResourceAsStream(resource)
                : Files.newInputStream(Path.of(resource))) {
            assertThat(in).as("reference file %s (run tools/reference/generate_reference.py)", resource).isNotNull();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String header = reader.readLine();
            assertThat(header).isEqualTo("params,x,f,df,cond_f,cond_df");
            List<String[]> rows = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                rows.add(line.split(",", -1));
            }
            return rows;
        }
    }

    @AfterAll
    static void writeReport() throws IOException {
        StringBuilder sb = new StringBuilder();
        sb.append("Worst error per function in conditioned ulps (limit ").append(LIMIT).append(")\n");
        sb.append(String.format(Locale.ROOT, "%-12s %10s %10s   %s%n", "function", "f", "f'", "worst f' point"));
        for (ActivationType t : Catalogue.all()) {
            Worst[] w = RESULTS.get(t.id());
            if (w != null) {
                sb.append(String.format(Locale.ROOT, "%-12s %10.3f %10.3f   %s | %s%n", t.id(), w[0].units,
                        w[1].units, w[0].where, w[1].where));
            }
        }
        System.out.print(sb);
        Path out = Path.of("target", "accuracy-report.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, sb.toString(), StandardCharsets.UTF_8);
    }

    /** The largest error seen so far and where. */
    private static final class Worst {
        private double units = -1;
        private String where = "";

        void offer(double u, String at) {
            if (u > units) {
                units = u;
                where = at;
            }
        }
    }
}
