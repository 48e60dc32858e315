package io.activationplotter.model.saturation;

import java.util.Locale;

/** Where a {@link Region} lies. */
public enum Side {
    /** Unbounded toward −∞. */
    LEFT,
    /** Unbounded toward +∞. */
    RIGHT,
    /** Bounded on both sides. */
    INTERIOR,
    /** Unbounded both ways: |f'| &lt; T on the whole line (step; sigmoid with T &gt; 1/4). */
    BOTH;

    /** @return the CLI label: {@code left}, {@code right}, {@code interior} or {@code both}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
