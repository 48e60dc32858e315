package io.activationplotter.cli;

import io.activationplotter.chart.Curve;
import io.activationplotter.cli.ExportCommand.BadArgument;
import io.activationplotter.model.expr.CustomDefinition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The curves of {@code export} with {@code --expr}: the custom formula first, then the --function list. */
final class ExportExpr {

    private ExportExpr() {
    }

    /**
     * Builds the curves. A --param the formula uses goes to it; it also goes to the listed functions
     * that have it, and one neither uses is checked as {@link ExportArgs#curves} checks it.
     *
     * @param expr       the --expr value, or {@code null}.
     * @param functions  the --function values, or {@code null}.
     * @param params     the parsed --param values.
     * @param notes      receives one line per unused --param.
     * @return the curves.
     * @throws BadArgument naming the bad argument.
     */
    static List<Curve> curves(String expr, List<String> functions, Map<String, Double> params, List<String> notes) {
        List<String> names = functions == null ? List.of() : functions;
        if (expr == null) {
            if (names.isEmpty()) {
                throw new BadArgument("missing --function NAME or " + ExprOption.NAME + " FORMULA");
            }
            return ExportArgs.curves(names, params, notes);
        }
        CustomDefinition custom;
        try {
            custom = ExprOption.compile(expr, params);
        } catch (IllegalArgumentException e) {
            throw new BadArgument(e.getMessage());
        }
        Map<String, Double> rest = new LinkedHashMap<>(params);
        List<Curve> listed = new ArrayList<>();
        if (!names.isEmpty()) {
            // a name of the formula no listed function has is used: not an unknown parameter
            rest.keySet().removeIf(k -> ExprOption.uses(custom, k) && !listedHave(names, k));
            listed = ExportArgs.curves(names, rest, notes);
        } else {
            rest.keySet().removeIf(k -> ExprOption.uses(custom, k));
            if (!rest.isEmpty()) {
                String key = rest.keySet().iterator().next();
                throw new BadArgument("--param " + Echo.quote(key) + ": the formula has no name " + Echo.quote(key));
            }
        }
        List<Curve> curves = new ArrayList<>();
        curves.add(new Curve(custom.type(), custom.createDefault()));
        curves.addAll(listed);
        return curves;
    }

    /**
     * Finds the curve to shade; {@code custom} names the formula.
     *
     * @param name    the --select value, or {@code null} for the first curve.
     * @param curves  the curves.
     * @return the index, or −1 for {@code none}.
     */
    static int selected(String name, List<Curve> curves) {
        if (name != null && name.trim().equalsIgnoreCase(CustomDefinition.ID)) {
            for (int i = 0; i < curves.size(); i++) {
                if (CustomDefinition.isCustom(curves.get(i).type())) {
                    return i;
                }
            }
        }
        return ExportArgs.selected(name, curves);
    }

    private static boolean listedHave(List<String> names, String key) {
        return names.stream().anyMatch(n -> io.activationplotter.model.Catalogue.find(n)
                .map(t -> t.parameter(key).isPresent()).orElse(false));
    }
}
