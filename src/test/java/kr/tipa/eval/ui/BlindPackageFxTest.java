package kr.tipa.eval.ui;

import static kr.tipa.eval.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.bundle.ReadProgress;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.service.PanelPackage;
import kr.tipa.eval.testing.AgencyRounds;
import kr.tipa.eval.testing.Panels;
import kr.tipa.eval.ui.workspace.WorkRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * A member's window on a blind panel package: the desk and the plan say the round is blind, the list shows
 * pseudonyms, and the agency's 제척 shows as such in the list and the form.
 */
class BlindPackageFxTest {

    @TempDir
    static Path shared;

    @TempDir
    Path root;

    private static Path package1;

    private final FxRobot robot = new FxRobot();
    private AppContext context;
    private Stage stage;

    @BeforeAll
    static void split() throws Exception {
        FxToolkit.registerPrimaryStage();
        try (AppContext agency = Panels.open(shared.resolve("agency"))) {
            Round round = AgencyRounds.imported(agency, shared, true);
            AgencyRounds.decide(agency, round);
            List<PanelPackage> packages = agency.panelPackages().split(round, shared.resolve("out"), ReadProgress.NONE);
            package1 = packages.get(0).file();
        }
    }

    @BeforeEach
    void open() throws Exception {
        WindowSecrets secrets = new WindowSecrets(new Messages(Locale.KOREAN));
        secrets.remember(Panels.PASSWORD.toCharArray());
        context = new AppContext(root.resolve("data"), new Messages(Locale.KOREAN), java.time.Clock.systemDefaultZone(),
                secrets);
        Round round = Panels.importBundle(context, package1);
        context.evaluators().add("E02", "이위원", "한국대학교", true);
        context.keys().create("E02", "이위원", "한국대학교");
        context.scoring().acceptPledge(round, "E02", "서약");
        stage = FxToolkit.setupFixture(() -> new MainWindow(context, secrets, false, () -> { }).show());
        waitUntil(() -> table() != null && table().getItems().size() == 3);
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.setupFixture(() -> stage.close());
        context.close();
    }

    @SuppressWarnings("unchecked")
    private TableView<WorkRow> table() {
        return robot.lookup(".table-view").tryQueryAs(TableView.class).orElse(null);
    }

    @Test
    void theDeskAndThePlanSayTheRoundIsBlindAndTheListShowsPseudonyms() {
        waitUntil(() -> robot.lookup(".blind-banner").queryAll().stream().anyMatch(n -> n.isVisible()
                && ((Label) n).getText().startsWith("블라인드 평가: 기업명")));
        assertThat(table().getItems()).extracting(WorkRow::company)
                .containsExactly("신청기업 01", "신청기업 02", "신청기업 03");
        robot.interact(() -> table().getSelectionModel().select(1));
        waitUntil(() -> robot.lookup("#plan-blind").tryQueryAs(Label.class).map(Label::isVisible).orElse(false));
        assertThat(robot.lookup("#plan-blind").queryAs(Label.class).getText()).contains("첨부파일");
        assertThat(robot.lookup(".plan-company").queryAs(Label.class).getText()).isEqualTo("신청기업 02");
        // the package names files by type; the tabs say the type in words, never a file name the company chose
        TabPane planTabs = robot.lookup("#planTabs").queryAs(TabPane.class);
        assertThat(planTabs.getTabs().stream().skip(1).map(Tab::getText)).contains("참가계획서.pdf")
                .noneMatch(t -> t.contains("PARTICIPATION_PLAN"));
        FxTestSupport.snapshot(robot, stage.getScene(), "workspace-blind-package");
    }

    @Test
    void theAgencysRecusalShowsAsSuchInTheListAndTheForm() {
        waitUntil(() -> robot.lookup(".work-AGENCY_CONFLICT").tryQueryAs(TableCell.class)
                .map(c -> "제척(전담기관)".equals(c.getText())).orElse(false));
        robot.interact(() -> table().getSelectionModel().select(0));
        waitUntil(() -> robot.lookup("#form-notice").queryAs(Label.class).isVisible()
                && robot.lookup("#form-notice").queryAs(Label.class).getText().startsWith("제척(전담기관): 신청기업 자문 이력"));
        FxTestSupport.snapshot(robot, stage.getScene(), "workspace-agency-recusal");
        robot.interact(() -> table().getSelectionModel().select(2));
        waitUntil(() -> !robot.lookup("#form-notice").queryAs(Label.class).isVisible());
    }
}
