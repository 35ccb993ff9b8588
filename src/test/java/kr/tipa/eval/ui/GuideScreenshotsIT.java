package kr.tipa.eval.ui;

import static kr.tipa.eval.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.authoring.BuildInputs;
import kr.tipa.eval.authoring.IntakeExamples;
import kr.tipa.eval.demo.DemoRound;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.ui.chair.ImportReport;
import kr.tipa.eval.ui.chair.RankingRow;
import kr.tipa.eval.ui.files.PreparedFiles;
import kr.tipa.eval.ui.workspace.WorkRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The pictures of the user guide (docs/guide), made from the real main window on the demo round: a first
 * run, the evaluator's work, then the chair's desk over a panel of five, and the agency's desk (a round built
 * from an intake list: the fault table, then the signed round; screening). The other four evaluators score
 * on their own databases (through the services, as {@code scores load} would) and send signed sheet
 * files, which the chair imports through the window. Writes 01-….png … into {@code tipa.guide.dir}.
 */
class GuideScreenshotsIT {

    private static final String PASSWORD = "guide-password-1";
    private static final String ME = "E01";


    @TempDir
    Path root;

    private final FxRobot robot = new FxRobot();
    private final OpenDialogs dialogs = new OpenDialogs(robot, () -> this.stage);
    private final List<Path> sheetsToOpen = new ArrayList<>();
    private AppContext context;
    private MainWindow window;
    private Stage stage;
    private Path out;
    /** Where the window saves files: a fixed, readable folder, since its path shows in the pictures. */
    private Path saved;
    private PreparedFiles files;
    private final Locale systemLocale = Locale.getDefault();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        Locale.setDefault(systemLocale);
        if (stage != null) {
            FxToolkit.setupFixture(() -> {
                Window.getWindows().stream().filter(w -> w != stage && w.isShowing()).toList().forEach(Window::hide);
                stage.close();
            });
        }
        if (context != null) {
            context.close();
        }
    }

    @Test
    void theGuidesPicturesShowWhatTheyDescribe() throws Exception {
        long started = System.nanoTime();
        out = Path.of(System.getProperty("tipa.guide.dir",
                Path.of(System.getProperty("tipa.project.dir", "."), "target", "guide").toString()));
        Files.createDirectories(out);
        saved = Path.of(System.getProperty("java.io.tmpdir"), "평가자료");
        Files.createDirectories(saved);
        try (var old = Files.list(saved)) {
            for (Path p : old.toList()) {
                Files.deleteIfExists(p);
            }
        }

        // The round everybody receives from the agency, and four evaluators scoring it on their own laptops.
        Path bundle = new DemoRound().write(root.resolve("bundle"));
        List<Path> signed = GuidePanel.othersSignedSheets(root, bundle);

        openWindow();
        firstRun(bundle);
        evaluator();
        chair(signed);
        agency();
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        System.getLogger(GuideScreenshotsIT.class.getName()).log(System.Logger.Level.INFO,
                "guide screenshots in " + seconds + " s: " + out);
        assertThat(seconds).as("seconds taken").isLessThan(180);
    }

    // ------------------------------------------------------------------ the window

    private void openWindow() throws Exception {
        Messages messages = new Messages(Locale.KOREAN);
        WindowLauncher.followLanguage(messages);
        WindowSecrets secrets = new WindowSecrets(messages);
        context = new AppContext(root.resolve("data"), messages, Clock.systemDefaultZone(), secrets);
        files = new PreparedFiles().opening(() -> sheetsToOpen).savingInto(saved);
        // The evaluator's 공동인증서 as certificate software leaves them, for the picker's picture.
        Path npki = Path.of(System.getProperty("java.io.tmpdir"), "tipa-guide-npki");
        kr.tipa.eval.testing.FakeNpkiHome home = kr.tipa.eval.testing.FakeNpkiHome.write(npki);
        window = new MainWindow(context, secrets, false, () -> { }).files(files).certificatePlaces(home::places);
        stage = FxToolkit.setupFixture(window::show);
        assertThat(stage.getScene().getWidth()).isLessThanOrEqualTo(1280);
    }

    private void firstRun(Path bundle) {
        waitUntil(() -> robot.lookup("#nameField").tryQuery().isPresent());
        robot.clickOn("#nameField").write("김평가");
        robot.clickOn("#affiliationField").write("한국무역협회");
        robot.clickOn("#idField").write(ME);
        robot.clickOn("#passwordField").write(PASSWORD);
        robot.clickOn("#confirmField").write(PASSWORD);
        Button save = node("#saveButton", Button.class);
        waitUntil(() -> !save.isDisabled());
        shot("01-first-run-profile");

        robot.clickOn(save);
        waitUntil(() -> robot.lookup("#importButton").tryQuery().isPresent()
                && robot.lookup("#demoButton").tryQuery().isPresent());
        waitUntil(() -> node(".status-who", Label.class).getText().contains("김평가 (E01)"));
        shot("02-import");
        certificatePicker();

        robot.interact(() -> window.importBundle(bundle));
        waitUntil(() -> robot.lookup("#agreeBox").tryQuery().isPresent());
        Round round = context.rounds().require(null);
        CheckBox agree = node("#agreeBox", CheckBox.class);
        Button accept = node("#acceptButton", Button.class);
        assertThat(accept.isDisabled()).isTrue();
        robot.clickOn(agree);
        waitUntil(() -> agree.isSelected() && !accept.isDisabled());
        assertThat(robot.lookup("#pledgeText").tryQuery()).isPresent();
        shot("03-pledge");
        // The evaluator's own scores so far (as if typed on earlier days, after the pledge they gave then):
        // most submitted, one a draft. The click below finds the pledge recorded and keeps it.
        context.scoring().acceptPledge(round, ME, "서약");
        List<Integer> earlier = new ArrayList<>(GuidePanel.eligible());
        earlier.removeAll(List.of(0, 1, 2));
        GuidePanel.score(context, round, ME, earlier, false);
        GuidePanel.score(context, round, ME, List.of(2), true);
        robot.clickOn(accept);
        waitUntil(() -> list() != null && list().getItems().size() == 20 && !field("GLOBAL_1").isDisabled());
    }

    /** 파일 > 서명 인증서…: the picker over the fake NPKI home, 김평가's certificate chosen; then 취소. */
    private void certificatePicker() {
        robot.interact(menuItem("certificateItem")::fire);
        waitUntil(() -> robot.lookup(".certpicker-table").tryQuery().isPresent()
                && !robot.lookup(".certpicker-table").queryAs(TableView.class).getItems().isEmpty());
        @SuppressWarnings("unchecked")
        TableView<kr.tipa.eval.service.SigningCertificates.Choice> table = robot.lookup(".certpicker-table")
                .queryAs(TableView.class);
        robot.interact(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(c -> c.summary().commonName().equals(kr.tipa.eval.testing.FakeNpkiHome.KIM)).findFirst()
                .orElseThrow()));
        robot.interact(() -> robot.lookup(".certificate-picker #passwordField").queryAs(TextField.class)
                .setText("********"));
        assertThat(robot.lookup(".certpicker-unusable").tryQuery()).as("the expired one, greyed").isPresent();
        shot("02a-certificate-picker");
        robot.interact(() -> robot.lookup(".certificate-picker #cancelButton").queryAs(Button.class).fire());
        waitUntil(() -> robot.lookup(".certificate-picker").tryQuery().isEmpty());
    }

    private void evaluator() {
        Round round = context.rounds().require(null);
        waitUntil(() -> list().getSelectionModel().getSelectedIndex() == 0);
        waitUntil(() -> robot.lookup(".plan-company").tryQuery().map(n -> ((Label) n).getText())
                .orElse("").equals("주식회사 한빛정밀"));
        // Scores typed by keyboard: a digit, Enter to the next indicator.
        robot.clickOn(field("GLOBAL_1"));
        String[] typed = {"8", "7", "8", "9", "7", "8", "8", "7", "8", "8"};
        for (int k = 0; k < 6; k++) {
            robot.write(typed[k]);
            keys(KeyCode.ENTER);
        }
        waitUntil(() -> node(".missing", Label.class).getText().contains("4개"));
        waitUntil(() -> context.scoring().sheet(round, GuidePanel.receipt(0), ME).value("MARKETABILITY_3").isPresent());
        scrollForm(0);
        assertThat(list().getItems().stream().map(r -> r.stateProperty().get().name()).distinct())
                .contains("SUBMITTED", "IN_PROGRESS", "NOT_STARTED");
        shot("04-workspace");

        // The participation plan as the company sent it (a PDF), in the viewer.
        TabPane planTabs = node("#planTabs", TabPane.class);
        Tab pdf = planTabs.getTabs().stream().filter(t -> t.getText().equals("참가계획서.pdf")).findFirst()
                .orElseThrow();
        robot.interact(() -> planTabs.getSelectionModel().select(pdf));
        waitUntil(() -> pdf.getContent() != null && pdf.getContent().lookup(".image-view") instanceof ImageView v
                && v.getImage() != null && v.getFitWidth() > 100);
        waitUntil(() -> robot.lookup(".document-toolbar .label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().matches("1 / \\d+쪽")));
        shot("05-document");
        robot.interact(() -> planTabs.getSelectionModel().select(0));

        // A score the indicator cannot take: the field says why, and the indicator counts as unscored.
        robot.interact(() -> field("EXPORT_PLAN_1").requestFocus());
        waitUntil(() -> field("EXPORT_PLAN_1").isFocused());
        robot.write("11");
        waitUntil(() -> node(".missing", Label.class).getText().contains("받을 수 없는 값 1개 포함"));
        assertThat(field("EXPORT_PLAN_1").getPseudoClassStates().toString()).contains("invalid");
        waitUntil(() -> context.scoring().sheet(round, GuidePanel.receipt(0), ME).updatedAt() != null
                && context.scoring().sheet(round, GuidePanel.receipt(0), ME).value("EXPORT_PLAN_1").isEmpty());
        scrollForm(1);
        shot("05a-score-refused");

        // The rest of the sheet, the overall opinion, submit.
        robot.interact(() -> field("MARKETABILITY_3").requestFocus());
        waitUntil(() -> field("MARKETABILITY_3").isFocused());
        keys(KeyCode.ENTER);
        for (int k = 6; k < typed.length; k++) {
            robot.write(typed[k]);
            if (k < typed.length - 1) {
                keys(KeyCode.ENTER);
            }
        }
        waitUntil(() -> node(".missing", Label.class).getText().equals("모든 지표에 점수를 주었습니다."));
        Node opinion = node("#opinion", Node.class);
        robot.interact(opinion::requestFocus);
        waitUntil(opinion::isFocused);
        robot.write("목표시장 분석이 구체적이고 수출계획이 현실적임.");
        waitUntil(() -> context.scoring().sheet(round, GuidePanel.receipt(0), ME).overallOpinion().startsWith("목표시장"));
        Button submit = node("#submit", Button.class);
        waitUntil(() -> !submit.isDisabled());
        // Submitting asks once; going back is the default, signing is chosen on purpose.
        Platform.runLater(submit::fire);
        waitUntil(() -> dialogs.pane().isPresent());
        assertThat(dialogs.header()).contains(GuidePanel.receipt(0)).contains("주식회사 한빛정밀");
        assertThat(dialogs.pane().orElseThrow().getContentText()).contains("합계 78 / 100점 · 버전 1")
                .contains("읽기 전용");
        assertThat(dialogs.buttons()).containsExactlyInAnyOrder("서명하고 제출", "돌아가기");
        shot("05b-submit-confirm");
        Button sign = (Button) dialogs.pane().orElseThrow().lookup("#signConfirm");
        robot.interact(sign::fire);
        waitUntil(dialogs::none);
        waitUntil(() -> context.scoring().sheet(round, GuidePanel.receipt(0), ME).submitted());
        waitUntil(() -> list().getItems().get(0).stateProperty().get().name().equals("SUBMITTED"));

        // 회피 on the second application.
        robot.interact(() -> list().getSelectionModel().select(1));
        waitUntil(() -> node(".form-title", Label.class).getText().contains(GuidePanel.receipt(1)));
        scrollForm(0);
        Button conflict = node("#conflict", Button.class);
        waitUntil(() -> !conflict.isDisabled());
        Platform.runLater(conflict::fire);
        waitUntil(() -> dialogs.field().isPresent());
        TextField reason = dialogs.field().orElseThrow();
        robot.clickOn(reason).write("최근 3년 안에 이 기업의 기술 자문을 맡았습니다");
        waitUntil(() -> reason.getText().endsWith("맡았습니다"));
        assertThat(dialogs.header()).contains(GuidePanel.receipt(1)).contains("평가하지 않습니다");
        assertThat(dialogs.buttons()).containsExactlyInAnyOrder("확인", "취소");
        shot("06-conflict");
        FxTestSupport.keys(robot, reason.getScene(), KeyCode.ENTER);
        waitUntil(() -> list().getItems().get(1).stateProperty().get().name().equals("CONFLICT"));
        waitUntil(dialogs::none);

        // The signed sheet file for the chair (평가 › 서명된 평가표 파일 만들기).
        robot.interact(() -> list().getSelectionModel().select(0));
        waitUntil(() -> node(".form-state", Label.class).getText().equals("제출완료 · 읽기 전용"));
        scrollForm(1);
        MenuItem export = menuItem("exportItem");
        Platform.runLater(export::fire);
        waitUntil(() -> dialogs.header().startsWith("서명된 평가표 파일을 만들었습니다"));
        assertThat(dialogs.text()).contains("평가표_E01_" + DemoRound.PROGRAM_CODE + ".xlsx").contains("인증서 지문");
        assertThat(saved.resolve("평가표_E01_" + DemoRound.PROGRAM_CODE + ".xlsx")).exists();
        shot("07-submit-sign");
        dialogs.closeAll();
    }

    private void chair(List<Path> signed) {
        Round round = context.rounds().require(null);
        // The draft kept from earlier days is finished before the chair's work begins.
        GuidePanel.score(context, round, ME, List.of(2), false);

        // 보기 › 위원장 데스크 (Ctrl+Shift+2)
        chord(KeyCode.DIGIT2, true);
        waitUntil(() -> robot.lookup("#matrix").tryQuery().isPresent());
        assertThat(((javafx.scene.control.RadioMenuItem) menuItem("chairViewItem")).isSelected()).isTrue();
        TableView<?> matrix = node("#matrix", TableView.class);
        waitUntil(() -> matrix.getItems().size() == 20);

        sheetsToOpen.addAll(signed);
        Button importButton = node("#importButton", Button.class);
        robot.interact(importButton::fire);
        @SuppressWarnings("unchecked")
        TableView<ImportReport> reports = robot.lookup("#reports").queryAs(TableView.class);
        waitUntil(() -> reports.getItems().size() == 4
                && reports.getItems().stream().allMatch(r -> r.state() == ImportReport.State.IMPORTED));
        waitUntil(() -> matrix.getColumns().size() == 3 + 5);
        // E01 15 (one 회피), E02–E04 16 each, E05 14
        waitUntil(() -> node("#count-SUBMITTED", Label.class).getText().equals("제출 77"));
        assertThat(node("#count-MISSING", Label.class).getText()).isEqualTo("없음 2");
        assertThat(node("#count-CONFLICT", Label.class).getText()).isEqualTo("회피 1");
        shot("08-chair-panel");

        chord(KeyCode.DIGIT2, false);
        waitUntil(() -> tab() == 1);
        @SuppressWarnings("unchecked")
        TableView<RankingRow> ranking = robot.lookup(".chair-ranking-table").queryAs(TableView.class);
        waitUntil(() -> ranking.getItems().size() == 20 && !robot.lookup(".chair-cutoff-after").queryAll().isEmpty());
        assertThat(ranking.getItems().get(0).rank()).hasValue(1);
        shot("09-chair-ranking");

        chord(KeyCode.DIGIT3, false);
        waitUntil(() -> tab() == 2);
        BarChart<?, ?> chart = node("#histogram", BarChart.class);
        waitUntil(() -> !chart.getData().isEmpty() && !robot.lookup(".chair-bar-AT_OR_ABOVE").queryAll().isEmpty());
        assertThat(robot.lookup(".chair-cutoff-marker").query().isVisible()).isTrue();
        assertThat(node("#profiles", TableView.class).getItems()).hasSize(5);
        shot("10-chair-distribution");

        chord(KeyCode.DIGIT4, false);
        waitUntil(() -> tab() == 3);
        Button finalise = node("#finaliseButton", Button.class);
        TableView<?> alerts = node("#alertTable", TableView.class);
        waitUntil(() -> alerts.getItems().size() == 1);
        // 검토 필요 on 0017, and E05's two missing sheets
        waitUntil(() -> robot.lookup(".chair-blocker").queryAll().size() == 4);
        assertThat(finalise.isDisabled()).isTrue();
        shot("11-chair-finalise-blockers");

        // 자격 결정 on the application whose 사업자등록번호 needs a look (순위 tab, Alt+D).
        chord(KeyCode.DIGIT2, false);
        waitUntil(() -> tab() == 1);
        RankingRow review = ranking.getItems().stream().filter(r -> r.receiptNo().equals(GuidePanel.receipt(16))).findFirst()
                .orElseThrow();
        robot.interact(() -> {
            ranking.getSelectionModel().select(review);
            ranking.scrollTo(review);
        });
        Button decide = node("#overrideButton", Button.class);
        waitUntil(() -> !decide.isDisabled());
        Platform.runLater(decide::fire);
        waitUntil(() -> robot.lookup(".dialog-pane .radio-button").tryQuery().isPresent());
        robot.clickOn(robot.lookup(".dialog-pane .radio-button").queryAs(RadioButton.class));
        TextField why = dialogs.field().orElseThrow();
        robot.clickOn(why).write("사업자등록증 원본으로 번호 확인");
        waitUntil(() -> why.getText().endsWith("확인"));
        assertThat(dialogs.buttons()).containsExactlyInAnyOrder("확인", "취소");
        shot("12-chair-screening-decision");
        FxTestSupport.keys(robot, why.getScene(), KeyCode.ENTER);
        waitUntil(dialogs::none);
        waitUntil(() -> context.chair().blockers(round).needsReview().isEmpty());

        // 확인 on the spread alert, 없는 평가표 닫기, 확정, then the signed result workbook.
        chord(KeyCode.DIGIT4, false);
        waitUntil(() -> tab() == 3 && robot.lookup(".chair-blocker").queryAll().size() == 3);
        Button ack = robot.lookup(".chair-ack").queryAs(Button.class);
        robot.interact(ack::fire);
        waitUntil(() -> robot.lookup(".chair-acknowledged").tryQuery().isPresent());
        robot.interact(() -> node("#closeMissingBox", CheckBox.class).setSelected(true));
        waitUntil(() -> !finalise.isDisabled());
        robot.interact(finalise::fire);
        waitUntil(() -> node(".chair-finalisation", Label.class).getText().startsWith("확정됨: 김평가"));
        Button export = node("#exportButton", Button.class);
        waitUntil(() -> !export.isDisabled());
        Platform.runLater(export::fire);
        waitUntil(() -> dialogs.header().startsWith("확정본을 만들었습니다"));
        assertThat(saved.resolve("종합평가결과_" + DemoRound.PROGRAM_CODE + ".xlsx")).exists();
        assertThat(dialogs.text()).contains("서명자: 김평가");
        shot("13-chair-result-export");
        dialogs.closeAll();
    }

    // ------------------------------------------------------------------ the agency's desk

    /** The agency's build wizard on an intake with faults, then fixed and written; screening on the demo round. */
    private void agency() throws IOException {
        Path intake = Path.of(System.getProperty("java.io.tmpdir"), "신청자료");
        deleteTree(intake);
        BuildInputs faulty = IntakeExamples.faulty(intake);

        // 보기 › 전담기관 데스크 (Ctrl+Shift+3); over a round it opens on screening, Ctrl+1 is the build.
        chord(KeyCode.DIGIT3, true);
        waitUntil(() -> robot.lookup(".agency").tryQuery().isPresent());
        chord(KeyCode.DIGIT1, false);
        waitUntil(() -> node(".agency-tabs", TabPane.class).getSelectionModel().getSelectedIndex() == 0);
        for (var step : List.of(List.of(faulty.program(), "#programButton"),
                List.of(faulty.applications(), "#applicationsButton"), List.of(faulty.documents(), "#documentsButton"),
                List.of(faulty.panels(), "#panelsButton"), List.of(faulty.assignments(), "#assignmentsButton"))) {
            files.next((Path) step.get(0));
            Button choose = node((String) step.get(1), Button.class);
            robot.interact(choose::fire);
        }
        waitUntil(() -> robot.lookup("#fact-code").tryQuery().isPresent()
                && !node("#nextButton", Button.class).isDisabled());
        shot("14-agency-inputs");

        robot.interact(() -> node("#nextButton", Button.class).fire());
        TableView<?> faults = node(".agency-fault-table", TableView.class);
        waitUntil(() -> faults.isVisible() && faults.getItems().size() == 5);
        robot.interact(() -> {
            faults.requestFocus();
            faults.getSelectionModel().selectIndices(0, 1);
        });
        shot("15-agency-faults");

        // The intake fixed (the same files, written again), read again, and the signed round written.
        deleteTree(intake);
        IntakeExamples.good(intake, 12, false);
        robot.interact(() -> node("#rereadButton", Button.class).fire());
        Button build = node("#buildButton", Button.class);
        waitUntil(() -> build.isVisible() && !build.isDisabled());
        robot.interact(build::fire);
        TextField fingerprint = node(".agency-result .agency-mono", TextField.class);
        waitUntil(() -> !fingerprint.getText().isEmpty());
        assertThat(saved.resolve("KSURE-EXPORT-2024-2.tbundle")).exists();
        shot("16-agency-written");

        // 자격 요건검토 on the round this database holds, with the decision the chair made earlier.
        chord(KeyCode.DIGIT2, false);
        TableView<?> screening = node(".agency-screening-table", TableView.class);
        waitUntil(() -> screening.getItems().size() == 20);
        robot.interact(() -> {
            screening.requestFocus();
            screening.getSelectionModel().select(16);
            screening.scrollTo(10);
        });
        waitUntil(() -> node(".agency-details", Label.class).getText().startsWith(GuidePanel.receipt(16)));
        shot("17-agency-screening");
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (var paths = Files.walk(folder)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    // ------------------------------------------------------------------ helpers

    private <T extends Node> T node(String selector, Class<T> type) {
        return robot.lookup(selector).queryAs(type);
    }

    @SuppressWarnings("unchecked")
    private TableView<WorkRow> list() {
        return robot.lookup(".workspace .table-view").tryQueryAs(TableView.class).orElse(null);
    }

    private TextField field(String indicator) {
        return node("#score-" + indicator, TextField.class);
    }

    private void scrollForm(double where) {
        robot.interact(() -> node("#formScroll", javafx.scene.control.ScrollPane.class).setVvalue(where));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private int tab() {
        return node(".chair-tabs", TabPane.class).getSelectionModel().getSelectedIndex();
    }

    private void keys(KeyCode... codes) {
        FxTestSupport.keys(robot, stage.getScene(), codes);
    }

    /** Shortcut (Ctrl), with Shift or not, and a key, fired on the focus owner as a real key would be. */
    private void chord(KeyCode code, boolean shift) {
        Scene scene = stage.getScene();
        Platform.runLater(() -> {
            Node target = scene.getFocusOwner() != null ? scene.getFocusOwner() : scene.getRoot();
            Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, shift, true, false, false));
            Node now = scene.getFocusOwner() != null ? scene.getFocusOwner() : scene.getRoot();
            Event.fireEvent(now, new KeyEvent(KeyEvent.KEY_RELEASED, "", "", code, shift, true, false, false));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private MenuItem menuItem(String id) {
        return node(".menu-bar", MenuBar.class).getMenus().stream().flatMap(menu -> menu.getItems().stream())
                .filter(item -> id.equals(item.getId())).findFirst().orElseThrow();
    }

    /**
     * Saves what the window shows, with any open dialog drawn where it stands over the window (a dialog is a
     * window of its own, so the window's snapshot alone would leave it out).
     */
    private void shot(String name) {
        dialogs.picture(out.resolve(name + ".png"));
    }
}
