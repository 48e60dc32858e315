package io.activationplotter.ui.plot;

import io.activationplotter.ui.Messages;
import io.activationplotter.ui.NumberText;
import io.activationplotter.ui.ViewListeners;
import javafx.application.Platform;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;
import org.controlsfx.control.RangeSlider;

/**
 * The range slider under the x-range fields: its thumbs are the visible x-range and its track the
 * extent from {@link RangeRules#track}. It follows every change of the {@link ViewRange} (zoom, pan,
 * box zoom, typed range, reset) without echoing it back, and a drag is applied once per pulse, so
 * moving the bar (which sets both thumbs one after the other) is one change and one redraw.
 */
final class XRangeSlider extends RangeSlider {

    private final ViewRange range;
    private boolean syncing;
    private boolean pending;

    /**
     * Creates the slider.
     *
     * @param range  the x-range it shows and changes ({@code null} not permitted).
     * @param text   the strings ({@code null} not permitted).
     */
    XRangeSlider(ViewRange range, Messages text) {
        super(range.trackMinProperty().get(), range.trackMaxProperty().get(), range.viewMin(), range.viewMax());
        this.range = range;
        setId("x-range-slider");
        setShowTickMarks(true);
        setShowTickLabels(true);
        setMinorTickCount(0);
        setMaxWidth(Double.MAX_VALUE);
        setTooltip(new Tooltip(text.get("range.slider")));
        setLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number v) {
                return NumberText.format(v.doubleValue());
            }

            @Override
            public Number fromString(String s) {
                return NumberText.parse(s).orElse(0);
            }
        });
        sync();
        ViewListeners.onChange(this, range.viewMinProperty(), (obs, old, now) -> sync());
        ViewListeners.onChange(this, range.viewMaxProperty(), (obs, old, now) -> sync());
        ViewListeners.onChange(this, range.trackMinProperty(), (obs, old, now) -> sync());
        ViewListeners.onChange(this, range.trackMaxProperty(), (obs, old, now) -> sync());
        lowValueProperty().addListener((obs, old, now) -> moved());
        highValueProperty().addListener((obs, old, now) -> moved());
    }

    /** Copies track and view into the slider: widen first, then the thumbs, then the exact track. */
    private void sync() {
        syncing = true;
        try {
            double lo = range.trackMinProperty().get();
            double hi = range.trackMaxProperty().get();
            setMax(Math.max(hi, getMax()));
            setMin(Math.min(lo, getMin()));
            if (range.viewMin() > getHighValue()) {
                setHighValue(range.viewMax());
                setLowValue(range.viewMin());
            } else {
                setLowValue(range.viewMin());
                setHighValue(range.viewMax());
            }
            setMin(lo);
            setMax(hi);
            setMajorTickUnit(range.trackStep());
            setBlockIncrement((hi - lo) / 200);
        } finally {
            syncing = false;
        }
    }

    /** A thumb or the bar moved: apply the new range once, after the skin has set both ends. */
    private void moved() {
        if (syncing || pending) {
            return;
        }
        pending = true;
        Platform.runLater(() -> {
            pending = false;
            range.setView(getLowValue(), getHighValue());
            sync(); // a range the rules narrowed, or the view already shown, puts the thumbs back
        });
    }
}
