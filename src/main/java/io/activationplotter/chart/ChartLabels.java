package io.activationplotter.chart;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * The words the chart shows, so a GUI can pass them in its own language (the chart package does
 * not know about resource bundles). Patterns use {@link MessageFormat} placeholders.
 *
 * @param xAxis            the x-axis label.
 * @param yAxis            the y-axis label.
 * @param hardSaturation   the legend text for hard saturation.
 * @param softSaturation   the legend text for soft saturation; {0} is the threshold.
 * @param lowGradient      the legend text for low-gradient zones; {0} is the threshold.
 * @param saturatedWhere   the subtitle; {0} the function, {1} the threshold, {2} the intervals.
 * @param none             the word for no saturated interval.
 * @param allX             the words for an interval covering every x.
 * @param locale           the locale for the patterns.
 */
public record ChartLabels(String xAxis, String yAxis, String hardSaturation, String softSaturation,
        String lowGradient, String saturatedWhere, String none, String allX, Locale locale) {

    /** The English words used by the command line and exports. */
    public static final ChartLabels ENGLISH = new ChartLabels("x", "f(x), f′(x)", "hard saturation (f′ = 0)",
            "soft saturation (|f′| < {0})", "low-gradient zone (|f′| < {0})", "{0} saturated where |f′| < {1}: {2}",
            "none", "all x", Locale.ENGLISH);

    /**
     * Creates the labels.
     */
    public ChartLabels {
        Objects.requireNonNull(xAxis, "xAxis");
        Objects.requireNonNull(yAxis, "yAxis");
        Objects.requireNonNull(hardSaturation, "hardSaturation");
        Objects.requireNonNull(softSaturation, "softSaturation");
        Objects.requireNonNull(lowGradient, "lowGradient");
        Objects.requireNonNull(saturatedWhere, "saturatedWhere");
        Objects.requireNonNull(none, "none");
        Objects.requireNonNull(allX, "allX");
        Objects.requireNonNull(locale, "locale");
    }

    /**
     * Fills a pattern.
     *
     * @param pattern  one of this record's patterns ({@code null} not permitted).
     * @param args     the arguments, already formatted as text.
     * @return the text.
     */
    public String format(String pattern, Object... args) {
        return new MessageFormat(pattern, locale).format(args);
    }

    /** @return every fixed text, to choose a font that can display them. */
    public String sample() {
        return xAxis + yAxis + hardSaturation + softSaturation + lowGradient + saturatedWhere + none + allX;
    }
}
