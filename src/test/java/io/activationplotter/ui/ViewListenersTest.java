package io.activationplotter.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.layout.Pane;
import org.junit.jupiter.api.Test;

/** Listeners bounded by their view: they work while it lives, and do not keep it alive. */
class ViewListenersTest {

    private final BooleanProperty error = new SimpleBooleanProperty();
    private final ObservableList<String> items = FXCollections.observableArrayList();

    @Test
    void listenersWorkWhileTheViewLives() {
        // given
        Pane view = new Pane();
        List<String> seen = new ArrayList<>();
        Fields.showErrors(view, error);
        ViewListeners.onChange(view, items, c -> seen.add(String.join(",", c.getList())));
        System.gc();
        // when
        error.set(true);
        items.add("a");
        // then
        assertThat(view.getStyleClass()).contains(Fields.ERROR);
        assertThat(seen).containsExactly("a");
        error.set(false);
        assertThat(view.getStyleClass()).doesNotContain(Fields.ERROR);
    }

    /** @return a view listening to the model, referred to by nothing else. */
    private WeakReference<Pane> listeningView() {
        Pane view = new Pane();
        Fields.showErrors(view, error);
        ViewListeners.onChange(view, items, c -> view.setUserData(c.getList().size()));
        return new WeakReference<>(view);
    }

    @Test
    void aDroppedViewIsCollectedThoughTheModelLivesOn() throws InterruptedException {
        // given: a view whose listeners refer back to it; when: nothing else refers to it
        WeakReference<Pane> ref = listeningView();
        for (int i = 0; i < 20 && ref.get() != null; i++) {
            System.gc();
            Thread.sleep(50);
        }
        // then: collected, and the model's changes still go through
        assertThat(ref.get()).isNull();
        error.set(true);
        items.add("a");
        assertThat(error.get()).isTrue();
    }
}
