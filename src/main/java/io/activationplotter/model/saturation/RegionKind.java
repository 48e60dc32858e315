package io.activationplotter.model.saturation;

import java.util.Locale;

/** What kind of low-gradient interval a {@link Region} is. */
public enum RegionKind {
    /** Reaches ±∞ and f' = 0 exactly there. */
    HARD,
    /** Reaches ±∞ and f' is small but not zero there. */
    SOFT,
    /** A bounded interval with |f'| below the threshold: not saturation (SiLU's minimum, a shrink dead zone). */
    LOW_GRADIENT;

    /** @return the CLI label: {@code hard}, {@code soft} or {@code low-gradient}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
