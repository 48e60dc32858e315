package io.activationplotter.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.collections.WeakListChangeListener;
import javafx.collections.WeakSetChangeListener;
import javafx.scene.Node;

/**
 * Listeners that a view puts on a longer-lived model. The model holds them weakly and the view's
 * node strongly, so they live exactly as long as the view: a view that is replaced (a language
 * switch rebuilds the controls, toolbar and status line; each export dialog is new) is collected
 * instead of being kept, and kept busy, by the view-model it listened to.
 */
public final class ViewListeners {

    /** The key of the listeners in {@link Node#getProperties()}. */
    private static final Object KEY = ViewListeners.class;

    private ViewListeners() {
    }

    /**
     * Calls a listener on every change of a value, for as long as the owner lives.
     *
     * @param owner     the view whose lifetime bounds the listener ({@code null} not permitted).
     * @param source    the value ({@code null} not permitted).
     * @param listener  the listener ({@code null} not permitted).
     * @param <T>  the value's type.
     */
    public static <T> void onChange(Node owner, ObservableValue<T> source, ChangeListener<? super T> listener) {
        hold(owner, listener);
        source.addListener(new WeakChangeListener<>(listener));
    }

    /**
     * Calls a listener on every change of a list, for as long as the owner lives.
     *
     * @param owner     the view whose lifetime bounds the listener ({@code null} not permitted).
     * @param source    the list ({@code null} not permitted).
     * @param listener  the listener ({@code null} not permitted).
     * @param <E>  the element type.
     */
    public static <E> void onChange(Node owner, ObservableList<E> source, ListChangeListener<? super E> listener) {
        hold(owner, listener);
        source.addListener(new WeakListChangeListener<>(listener));
    }

    /**
     * Calls a listener on every change of a set, for as long as the owner lives.
     *
     * @param owner     the view whose lifetime bounds the listener ({@code null} not permitted).
     * @param source    the set ({@code null} not permitted).
     * @param listener  the listener ({@code null} not permitted).
     * @param <E>  the element type.
     */
    public static <E> void onChange(Node owner, ObservableSet<E> source, SetChangeListener<? super E> listener) {
        hold(owner, listener);
        source.addListener(new WeakSetChangeListener<>(listener));
    }

    @SuppressWarnings("unchecked")
    private static void hold(Node owner, Object listener) {
        Objects.requireNonNull(listener, "listener");
        ((List<Object>) owner.getProperties().computeIfAbsent(KEY, k -> new ArrayList<>())).add(listener);
    }
}
