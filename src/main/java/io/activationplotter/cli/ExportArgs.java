package io.activationplotter.cli;

import io.activationplotter.chart.Curve;
import io.activationplotter.cli.ExportCommand.BadArgument;
import io.activationplotter.export.ExportOptions;
import io.activationplotter.model.ActivationType;
import io.activationplotter.model.Catalogue;
import io.activationplotter.model.ParameterSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Parses and checks the arguments of {@code export}; every message names the bad argument. */
final class ExportArgs {

    /** The widest x-range accepted. */
    static final double MAX_SPAN = 1e6;
    /** The narrowest x-range accepted. */
    static final double MIN_SPAN = 1e-9;

    private static final Pattern SIZE = Pattern.compile("\\s*(\\d{1,6})\\s*[xX×]\\s*(\\d{1,6})\\s*");

    private ExportArgs() {
    }

    /**
     * Builds the curves: each listed function with every --param it has.
     *
     * A --param that no listed function has but some catalogue function has (say
     * {@code negative_slope} with sigmoid and relu) is not an error: it adds a note and is unused, so
     * one script can pass the same parameters for different function lists. A name no function has is
     * a typo and an error.
     *
     * @param names   the --function values.
     * @param params  the parsed --param values.
     * @param notes   receives one line per unused --param.
     * @return the curves in the order listed.
     */
    static List<Curve> curves(List<String> names, Map<String, Double> params, List<String> notes) {
        List<ActivationType> types = new ArrayList<>();
        for (String name : names) {
            ActivationType t = Catalogue.find(name).orElseThrow(() -> new BadArgument("--function " + Echo.quote(name)
                    + ": unknown function (known: " + knownNames() + ")"));
            if (types.contains(t)) {
                throw new BadArgument("--function " + Echo.quote(name) + ": listed twice");
            }
            types.add(t);
        }
        for (String key : params.keySet()) {
            String arg = "--param " + Echo.quote(key + "=" + ParameterSpec.format(params.get(key)));
            if (Catalogue.all().stream().noneMatch(t -> t.parameter(key).isPresent())) {
                throw new BadArgument(arg + ": no function has a parameter " + Echo.quote(key) + " (known: "
                        + knownParameters() + ")");
            }
            if (types.stream().noneMatch(t -> t.parameter(key).isPresent())) {
                notes.add("note: " + arg + " is unused: none of the listed functions (" + ids(types)
                        + ") has it");
            }
        }
        List<Curve> curves = new ArrayList<>();
        for (ActivationType t : types) {
            Map<String, Double> own = new LinkedHashMap<>();
            params.forEach((k, v) -> {
                if (t.parameter(k).isPresent()) {
                    own.put(k, v);
                }
            });
            String error = t.validate(own);
            if (error != null) {
                throw new BadArgument("--param for " + t.id() + ": " + error);
            }
            curves.add(new Curve(t, t.create(own)));
        }
        return curves;
    }

    private static String knownParameters() {
        return Catalogue.all().stream().flatMap(t -> t.parameters().stream()).map(ParameterSpec::name).distinct()
                .sorted().collect(Collectors.joining(", "));
    }

    /**
     * Returns the automatic title: the function names in order, each with the parameters given for
     * it, for example {@code Sigmoid, Leaky ReLU (negative_slope = 0.1)}.
     *
     * @param curves  the curves.
     * @param params  the parsed --param values.
     * @return the title.
     */
    static String title(List<Curve> curves, Map<String, Double> params) {
        List<String> parts = new ArrayList<>();
        for (Curve c : curves) {
            List<String> own = new ArrayList<>();
            params.forEach((k, v) -> {
                if (c.type().parameter(k).isPresent()) {
                    own.add(k + " = " + ParameterSpec.format(v));
                }
            });
            parts.add(own.isEmpty() ? c.label() : c.label() + " (" + String.join(", ", own) + ")");
        }
        return String.join(", ", parts);
    }

