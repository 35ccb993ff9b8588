package kr.tipa.eval.ui;

import static kr.tipa.eval.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import kr.tipa.eval.ui.Notices.Notice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * When the window tells the user that work ended: only when they look elsewhere, that is another program has
 * the focus, or the tab or desk the work was started from is no longer shown.
 */
class DesktopNoticesFxTest {

    private final FxRobot robot = new FxRobot();
    private final List<Notice> shown = new ArrayList<>();
    private Stage stage;
    private TabPane tabs;
    private Label onPanel;
    private Label onRanking;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() throws Exception {
        stage = FxToolkit.setupFixture(() -> {
            onPanel = new Label("패널 현황");
            onRanking = new Label("순위");
            tabs = new TabPane(new Tab("패널 현황", new StackPane(onPanel)), new Tab("순위", new StackPane(onRanking)));
            Scene scene = new Scene(tabs, 900, 600);
            scene.getStylesheets().addAll(getClass().getResource("/styles/app.css").toExternalForm(),
                    getClass().getResource("/styles/controlsfx.css").toExternalForm());
            Stage s = new Stage();
            s.setScene(scene);
            s.show();
            s.requestFocus();
            return s;
        });
        waitUntil(() -> stage.isFocused());
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.setupFixture(() -> {
            Window.getWindows().stream().filter(w -> w != stage && w.isShowing()).toList().forEach(Window::hide);
            stage.close();
        });
    }

    private DesktopNotices notices() {
        return new DesktopNotices(() -> stage, shown::add);
    }

    private void tell(Notices notices) {
        robot.interact(() -> notices.finished(Notice.done("서명된 평가표를 가져왔습니다", "파일 2개: 반영 2, 변경 없음 0, 거부 0")));
    }

    @Test
    void workEndingWhereTheUserLooksIsNotRepeatedInACorner() {
        tell(notices().from(onPanel));
        tell(notices().window());
        assertThat(shown).isEmpty();
    }

    @Test
    void workStartedInATabThatIsNoLongerShownIsTold() {
        robot.interact(() -> tabs.getSelectionModel().select(1));
        tell(notices().from(onPanel));
        assertThat(shown).singleElement().satisfies(n -> assertThat(n.title()).isEqualTo("서명된 평가표를 가져왔습니다"));
        tell(notices().from(onRanking));
        assertThat(shown).as("the ranking tab is the one shown").hasSize(1);
    }

    @Test
    void workStartedOnADeskThatWasLeftIsTold() {
        robot.interact(() -> tabs.getTabs().get(0).setContent(new Label("다른 화면")));
        tell(notices().from(onPanel));
        assertThat(shown).hasSize(1);
    }

    @Test
    void anyWorkIsToldWhileTheWindowIsMinimised() {
        robot.interact(() -> stage.setIconified(true));
        waitUntil(stage::isIconified);
        tell(notices().window());
        tell(notices().from(onPanel));
        assertThat(shown).hasSize(2);
    }

    @Test
    void aWindowWithoutTheFocusIsElsewhere() {
        // Monocle never moves the focus between windows; a window that was never focused stands in for one
        // another program took the focus from.
        Stage[] holder = new Stage[1];
        robot.interact(() -> holder[0] = new Stage());
        assertThat(holder[0].isFocused()).isFalse();
        assertThat(DesktopNotices.elsewhere(holder[0], null)).isTrue();
        assertThat(DesktopNotices.elsewhere(stage, null)).isFalse();
        assertThat(DesktopNotices.elsewhere(stage, onPanel)).isFalse();
    }

    @Test
    void nothingIsToldOnceTheWindowIsGone() {
        robot.interact(() -> stage.hide());
        tell(notices().window());
        assertThat(shown).isEmpty();
    }

    @Test
    void theNotificationIsAControlsFxPopupInTheThemesColours() {
        robot.interact(() -> tabs.getSelectionModel().select(1));
        DesktopNotices real = new DesktopNotices(() -> stage);
        robot.interact(() -> real.from(onPanel).finished(Notice.failed("가져오지 못한 평가표 파일이 있습니다",
                "파일 2개: 반영 1, 변경 없음 0, 거부 1")));
        waitUntil(() -> bar().isPresent());
        Node bar = bar().orElseThrow();
        assertThat(bar.getStyleClass()).contains(DesktopNotices.STYLE_CLASS, DesktopNotices.FAILED_STYLE_CLASS);
        assertThat(robot.from(bar).lookup(".title").queryAs(Label.class).getText())
                .isEqualTo("가져오지 못한 평가표 파일이 있습니다");
        // Once it has slid in; the node, as a popup's scene comes out of Monocle washed out. (Monocle's software
        // renderer also tints the card's rounded white layer pink; a real screen draws it white.)
        robot.sleep(900);
        FxTestSupport.snapshot(robot, bar, "notification-failed");
    }

    private Optional<Node> bar() {
        return Window.getWindows().stream().filter(w -> w != stage && w.isShowing() && w.getScene() != null)
                .map(w -> w.getScene().getRoot().lookup(".notification-bar")).filter(n -> n != null).findFirst();
    }
}
