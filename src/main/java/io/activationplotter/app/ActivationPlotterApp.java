package io.activationplotter.app;

import io.activationplotter.chart.ActivationChart;
import io.activationplotter.chart.Curve;
import io.activationplotter.chart.FigureSpec;
import io.activationplotter.model.Catalogue;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.jfree.chart.fx.ChartViewer;

/** The JavaFX application: one window titled "Activation Plotter". */
public final class ActivationPlotterApp extends Application {

    @Override
    public void start(Stage stage) {
        ActivationChart chart = new ActivationChart();
        var sigmoid = Catalogue.find("sigmoid").orElseThrow();
        chart.update(new FigureSpec(List.of(new Curve(sigmoid, sigmoid.createDefault())), 0, -6, 6, 0.05, true),
                ActivationChart.DEFAULT_SAMPLES);
        stage.setTitle("Activation Plotter");
        stage.setScene(new Scene(new ChartViewer(chart.getChart()), 1200, 760));
        stage.show();
    }
}
