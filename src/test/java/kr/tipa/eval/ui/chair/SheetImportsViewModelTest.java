package kr.tipa.eval.ui.chair;

import static org.assertj.core.api.Assertions.assertThat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.service.PanelMatrix.Cell;
import kr.tipa.eval.testing.Fixtures;
import kr.tipa.eval.testing.Panels;
import kr.tipa.eval.testing.RawDatabase;
import kr.tipa.eval.ui.HeardNotices;
import kr.tipa.eval.ui.tasks.SynchronousTasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The chair imports evaluators' signed sheet workbooks: signer and fingerprint shown, re-keys asked about. */
class SheetImportsViewModelTest {

    @TempDir
    Path dir;

    private Path bundle;
    private AppContext chair;
    private ChairViewModel vm;
    private final List<SheetImports.Rekey> asked = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        bundle = dir.resolve("round.zip");
        Fixtures.bundle(2).write(bundle);
        chair = Panels.open(dir.resolve("chair"));
        Round round = Panels.importBundle(chair, bundle);
        vm = ChairRound.viewModel(chair, new SynchronousTasks(), round, new ChairRound.FakeWorkbooks(), "위원장");
        vm.refresh();
    }

    @AfterEach
    void close() {
        chair.close();
    }

    private static SheetImports.Questions questions(SheetImports.RekeyQuestion rekey) {
        return new SheetImports.Questions(rekey, SheetImports.UnpledgedQuestion.REFUSE);
    }

    private SheetImports.RekeyQuestion answer(boolean yes) {
        return (rekey, answer) -> {
            asked.add(rekey);
            answer.accept(yes);
        };
    }

    @Test
    void aSignedWorkbookIsVerifiedShownAndLoaded() throws Exception {
        Path file = Panels.signedSheets(dir.resolve("e1"), bundle, "E1", "김평가",
                Map.of("2024-EXP-0001", 8, "2024-EXP-0002", 6), 1);
        String fingerprint = kr.tipa.eval.service.SheetImportService.verify(file).signer().orElseThrow()
                .fingerprint().value();

        vm.panel().importFiles(List.of(file), answer(true));

        assertThat(asked).isEmpty();
        assertThat(vm.panel().reports()).singleElement().satisfies(r -> {
            assertThat(r.fileName()).isEqualTo("E1-1.xlsx");
            assertThat(r.signer()).isEqualTo("김평가");
            assertThat(r.fingerprint()).isEqualTo(fingerprint.substring(0, 23));
            assertThat(r.valid()).isTrue();
            assertThat(r.loaded()).isEqualTo(2);
            assertThat(r.state()).isEqualTo(ImportReport.State.IMPORTED);
            assertThat(r.result()).isEqualTo("E1 김평가, 제출본 1: 평가표 2건 가져옴, 점수 변경 0건 (새 평가위원 등록)");
        });
        assertThat(vm.panel().imported()).singleElement().satisfies(f -> assertThat(f.fileName()).isEqualTo("E1-1.xlsx"));
        assertThat(vm.panel().countsProperty().get()).containsEntry(Cell.SUBMITTED, 2L);
        assertThat(vm.panel().importingProperty().get()).isFalse();

        vm.panel().importFiles(List.of(file), answer(true));
        assertThat(vm.panel().reports().get(1).state()).isEqualTo(ImportReport.State.UNCHANGED);
    }

    @Test
    void aChangedCertificateIsAskedAboutWithBothFingerprintsAndChangesAreListed() throws Exception {
        Path first = Panels.signedSheets(dir.resolve("e1"), bundle, "E1", "김평가", Map.of("2024-EXP-0001", 8), 1);
        // the same evaluator on a new laptop: a new key, the second export (seq 2) with one score changed
        Path second = Panels.signedSheets(dir.resolve("e1-new"), bundle, "E1", "김평가", Map.of("2024-EXP-0001", 9), 2);
        String pinned = kr.tipa.eval.service.SheetImportService.verify(first).signer().orElseThrow().fingerprint()
                .value();
        String presented = kr.tipa.eval.service.SheetImportService.verify(second).signer().orElseThrow()
                .fingerprint().value();
        vm.panel().importFiles(List.of(first), answer(true));

        vm.panel().importFiles(List.of(second), answer(false));
        assertThat(asked).singleElement().satisfies(q -> {
            assertThat(q.evaluatorId()).isEqualTo("E1");
            assertThat(q.pinned()).isEqualTo(pinned);
            assertThat(q.presented()).isEqualTo(presented);
        });
        assertThat(vm.panel().reports().get(1).state()).isEqualTo(ImportReport.State.REFUSED);
        assertThat(vm.panel().reports().get(1).result()).contains("확인하지 않아");
        assertThat(vm.panel().imported()).hasSize(1);

        vm.panel().importFiles(List.of(second), answer(true));
        ImportReport accepted = vm.panel().reports().get(2);
        assertThat(accepted.state()).isEqualTo(ImportReport.State.IMPORTED);
        assertThat(accepted.result()).contains("제출본 2").contains("새 인증서 " + presented.substring(0, 23));
        // every indicator went from 8 to 9
        assertThat(accepted.changes()).hasSize(10).startsWith("2024-EXP-0001 GLOBAL_1: 8 → 9",
                "2024-EXP-0001 GLOBAL_2: 8 → 9").endsWith("2024-EXP-0001 EXPORT_PLAN_4: 8 → 9");
        assertThat(accepted.changeLines()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("2024-EXP-0001: GLOBAL_1 8→9, GLOBAL_2 8→9, GLOBAL_3 8→9, MARKETABILITY_1 8→9"));
        assertThat(vm.panel().imported()).hasSize(2);
    }

    /** E1's workbook as a laptop without a pledge record writes it: the pledge row is gone before the export. */
    private Path unpledged() throws Exception {
        Path laptop = dir.resolve("e1-laptop");
        Panels.signedSheets(laptop, bundle, "E1", "홍길동", Map.of("2024-EXP-0001", 8), 1);
        try (java.sql.Connection c = RawDatabase.open(laptop, Panels.PASSWORD)) {
            c.createStatement().executeUpdate("DELETE FROM pledge");
        }
        try (AppContext evaluator = Panels.open(laptop)) {
            Path file = laptop.resolve("E1-unpledged.xlsx");
            evaluator.sheetExports().export(evaluator.rounds().require(null), "E1", file);
            return file;
        }
    }

    @Test
    void aWorkbookWithoutAPledgeIsAskedAboutAndTakenOnlyWithAWrittenReason() throws Exception {
        Path file = unpledged();
        List<SheetImports.Unpledged> heard = new ArrayList<>();
        List<java.util.Optional<String>> replies = new ArrayList<>(List.of(java.util.Optional.empty(),
                java.util.Optional.of("   "), java.util.Optional.of(" 서면 서약서 원본 확인 ")));
        SheetImports.Questions questions = new SheetImports.Questions(answer(true), (u, reason) -> {
            heard.add(u);
            reason.accept(replies.remove(0));
        });

        // cancelled, then blank: nothing loads, and the file is said to be refused for want of a reason
        for (int attempt = 0; attempt < 2; attempt++) {
            vm.panel().importFiles(List.of(file), questions, new HeardNotices());
            assertThat(vm.panel().reports().get(attempt).state()).isEqualTo(ImportReport.State.REFUSED);
            assertThat(vm.panel().reports().get(attempt).result()).contains("사유를 적지 않아");
        }
        assertThat(vm.panel().imported()).isEmpty();
        assertThat(vm.panel().countsProperty().get()).containsEntry(Cell.SUBMITTED, 0L);

        vm.panel().importFiles(List.of(file), questions, new HeardNotices());
        assertThat(heard).hasSize(3).allSatisfy(u -> {
            assertThat(u.evaluatorId()).isEqualTo("E1");
            assertThat(u.evaluatorName()).isEqualTo("홍길동");
            assertThat(u.file()).isEqualTo(file);
        });
        assertThat(vm.panel().reports().get(2).state()).isEqualTo(ImportReport.State.IMPORTED);
        assertThat(vm.panel().imported()).singleElement().satisfies(f ->
                assertThat(f.unpledgedReason()).contains("서면 서약서 원본 확인"));
        assertThat(vm.panel().countsProperty().get()).containsEntry(Cell.SUBMITTED, 1L);
    }

    @Test
    void aFileThatIsNotASignedWorkbookIsShownInvalidAndNothingLoads() throws Exception {
        Path bogus = dir.resolve("bogus.xlsx");
        Files.writeString(bogus, "not a workbook");
        vm.panel().importFiles(List.of(bogus), answer(true));
        assertThat(vm.panel().reports()).singleElement().satisfies(r -> {
            assertThat(r.valid()).isFalse();
            assertThat(r.state()).isEqualTo(ImportReport.State.REFUSED);
            assertThat(r.verdict()).isNotBlank();
            assertThat(r.signer()).isEmpty();
        });
        assertThat(vm.panel().imported()).isEmpty();
    }

    @Test
    void aRunOfFilesIsToldOnceWithHowEachFileEnded() throws Exception {
        Path good = Panels.signedSheets(dir.resolve("e1"), bundle, "E1", "김평가", Map.of("2024-EXP-0001", 8), 1);
        Path bogus = dir.resolve("bogus.xlsx");
        Files.writeString(bogus, "not a workbook");
        HeardNotices notices = new HeardNotices();

        vm.panel().importFiles(List.of(good, bogus), questions(answer(true)), notices);
        assertThat(notices.heard()).singleElement().satisfies(n -> {
            assertThat(n.failed()).isTrue();
            assertThat(n.title()).isEqualTo("가져오지 못한 평가표 파일이 있습니다");
            assertThat(n.text()).isEqualTo("파일 2개: 반영 1, 변경 없음 0, 거부 1");
        });

        vm.panel().importFiles(List.of(good), questions(answer(true)), notices);
        assertThat(notices.heard()).hasSize(2);
        assertThat(notices.heard().get(1)).satisfies(n -> {
            assertThat(n.failed()).isFalse();
            assertThat(n.title()).isEqualTo("서명된 평가표를 가져왔습니다");
            assertThat(n.text()).isEqualTo("파일 1개: 반영 0, 변경 없음 1, 거부 0");
        });
    }

    @Test
    void aFileQueuedAgainAfterItsNewCertificateWasAcceptedIsToldOnceWhenItIsIn() throws Exception {
        Path first = Panels.signedSheets(dir.resolve("e1"), bundle, "E1", "김평가", Map.of("2024-EXP-0001", 8), 1);
        Path second = Panels.signedSheets(dir.resolve("e1-new"), bundle, "E1", "김평가", Map.of("2024-EXP-0001", 9), 2);
        vm.panel().importFiles(List.of(first), answer(true));
        HeardNotices notices = new HeardNotices();

        vm.panel().importFiles(List.of(second), questions(answer(true)), notices);

        assertThat(asked).hasSize(1);
        assertThat(notices.heard()).singleElement().satisfies(n -> assertThat(n.text())
                .isEqualTo("파일 1개: 반영 1, 변경 없음 0, 거부 0"));
    }
}
