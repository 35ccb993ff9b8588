package kr.tipa.eval.ui;

import static kr.tipa.eval.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.bundle.ReadProgress;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.service.ScoreCsv;
import kr.tipa.eval.testing.Fixtures;
import kr.tipa.eval.ui.actions.BackupAction;
import kr.tipa.eval.ui.files.PreparedFiles;
import kr.tipa.eval.testing.Panels;
import kr.tipa.eval.ui.firstrun.BackupPrompt;
import kr.tipa.eval.ui.tasks.SynchronousTasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * Backup from the window of one laptop, restore from the first screen of another: a wrong password is
 * refused with the file named and leaves the new folder empty; the right one opens the same round, the
 * same evaluator and the same scores.
 */
class BackupFxTest {

    private static final String PASSWORD = "old-laptop-1";

    @TempDir
    Path root;

    private final FxRobot robot = new FxRobot();
    private AppContext context;
    private Stage stage;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        if (stage != null) {
            FxToolkit.setupFixture(() -> stage.close());
        }
        if (context != null) {
            context.close();
        }
    }

    /** The old laptop: a round, me, my pledge and a submitted sheet, backed up through the window's model. */
    private Path backupOfAnOldLaptop() throws Exception {
        WindowSecrets secrets = new WindowSecrets(new Messages(Locale.KOREAN));
        secrets.remember(PASSWORD.toCharArray());
        Path backup = root.resolve("노트북.bak");
        try (AppContext old = new AppContext(root.resolve("old"), new Messages(Locale.KOREAN), Clock.systemDefaultZone(),
                secrets)) {
            Path zip = root.resolve("round.zip");
            Fixtures.bundle(3).write(zip);
            old.imports().importBundle(zip, false, "test", ReadProgress.NONE);
            Round round = old.rounds().require(null);
            old.evaluators().add("E03", "김평가", "한국무역협회", true);
            old.keys().create("E03", "김평가", "한국무역협회");
            old.scoring().acceptPledge(round, "E03", "서약");
            List<ScoreCsv.Row> rows = round.program().rubric().indicators().stream()
                    .map(i -> new ScoreCsv.Row(2, "2024-EXP-0002", i.id(), BigDecimal.valueOf(7), "")).toList();
            old.scoreLoads().load(round, "E03", Panels.parsed("e03.csv", rows), "김평가", false);

            BackupAction action = new BackupAction(old.backups(), new SynchronousTasks(), old.messages(),
                    new StatusLine());
            String[] said = new String[2];
            action.backup(backup, "E03", done -> said[0] = done, failed -> said[1] = failed);
            assertThat(said[1]).isNull();
            assertThat(said[0]).contains(backup.toString());
        }
        assertThat(Files.size(backup)).isPositive();
        return backup;
    }

    @Test
    void aBackupIsRestoredFromTheFirstScreenOfANewLaptop() throws Exception {
        Path backup = backupOfAnOldLaptop();
        Deque<char[]> passwords = new ArrayDeque<>(List.of("wrong-password".toCharArray(), PASSWORD.toCharArray()));
        BackupPrompt prompt = (owner, file) -> Optional.of(passwords.pop());
        PreparedFiles files = new PreparedFiles().opening(() -> List.of(backup));
        WindowSecrets secrets = new WindowSecrets(new Messages(Locale.KOREAN));
        Path fresh = root.resolve("new");
        context = new AppContext(fresh, new Messages(Locale.KOREAN), Clock.systemDefaultZone(), secrets);
        stage = FxToolkit.setupFixture(() -> new MainWindow(context, secrets, false, () -> { }).backupPrompt(prompt)
                .files(files).show());
        waitUntil(() -> robot.lookup("#restoreButton").tryQuery().isPresent());
        Button restore = robot.lookup("#restoreButton").queryAs(Button.class);

        robot.interact(restore::fire);
        waitUntil(() -> !robot.lookup("#errorLabel").queryAs(Label.class).getText().isEmpty());
        assertThat(robot.lookup("#errorLabel").queryAs(Label.class).getText()).contains("노트북.bak").contains("암호");
        assertThat(context.hasDatabase()).as("nothing restored with a wrong password").isFalse();
        assertThat(restore.isDisabled()).isFalse();
        assertThat(files.asked()).singleElement().satisfies(r -> assertThat(r.title()).isEqualTo("복원할 백업 파일"));

        robot.interact(restore::fire);
        waitUntil(() -> robot.lookup(".table-view").tryQuery().isPresent()
                && robot.lookup(".table-view").queryAs(TableView.class).getItems().size() == 3);
        Round round = context.rounds().require(null);
        assertThat(context.evaluators().self().orElseThrow().id()).isEqualTo("E03");
        assertThat(context.scoring().sheet(round, "2024-EXP-0002", "E03").total()).isEqualByComparingTo("70");
        assertThat(context.encrypted()).isTrue();
    }
}
