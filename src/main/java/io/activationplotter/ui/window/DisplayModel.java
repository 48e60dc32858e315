package io.activationplotter.ui.window;

import io.activationplotter.chart.ActivationChart;
import io.activationplotter.chart.ChartLabels;
import io.activationplotter.chart.ChartLook;
import io.activationplotter.chart.ChartStyle;
import io.activationplotter.ui.Messages;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * How the window looks, for a classroom: presentation mode (full screen, fonts and lines ×{@value #PRESENTATION_SCALE},
 * high contrast, side panes as overlays over the chart), the dark theme, which side panes show, and
 * the language of the chart's words. Inputs are properties the toggles bind to; {@link #chartStyleProperty()}
 * derives the one chart style from them, which the plot's chart and every classroom chart follow.
 * Presenting leaves the side panes' settings alone, so leaving presentation shows them as they were.
 */
public final class DisplayModel {

    /** The size factor of fonts and line widths in presentation mode. */
    public static final double PRESENTATION_SCALE = 1.6;

    private final Messages text;
    private final ActivationChart chart;
    private final BooleanProperty presentation = new SimpleBooleanProperty(this, "presentation");
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark");
    private final BooleanProperty controlsShown = new SimpleBooleanProperty(this, "controlsShown", true);
    private final BooleanProperty infoShown = new SimpleBooleanProperty(this, "infoShown", true);
    private final BooleanProperty controlsOverlay = new SimpleBooleanProperty(this, "controlsOverlay");
    private final BooleanProperty infoOverlay = new SimpleBooleanProperty(this, "infoOverlay");
    private final BooleanProperty infoAvailable = new SimpleBooleanProperty(this, "infoAvailable", true);
    private final ReadOnlyDoubleWrapper scale = new ReadOnlyDoubleWrapper(this, "scale", 1);
    private final ReadOnlyObjectWrapper<ChartStyle> chartStyle = new ReadOnlyObjectWrapper<>(this, "chartStyle");

    /**
     * Creates the model; the chart takes its words from the messages now and on every language switch.
     *
     * @param text   the strings ({@code null} not permitted).
     * @param chart  the chart to restyle ({@code null} not permitted).
     */
    public DisplayModel(Messages text, ActivationChart chart) {
        this.text = Objects.requireNonNull(text, "text");
        this.chart = Objects.requireNonNull(chart, "chart");
        presentation.addListener((obs, old, now) -> {
            scale.set(now ? PRESENTATION_SCALE : 1);
            controlsOverlay.set(false);
            infoOverlay.set(false);
            restyle();
        });
        dark.addListener((obs, old, now) -> restyle());
        text.localeProperty().addListener((obs, old, now) -> {
            chart.setLabels(labels(text, now));
            restyle();
        });
        chart.setLabels(labels(text, text.localeProperty().get()));
        restyle();
        chartStyle.addListener((obs, old, now) -> chart.setStyle(now));
        chart.setStyle(chartStyle.get());
    }

    /**
     * Returns the style of every chart: the dark or light theme, the presentation scale, and a font
     * family for the language in use. It changes whenever one of them does.
     *
     * @return the style (read-only).
     */
    public ReadOnlyObjectProperty<ChartStyle> chartStyleProperty() {
        return chartStyle.getReadOnlyProperty();
    }

    private void restyle() {
        String family = ChartLook.familyFor(labels(text, text.localeProperty().get()).sample());
        chartStyle.set(new ChartStyle(dark.get() ? ChartLook.Theme.DARK : ChartLook.Theme.LIGHT, scale.get(), family));
    }

    /** @return presentation mode: full screen, larger fonts and lines, side panes as overlays. */
    public BooleanProperty presentationProperty() {
        return presentation;
    }

    /** @return the dark theme for window and chart. */
    public BooleanProperty darkProperty() {
        return dark;
    }

    /** @return whether the controls on the left are shown. */
    public BooleanProperty controlsShownProperty() {
        return controlsShown;
    }

    /** @return whether the formula and properties panel is shown. */
    public BooleanProperty infoShownProperty() {
        return infoShown;
    }

    /** @return whether the controls float over the chart while presenting (closed on entering). */
    public BooleanProperty controlsOverlayProperty() {
        return controlsOverlay;
    }

    /** @return whether the formula panel floats over the chart while presenting (closed on entering). */
    public BooleanProperty infoOverlayProperty() {
        return infoOverlay;
    }

    /**
     * Returns whether the formula panel has something to say on the tab shown: it describes the Plot
     * tab's selected function, so beside the chain or softmax it is not shown, and its overlay button
     * is disabled. Set by the main view from the tab selected.
     *
     * @return the flag (true unless the main view says otherwise).
     */
    public BooleanProperty infoAvailableProperty() {
        return infoAvailable;
    }

    /** @return the size factor of fonts and line widths: 1, or {@value #PRESENTATION_SCALE} when presenting. */
    public ReadOnlyDoubleProperty scaleProperty() {
        return scale.getReadOnlyProperty();
    }

    /** Switches presentation mode on or off (the F11 key). */
    public void togglePresentation() {
        presentation.set(!presentation.get());
    }

    /** Ends presentation mode (the Esc key); does nothing when not presenting. */
    public void leavePresentation() {
        presentation.set(false);
    }

    /** Shows or hides the controls (F9): their overlay while presenting, else their column. */
    public void toggleControls() {
        BooleanProperty p = presentation.get() ? controlsOverlay : controlsShown;
        p.set(!p.get());
    }

    /** Shows or hides the formula panel (F10): its overlay while presenting, else its column. */
    public void toggleInfo() {
        BooleanProperty p = presentation.get() ? infoOverlay : infoShown;
        p.set(!p.get());
    }

    /**
     * Switches the language of the whole app (views relabel themselves).
     *
     * @param locale  English or Simplified Chinese ({@code null} not permitted).
     */
    public void setLanguage(Locale locale) {
        text.setLocale(locale);
    }

    /**
     * Returns the chart's words in the messages' language.
     *
     * @param text    the strings ({@code null} not permitted).
     * @param locale  their locale ({@code null} not permitted).
     * @return the labels.
     */
    public static ChartLabels labels(Messages text, Locale locale) {
        return new ChartLabels(text.get("chart.xAxis"), text.get("chart.yAxis"), text.get("chart.yAxisFunction"),
                text.get("chart.hardSaturation"), text.get("chart.softSaturation"), text.get("chart.lowGradient"),
                text.get("chart.saturatedWhere"), text.get("saturation.none"), text.get("saturation.allX"),
                text.get("saturation.belowLeft"), text.get("saturation.belowRight"), locale);
    }
}
