package io.activationplotter.ui.depth;

import static org.assertj.core.api.Assertions.assertThat;

import io.activationplotter.chart.Curve;
import io.activationplotter.chart.depth.DepthChart;
import io.activationplotter.model.ActivationType;
import io.activationplotter.model.Catalogue;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.TitleEntity;
import org.jfree.chart.title.TextTitle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The depth chart's title stays clear of the y-axis' top tick label, whatever the depth. */
class DepthChartLayoutTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 10, 50})
    void titleNeverOverlapsTheTopTickLabel(int layers) {
        DepthChart chart = new DepthChart();
        List<Curve> curves = List.of("sigmoid", "relu").stream().map(id -> {
            ActivationType t = Catalogue.find(id).orElseThrow();
            return new Curve(t, t.create(java.util.Map.of()));
        }).toList();
        chart.update(curves, layers, -6, 6, 601);
        chart.setTitle("|f\u2032(x)|^" + layers + " through " + layers + " layers");
        BufferedImage image = new BufferedImage(420, 640, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g2 = image.createGraphics();
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.getChart().draw(g2, new Rectangle2D.Double(0, 0, 420, 640), info);
        // the top tick label is centred on the data area's top edge: half of it (and its superscript) sticks out
        FontRenderContext frc = g2.getFontRenderContext();
        double labelHeight = chart.getRangeAxis().getTickLabelFont().getLineMetrics("10", frc).getHeight();
        g2.dispose();
        Rectangle2D data = info.getPlotInfo().getDataArea();
        Rectangle2D title = null;
        for (Object e : info.getEntityCollection().getEntities()) {
            if (e instanceof TitleEntity t && t.getTitle() instanceof TextTitle text && text == chart.getChart().getTitle()) {
                title = ((ChartEntity) e).getArea().getBounds2D();
            }
        }
        assertThat(title).isNotNull();
        assertThat(data.getMinY() - title.getMaxY()).isGreaterThanOrEqualTo(labelHeight * 0.75);
        // and the axis never reaches below the floor
        assertThat(chart.getRangeAxis().getLowerBound()).isGreaterThanOrEqualTo(DepthChart.FLOOR);
    }
}
