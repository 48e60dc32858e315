package io.activationplotter.settings;

/**
 * How the window was left: its language, the side panes shown and the tab selected. Plain data, no JavaFX.
 *
 * @param language       the language as a BCP 47 tag (for example {@code zh-CN}), or {@code null} if not saved.
 * @param controlsShown  whether the controls on the left are shown.
 * @param infoShown      whether the formula panel is shown.
 * @param tab            the name of the tab selected (for example {@code chain}), or {@code null} if not saved.
 */
public record ViewState(String language, boolean controlsShown, boolean infoShown, String tab) {

    /** The state of a first start: the system's language, both panes shown, the plot tab. */
    public static final ViewState DEFAULTS = new ViewState(null, true, true, null);

    /**
     * Returns this state with the side panes shown, as after a reset to defaults; the language and tab are kept.
     *
     * @return the state.
     */
    public ViewState withPanesShown() {
        return new ViewState(language, true, true, tab);
    }
}
