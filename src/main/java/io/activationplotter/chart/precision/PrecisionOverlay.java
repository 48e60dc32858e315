package io.activationplotter.chart.precision;

import io.activationplotter.chart.ChartLook;
import io.activationplotter.chart.ChartOverlay;
import io.activationplotter.chart.ChartStyle;
import io.activationplotter.model.precision.UnderflowRegion;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;

/**
 * The precision lens on the main chart: the tails where f' rounds to 0 in the format (their own tint
 * and legend entry) and the x-intervals where the drawn f is ±∞ or NaN (a tint and a line at each
 * end, labelled). It holds what to draw; {@link #set} replaces it before the chart's update.
 */
public final class PrecisionOverlay implements ChartOverlay {

    /** The underflow tint: Okabe–Ito reddish purple, translucent. */
    public static final Color UNDERFLOW_FILL = new Color(204, 121, 167, 90);
    /** The tint where f is not finite: Okabe–Ito vermillion, translucent. */
    public static final Color OVERFLOW_FILL = new Color(213, 94, 0, 45);
    private static final Color OVERFLOW_LINE = new Color(213, 94, 0);

    private List<UnderflowRegion> underflow = List.of();
    private List<double[]> overflow = List.of();
    private String underflowLabel = "";
    private String overflowLabel = "";

    /**
     * Replaces what is drawn; takes effect at the chart's next update or restyle.
     *
     * @param underflow       the underflow tails ({@code null} not permitted).
     * @param overflow        intervals {start, end, sign} where f is not finite (sign +1 for +∞, −1 for −∞, 0 NaN).
     * @param underflowLabel  the legend entry of the tails.
     * @param overflowLabel   the legend entry of the intervals.
     */
    public void set(List<UnderflowRegion> underflow, List<double[]> overflow, String underflowLabel,
            String overflowLabel) {
        this.underflow = List.copyOf(underflow);
        this.overflow = List.copyOf(overflow);
        this.underflowLabel = Objects.requireNonNull(underflowLabel, "underflowLabel");
        this.overflowLabel = Objects.requireNonNull(overflowLabel, "overflowLabel");
    }

    /** @return the underflow tails drawn. */
    public List<UnderflowRegion> underflow() {
        return underflow;
    }

    /** @return the intervals where f is not finite, {start, end, sign}. */
    public List<double[]> overflow() {
        return overflow;
    }

    @Override
    public void shade(XYPlot plot, ChartStyle style, double lo, double hi) {
        for (UnderflowRegion r : underflow) {
            IntervalMarker m = new IntervalMarker(Math.max(lo, r.start()), Math.min(hi, r.end()));
            m.setPaint(underflowFill(style));
            m.setOutlinePaint(null);
            plot.addDomainMarker(0, m, Layer.BACKGROUND, false);
        }
        for (double[] o : overflow) {
            IntervalMarker m = new IntervalMarker(Math.max(lo, o[0]), Math.min(hi, o[1]));
            m.setPaint(OVERFLOW_FILL);
            m.setOutlinePaint(null);
            plot.addDomainMarker(0, m, Layer.BACKGROUND, false);
            if (Double.isFinite(o[0])) {
                addEdge(plot, style, o[0], o[2], true);
            }
            if (Double.isFinite(o[1])) {
                addEdge(plot, style, o[1], o[2], false);
            }
        }
    }

    private static void addEdge(XYPlot plot, ChartStyle style, double x, double sign, boolean start) {
        ValueMarker line = new ValueMarker(x, OVERFLOW_LINE, new BasicStroke((float) (2 * style.scale()),
                BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        line.setLabel(sign > 0 ? "+∞" : sign < 0 ? "−∞" : "NaN");
        line.setLabelFont(style.legendFont());
        line.setLabelPaint(OVERFLOW_LINE);
        line.setLabelAnchor(start ? RectangleAnchor.TOP_RIGHT : RectangleAnchor.TOP_LEFT);
        line.setLabelTextAnchor(start ? TextAnchor.TOP_LEFT : TextAnchor.TOP_RIGHT);
        plot.addDomainMarker(0, line, Layer.FOREGROUND, false);
    }

    @Override
    public void legend(LegendItemCollection items, ChartStyle style) {
        double half = 7 * style.scale();
        Rectangle2D box = new Rectangle2D.Double(-half, -half, 2 * half, 2 * half);
        if (!underflow.isEmpty()) {
            items.add(new LegendItem(underflowLabel, null, null, null, box, underflowFill(style), style.line(1f),
                    style.theme().secondaryText()));
        }
        if (!overflow.isEmpty()) {
            items.add(new LegendItem(overflowLabel, null, null, null, box, OVERFLOW_FILL, style.line(1f),
                    OVERFLOW_LINE));
        }
    }

    private static Color underflowFill(ChartStyle style) {
        return style.theme() == ChartLook.Theme.DARK ? new Color(204, 121, 167, 120) : UNDERFLOW_FILL;
    }
}
