package kr.tipa.eval.ui;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import kr.tipa.eval.ui.Notices.Notice;
import org.controlsfx.control.Notifications;

/**
 * The window's {@link Notices}: a ControlsFX notification in the corner when background work ends while the
 * user is elsewhere, that is when the window does not have the focus (another program, minimised), or when
 * the screen the work was started from is no longer shown (another desk, another tab, the idle lock over it).
 * Looking at it, the user has the status line and the dialog that report the outcome; a notification then
 * would only repeat them. Clicking a notification brings the window back.
 */
public final class DesktopNotices {

    /** The notification's root style class (styles/controlsfx.css), beside ControlsFX's own. */
    public static final String STYLE_CLASS = "tipa-notice";
    public static final String FAILED_STYLE_CLASS = "tipa-notice-failed";
    private static final Duration SHOWN_FOR = Duration.seconds(8);

    private final Supplier<Window> window;
    private final Consumer<Notice> show;

    public DesktopNotices(Supplier<Window> window) {
        this.window = window;
        this.show = this::notification;
    }

    /** @param show how a notice is shown (a test records it instead of opening a notification) */
    public DesktopNotices(Supplier<Window> window, Consumer<Notice> show) {
        this.window = window;
        this.show = show;
    }

    /** Never shows anything (a desk built without a window, in tests). */
    public static DesktopNotices none() {
        return new DesktopNotices(() -> null, notice -> { });
    }

    /** For work the window as a whole started (the menus): told when the window is not the one in use. */
    public Notices window() {
        return notice -> tell(null, notice);
    }

    /** For work started from {@code origin}: told also when {@code origin} is no longer shown. */
    public Notices from(Node origin) {
        return notice -> tell(origin, notice);
    }

    private void tell(Node origin, Notice notice) {
        Window w = window.get();
        // A window that is gone has no one to bring back.
        if (w != null && w.isShowing() && elsewhere(w, origin)) {
            show.accept(notice);
        }
    }

    /** Whether the user looks elsewhere than at {@code origin} (null: anywhere in the window) in {@code w}. */
    static boolean elsewhere(Window w, Node origin) {
        if (!w.isFocused() || w instanceof Stage stage && stage.isIconified()) {
            return true;
        }
        return origin != null && !shown(origin, w);
    }

    /** In {@code w}'s scene, and neither it nor anything around it hidden (an unselected tab hides its content). */
    static boolean shown(Node node, Window w) {
        if (node.getScene() == null || node.getScene().getWindow() != w) {
            return false;
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private void notification(Notice notice) {
        Window w = window.get();
        // A shape the theme draws and colours (a tick, or an exclamation mark), not ControlsFX's images.
        Region mark = new Region();
        mark.getStyleClass().add("tipa-notice-mark");
        Notifications.create()
                .owner(w)
                .title(notice.title())
                .text(notice.text())
                .graphic(mark)
                .position(Pos.BOTTOM_RIGHT)
                .hideAfter(SHOWN_FOR)
                .styleClass(STYLE_CLASS, notice.failed() ? FAILED_STYLE_CLASS : "tipa-notice-done")
                .onAction(e -> {
                    if (w instanceof Stage stage) {
                        stage.setIconified(false);
                        stage.toFront();
                        stage.requestFocus();
                    }
                })
                .show();
    }
}
