package kr.tipa.eval.ui.workspace;

import javafx.beans.value.ChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;

/** Scrolls a scroll pane just enough to show a node inside it (ScrollPane does not follow the focus). */
final class ScrollIntoView {

    private static final double MARGIN = 24;

    private ScrollIntoView() {
    }

    /**
     * Keeps whatever gets the focus inside {@code pane} in view, for as long as the pane is in a scene:
     * the listener moves with the pane from scene to scene and is removed when the pane leaves (the
     * workspace is rebuilt when the desks are switched, and must not leave listeners behind).
     */
    static void followFocus(ScrollPane pane) {
        ChangeListener<Node> onFocus = (o, before, node) -> ensureVisible(pane, node);
        ChangeListener<Scene> onScene = (o, was, now) -> {
            if (was != null) {
                was.focusOwnerProperty().removeListener(onFocus);
            }
            if (now != null) {
                now.focusOwnerProperty().addListener(onFocus);
            }
        };
        pane.sceneProperty().addListener(onScene);
        if (pane.getScene() != null) {
            pane.getScene().focusOwnerProperty().addListener(onFocus);
        }
    }

    static void ensureVisible(ScrollPane pane, Node node) {
        if (node == null || pane.getContent() == null || !isInside(pane.getContent(), node)) {
            return;
        }
        Bounds content = pane.getContent().getLayoutBounds();
        Bounds viewport = pane.getViewportBounds();
        double scrollable = content.getHeight() - viewport.getHeight();
        if (scrollable <= 0) {
            return;
        }
        Bounds inContent = pane.getContent().sceneToLocal(node.localToScene(node.getLayoutBounds()));
        double top = pane.getVvalue() * scrollable;
        double bottom = top + viewport.getHeight();
        double target = top;
        if (inContent.getMinY() - MARGIN < top) {
            target = inContent.getMinY() - MARGIN;
        } else if (inContent.getMaxY() + MARGIN > bottom) {
            target = inContent.getMaxY() + MARGIN - viewport.getHeight();
        }
        pane.setVvalue(Math.max(0, Math.min(1, target / scrollable)));
    }

    private static boolean isInside(Node container, Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == container) {
                return true;
            }
        }
        return false;
    }
}
