package io.activationplotter.chart;

import io.activationplotter.model.Catalogue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One colour per catalogue function, the same on every chart (Plot, Depth, Chain, exports, CLI):
 * ReLU is vermillion whether it is drawn alone, first or third. Each function has a fixed preferred
 * {@link Palette} hue; a chart resolves collisions deterministically, in two passes:
 * <ol>
 * <li>in drawing order, every curve whose preferred hue no earlier curve has claimed takes it, with
 *     the solid line style (line style 0);</li>
 * <li>then each curve left over (its hue was claimed by an earlier one) takes the first hue after its
 *     preferred one (in {@link Palette} order, wrapping) that is still free with that line style;</li>
 * <li>when all eight hues are taken with a line style, the search repeats with the next line style
 *     (dash-dot, then long dashes), starting again from the preferred hue.</li>
 * </ol>
 * So a collision moves only the curves that collide: comparing GELU and sigmoid (both blue) moves
 * the later of the two and never takes ReLU's vermillion away from a ReLU drawn beside them.
 * So up to eight curves drawn at once have eight different colours, and up to
 * {@code 8 × }{@value #LINE_STYLES} curves differ in colour or line style. A run-time function (a
 * chain such as {@code relu-sigmoid}) prefers the hue of its last stage; any other unknown id
 * prefers a hue chosen by its hash code.
 */
public final class FunctionColors {

    /** The number of line styles (solid, dash-dot, long dashes) used to tell curves of one hue apart. */
    public static final int LINE_STYLES = 3;

    private static final Map<String, Palette> PREFERRED = Map.ofEntries(
            Map.entry("sigmoid", Palette.BLUE),
            Map.entry("tanh", Palette.GREEN),
            Map.entry("relu", Palette.VERMILLION),
            Map.entry("leaky_relu", Palette.PURPLE),
            Map.entry("elu", Palette.ORANGE),
            Map.entry("softplus", Palette.SKY_BLUE),
            Map.entry("silu", Palette.NEUTRAL),
            Map.entry("swish", Palette.SKY_BLUE),
            Map.entry("gelu", Palette.YELLOW),
            Map.entry("gelu_tanh", Palette.SKY_BLUE),
            Map.entry("mish", Palette.GREEN),
            Map.entry("selu", Palette.GREEN),
            Map.entry("celu", Palette.SKY_BLUE),
            Map.entry("relu6", Palette.ORANGE),
            Map.entry("prelu", Palette.SKY_BLUE),
            Map.entry("rrelu", Palette.GREEN),
            Map.entry("hardtanh", Palette.ORANGE),
            Map.entry("hardsigmoid", Palette.PURPLE),
            Map.entry("hardswish", Palette.GREEN),
            Map.entry("softsign", Palette.ORANGE),
            Map.entry("logsigmoid", Palette.PURPLE),
            Map.entry("tanhshrink", Palette.SKY_BLUE),
            Map.entry("softshrink", Palette.BLUE),
            Map.entry("hardshrink", Palette.VERMILLION),
            Map.entry("threshold", Palette.GREEN),
            Map.entry("step", Palette.PURPLE),
            Map.entry("identity", Palette.NEUTRAL),
            // issue 13: Keras, JAX and paper activations
            Map.entry("relu_squared", Palette.ORANGE),
            Map.entry("quick_gelu", Palette.GREEN),
            Map.entry("squareplus", Palette.BLUE),
            Map.entry("sparse_plus", Palette.PURPLE),
            Map.entry("sparse_sigmoid", Palette.ORANGE),
            Map.entry("isru", Palette.PURPLE),
            Map.entry("isrlu", Palette.GREEN),
            Map.entry("bent_identity", Palette.ORANGE),
            Map.entry("gaussian", Palette.VERMILLION),
            Map.entry("smish", Palette.BLUE),
            Map.entry("tanhexp", Palette.ORANGE),
            Map.entry("elish", Palette.PURPLE),
            Map.entry("snake", Palette.GREEN),
            Map.entry("xielu", Palette.VERMILLION),
            Map.entry("exponential", Palette.SKY_BLUE));

    /**
     * The look of one curve in a chart: a hue and a line style.
     *
     * @param hue        the hue.
     * @param lineStyle  the line style, from 0 (solid) to {@value FunctionColors#LINE_STYLES} − 1.
     */
    public record Slot(Palette hue, int lineStyle) {

        /** Checks the fields. */
        public Slot {
            Objects.requireNonNull(hue, "hue");
            if (lineStyle < 0 || lineStyle >= LINE_STYLES) {
                throw new IllegalArgumentException("lineStyle must be from 0 to " + (LINE_STYLES - 1));
            }
        }
    }

    private FunctionColors() {
    }

    /**
     * Returns the hue a function is drawn in when no earlier curve of the chart has it.
     *
     * @param id  the function's id, for example {@code relu} ({@code null} not permitted).
     * @return the hue.
     */
    public static Palette preferred(String id) {
        Palette p = PREFERRED.get(id);
        if (p != null) {
            return p;
        }
        int dash = id.lastIndexOf('-');
        if (dash >= 0 && PREFERRED.containsKey(id.substring(dash + 1))) {
            return PREFERRED.get(id.substring(dash + 1));
        }
        Palette[] all = Palette.values();
        return all[Math.floorMod(id.hashCode(), all.length)];
    }

    /** @return whether every catalogue function has a preferred hue of its own listed here. */
    static boolean coversCatalogue() {
        return Catalogue.all().stream().allMatch(t -> PREFERRED.containsKey(t.id()));
    }

    /**
     * Assigns a hue and line style to each curve of a chart, by the rule in the class description.
     *
     * @param ids  the functions' ids in drawing order ({@code null} not permitted).
     * @return one slot per id, in the same order.
     */
    public static List<Slot> assign(List<String> ids) {
        Set<Slot> used = new HashSet<>();
        List<Slot> slots = new ArrayList<>(ids.size());
        for (String id : ids) { // first pass: preferred hues, first claimant wins
            Slot own = new Slot(preferred(id), 0);
            slots.add(used.add(own) ? own : null);
        }
        for (int i = 0; i < ids.size(); i++) { // second pass: the curves that collided
            if (slots.get(i) == null) {
                Slot slot = firstFree(preferred(ids.get(i)), used);
                used.add(slot);
                slots.set(i, slot);
            }
        }
        return slots;
    }

    private static Slot firstFree(Palette preferred, Set<Slot> used) {
        for (int style = 0; style < LINE_STYLES; style++) {
            Palette hue = preferred;
            for (int k = 0; k < Palette.values().length; k++) {
                Slot s = new Slot(hue, style);
                if (!used.contains(s)) {
                    return s;
                }
                hue = hue.next();
            }
        }
        return new Slot(preferred, 0); // more curves than slots: they repeat
    }
}
