package kr.tipa.eval.ui;

import javafx.scene.Node;

/**
 * What the window's content area shows at one time (a first-run screen, a desk). In the manner of Bisq 2's
 * activate/deactivate: the window activates a screen when it shows it and deactivates it when it leaves
 * it, and a screen releases there every listener it put on something that outlives it (the scene, the
 * window's models) and every resource it holds (open documents), so that leaving never leaks.
 */
public interface Screen {

    Node node();

    /** Shown: start reading, attach to the scene. */
    default void activate() {
    }

    /** Left: detach from the scene and release what is held. Called once; the screen is not shown again. */
    default void deactivate() {
    }

    /** A screen with nothing to attach or release. */
    static Screen of(Node node) {
        return () -> node;
    }

    /** A screen that only has something to stop when it is left (a timer). */
    static Screen of(Node node, Runnable deactivate) {
        return new Screen() {
            @Override
            public Node node() {
                return node;
            }

            @Override
            public void deactivate() {
                deactivate.run();
            }
        };
    }
}
