package io.activationplotter.model.saturation;

import java.util.Locale;

/** Where a {@link Region} lies. */
public enum Side {
    /** Unbounded toward −∞ (and the whole line when the region's end is +∞). */
    LEFT,
    /** Unbounded toward +∞. */
    RIGHT,
    /** Bounded on both sides. */
    INTERIOR;

    /** @return the CLI label: {@code left}, {@code right} or {@code interior}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
