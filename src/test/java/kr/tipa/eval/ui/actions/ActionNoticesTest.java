package kr.tipa.eval.ui.actions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.bundle.ReadProgress;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.testing.Fixtures;
import kr.tipa.eval.ui.HeardNotices;
import kr.tipa.eval.ui.StatusLine;
import kr.tipa.eval.ui.WindowSecrets;
import kr.tipa.eval.ui.tasks.SynchronousTasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The menu's background actions over a real data folder tell how they ended, in the words the status line and
 * the dialogs use, to a fake of the window's notifications.
 */
class ActionNoticesTest {

    private static final Messages MESSAGES = new Messages(Locale.KOREAN);

    @TempDir
    Path root;

    private final SynchronousTasks tasks = new SynchronousTasks();
    private final StatusLine status = new StatusLine();
    private final HeardNotices notices = new HeardNotices();
    private AppContext context;

    @BeforeEach
    void open() {
        WindowSecrets secrets = new WindowSecrets(MESSAGES);
        secrets.remember("test-password".toCharArray());
        context = new AppContext(root.resolve("data"), MESSAGES, Clock.systemDefaultZone(), secrets);
    }

    @AfterEach
    void close() {
        context.close();
    }

    private ImportViewModel imports() {
        return new ImportViewModel(context.imports(), new DemoLoader(context.imports(), context.rounds(),
                context.folder()), tasks, MESSAGES, status, () -> "test", () -> { }, notices);
    }

    @Test
    void anImportedBundleIsToldWithTheStatusLinesWords() throws Exception {
        Path bundle = root.resolve("round.zip");
        Fixtures.bundle(2).write(bundle);
        List<ImportViewModel.ImportResult> results = new ArrayList<>();
        imports().importBundle(bundle, false, results::add);
        assertThat(results).singleElement().isInstanceOf(ImportViewModel.ImportResult.Done.class);
        assertThat(notices.heard()).singleElement().satisfies(n -> {
            assertThat(n.failed()).isFalse();
            assertThat(n.title()).isEqualTo("번들을 가져왔습니다");
            assertThat(n.text()).isEqualTo(status.textProperty().get()).contains("신청 2건");
        });
    }

    @Test
    void aRefusedBundleIsToldAsFailedNamingTheFile() throws Exception {
        var writer = Fixtures.bundle(2);
        Fixtures.object(writer.application("2024-EXP-0002"), "company").remove("name");
        Path bundle = root.resolve("broken.zip");
        writer.write(bundle);
        imports().importBundle(bundle, false, r -> { });
        assertThat(notices.heard()).singleElement().satisfies(n -> {
            assertThat(n.failed()).isTrue();
            assertThat(n.title()).isEqualTo("번들을 가져오지 못했습니다");
            assertThat(n.text()).contains("broken.zip");
        });
    }

    @Test
    void aBackupIsToldWhenWrittenAndWhenItCannotBe() throws Exception {
        Path bundle = root.resolve("round.zip");
        Fixtures.bundle(1).write(bundle);
        context.imports().importBundle(bundle, false, "test", ReadProgress.NONE);
        BackupAction backup = new BackupAction(context.backups(), tasks, MESSAGES, status, notices);
        Path target = root.resolve("노트북.bak");
        List<String> done = new ArrayList<>();
        backup.backup(target, "test", done::add, failed -> { });
        assertThat(Files.size(target)).isPositive();
        assertThat(notices.heard()).singleElement().satisfies(n -> {
            assertThat(n.failed()).isFalse();
            assertThat(n.title()).isEqualTo("백업을 마쳤습니다");
            assertThat(n.text()).isEqualTo(done.get(0)).contains(target.toString());
        });

        List<String> failed = new ArrayList<>();
        backup.backup(root.resolve("없는 폴더").resolve("노트북.bak"), "test", d -> { }, failed::add);
        assertThat(failed).hasSize(1);
        assertThat(notices.heard()).hasSize(2);
        assertThat(notices.heard().get(1)).satisfies(n -> {
            assertThat(n.failed()).isTrue();
            assertThat(n.title()).isEqualTo("백업하지 못했습니다");
            assertThat(n.text()).isEqualTo(failed.get(0));
        });
    }

    @Test
    void anExportThatIsRefusedIsToldAsFailedWithTheRefusal() throws Exception {
        Path bundle = root.resolve("round.zip");
        Fixtures.bundle(1).write(bundle);
        context.imports().importBundle(bundle, false, "test", ReadProgress.NONE);
        ExportSheetsAction export = new ExportSheetsAction(context.sheetExports(), tasks, MESSAGES, notices);
        List<String> failed = new ArrayList<>();
        // No such evaluator on this laptop: nothing to sign with.
        export.export(context.rounds().require(null), "E99", root.resolve("E99.xlsx"), d -> { }, failed::add);
        assertThat(failed).hasSize(1);
        assertThat(notices.heard()).singleElement().satisfies(n -> {
            assertThat(n.failed()).isTrue();
            assertThat(n.title()).isEqualTo("평가표 파일을 만들지 못했습니다");
            assertThat(n.text()).isEqualTo(failed.get(0));
        });
        assertThat(root.resolve("E99.xlsx")).doesNotExist();
    }
}
