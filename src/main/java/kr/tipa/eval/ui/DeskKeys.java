package kr.tipa.eval.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntConsumer;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.util.Subscription;

/**
 * A tabbed desk's keys (Shortcut+1…n choose a tab, F5 reads again), on whichever scene the desk is in and on
 * no scene once it is left: the scene outlives the desk, so a key left behind would act on a desk not shown.
 */
public final class DeskKeys {

    private final Map<KeyCombination, Runnable> keys = new LinkedHashMap<>();
    private Scene installedOn;

    private DeskKeys() {
    }

    /** Shortcut+1…{@code tabs} call {@code select} with 0…tabs−1; F5 runs {@code refresh}. */
    public static DeskKeys tabs(int tabs, IntConsumer select, Runnable refresh) {
        DeskKeys desk = new DeskKeys();
        for (int i = 0; i < tabs; i++) {
            int index = i;
            desk.keys.put(new KeyCodeCombination(KeyCode.valueOf("DIGIT" + (i + 1)), KeyCombination.SHORTCUT_DOWN),
                    () -> select.accept(index));
        }
        desk.keys.put(new KeyCodeCombination(KeyCode.F5), refresh);
        return desk;
    }

    /** While subscribed, the keys are on the scene {@code scene} holds; unsubscribing takes them off. */
    public Subscription follow(ObservableValue<Scene> scene) {
        return scene.subscribe(this::install).and(() -> install(null));
    }

    private void install(Scene scene) {
        if (installedOn != null) {
            keys.keySet().forEach(installedOn.getAccelerators()::remove);
        }
        installedOn = scene;
        if (scene != null) {
            scene.getAccelerators().putAll(keys);
        }
    }
}
