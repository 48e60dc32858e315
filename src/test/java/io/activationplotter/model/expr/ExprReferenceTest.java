package io.activationplotter.model.expr;

import static org.assertj.core.api.Assertions.assertThat;

import io.activationplotter.model.Activation;
import io.activationplotter.model.ParameterSpec;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Custom formulas against 50-digit values from tools/expr_reference.py (SymPy differentiates its own,
 * hand-written copy of each formula; mpmath evaluates): f in double and f′ by automatic
 * differentiation, within each row's relative tolerance.
 */
class ExprReferenceTest {

    static final String CSV = "expr_reference.csv";

    record Row(String formula, String params, double x, BigDecimal f, BigDecimal df, double tol) {
        @Override
        public String toString() {
            return formula + (params.isEmpty() ? "" : " [" + params + "]") + " at x = " + x;
        }
    }

    static Stream<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                ExprReferenceTest.class.getResourceAsStream(CSV), StandardCharsets.UTF_8))) {
            r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                List<String> c = split(line);
                rows.add(new Row(c.get(0), c.get(1), Double.parseDouble(c.get(2)), new BigDecimal(c.get(3)),
                        new BigDecimal(c.get(4)), Double.parseDouble(c.get(5))));
            }
        }
        assertThat(rows).hasSizeGreaterThan(200);
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void valueAndDerivativeMatchTheReference(Row row) {
        // the parameters "a=1.702;b=4" become declarations a = 1.702, b = 4
        CustomDefinition d = CustomDefinition.compile(row.formula(), row.params().replace(';', ','));
        Activation f = d.createDefault();
        assertClose("f", f.value(row.x()), row.f(), row.tol());
        assertClose("f'", f.derivative(row.x()), row.df(), row.tol());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void parametersAreDeclared(Row row) {
        List<ParameterSpec> specs = ParameterDeclarations.parse(row.params().replace(';', ','));
        assertThat(specs.stream().map(ParameterSpec::name)).containsExactlyElementsOf(
                ExprParser.freeNames(row.formula()));
    }

    private static void assertClose(String what, double got, BigDecimal expected, double tol) {
        double ref = expected.doubleValue();
        double err = Math.abs(got - ref);
        assertThat(err <= tol * Math.abs(ref) || err <= 1e-300)
                .as("%s = %s, reference %s (relative error %s, allowed %s)", what, got, ref,
                        err / Math.abs(ref), tol)
                .isTrue();
    }

    /** Splits a CSV line with double-quoted fields. */
    private static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (char ch : line.toCharArray()) {
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == ',' && !quoted) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
