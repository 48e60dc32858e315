package io.activationplotter.export;

import io.activationplotter.chart.Curve;
import io.activationplotter.chart.FigureSpec;
import io.activationplotter.model.Catalogue;
import java.util.ArrayList;
import java.util.List;

/** Specs shared by the export tests. */
final class Figures {

    private Figures() {
    }

    /**
     * @param names  catalogue names.
     * @return the functions with default parameters on [−6, 6], the first selected, T = 0.05.
     */
    static FigureSpec of(String... names) {
        List<Curve> curves = new ArrayList<>();
        for (String n : names) {
            var t = Catalogue.find(n).orElseThrow();
            curves.add(new Curve(t, t.createDefault()));
        }
        return new FigureSpec(curves, 0, -6, 6, 0.05, true);
    }
}