    /**
     * Parses {@code MIN,MAX}.
     *
     * @param text  the --range value.
     * @return {min, max}.
     */
    static double[] range(String text) {
        String[] parts = text.split(",", -1);
        if (parts.length != 2) {
            throw bad("--range", text, "expected MIN,MAX, e.g. -6,6");
        }
        double lo = number("--range", text, parts[0]);
        double hi = number("--range", text, parts[1]);
        if (!(lo < hi)) {
            throw bad("--range", text, "MIN must be less than MAX");
        }
        double span = hi - lo;
        if (span > MAX_SPAN) {
            throw bad("--range", text, "wider than 1e6; choose a narrower range");
        }
        double resolvable = 4096 * Math.ulp(Math.max(Math.abs(lo), Math.abs(hi)));
        if (span < MIN_SPAN || span < resolvable) {
            throw bad("--range", text, "too narrow to plot (at least " + Math.max(MIN_SPAN, resolvable)
                    + " wide here)");
        }
        return new double[] {lo, hi};
    }

    /**
     * Parses the saturation threshold.
     *
     * @param text  the --threshold value.
     * @return T, with 0 &lt; T ≤ 1.
     */
    static double threshold(String text) {
        double t = number("--threshold", text, text);
        if (!(t > 0 && t <= 1)) {
            throw bad("--threshold", text, "must be greater than 0 and at most 1");
        }
        return t;
    }

    /**
     * Finds the curve to shade.
     *
     * @param name    the --select value, or {@code null} for the first curve.
     * @param curves  the curves.
     * @return the index, or −1 for {@code none}.
     */
    static int selected(String name, List<Curve> curves) {
        if (name == null) {
            return curves.isEmpty() ? -1 : 0;
        }
        if (name.trim().equalsIgnoreCase("none")) {
            return -1;
        }
        Optional<ActivationType> t = Catalogue.find(name);
        for (int i = 0; i < curves.size(); i++) {
            if (t.isPresent() && curves.get(i).type() == t.get()) {
                return i;
            }
        }
        throw bad("--select", name, "not one of the listed functions ("
                + ids(curves.stream().map(Curve::type).toList()) + ") or none");
    }

    /**
     * Parses {@code WIDTHxHEIGHT}.
     *
     * @param text  the --size value.
     * @return {width, height}.
     */
    static int[] size(String text) {
        Matcher m = SIZE.matcher(text);
        if (!m.matches()) {
            throw bad("--size", text, "expected WIDTHxHEIGHT, e.g. 1600x1000");
        }
        int w = Integer.parseInt(m.group(1));
        int h = Integer.parseInt(m.group(2));
        int max = ExportOptions.MAX_SIZE;
        if (w < 16 || h < 16 || w > max || h > max) {
            throw bad("--size", text, "width and height must be from 16 to " + max);
        }
        return new int[] {w, h};
    }

    /**
     * Parses the PNG scale.
     *
     * @param text  the --scale value.
     * @return the scale, from 1 to 4.
     */
    static double scale(String text) {
        String t = text.strip();
        boolean suffix = t.length() > 1 && (t.endsWith("x") || t.endsWith("X") || t.endsWith("×"));
        double s = number("--scale", text, suffix ? t.substring(0, t.length() - 1) : t);
        if (!(s >= 1 && s <= 4)) {
            throw bad("--scale", text, "must be from 1 to 4 (1, 2 or 3 usually)");
        }
        return s;
    }

    /**
     * Picks an enum constant by its label, ignoring case.
     *
     * @param option  the option name for messages.
     * @param text    the value.
     * @param values  the constants.
     * @param label   the label of a constant.
     * @param <E>     the enum.
     * @return the constant.
     */
    static <E extends Enum<E>> E choice(String option, String text, E[] values, Function<E, String> label) {
        for (E e : values) {
            if (label.apply(e).equalsIgnoreCase(text.trim())) {
                return e;
            }
        }
        String all = Arrays.stream(values).map(label).collect(Collectors.joining(", "));
        throw bad(option, text, "expected one of " + all);
    }

    /** The one strict parser every command uses, {@link Numbers#parseFinite(String)}. */
    private static double number(String option, String whole, String text) {
        try {
            return Numbers.parseFinite(text);
        } catch (NumberFormatException e) {
            throw bad(option, whole, e.getMessage());
        }
    }

    private static BadArgument bad(String option, String value, String why) {
        return new BadArgument(option + " " + Echo.quote(value) + ": " + why);
    }

    private static String ids(List<ActivationType> types) {
        return types.stream().map(ActivationType::id).collect(Collectors.joining(", "));
    }

    private static String knownNames() {
        return ids(Catalogue.all());
    }
}
