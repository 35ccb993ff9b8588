package kr.tipa.eval.ui.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.authoring.BuildInputs;
import kr.tipa.eval.authoring.IntakeExamples;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.testing.Fixtures;
import kr.tipa.eval.testing.Panels;
import kr.tipa.eval.ui.agency.BuildWizardViewModel.Step;
import kr.tipa.eval.ui.agency.BuildWizardViewModel.WriteState;
import kr.tipa.eval.ui.chair.ChairOperations;
import kr.tipa.eval.ui.tasks.SynchronousTasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build wizard's steps over the real round build service, run inline. */
class BuildWizardViewModelTest {

    @TempDir
    Path dir;

    private AppContext context;
    private BuildWizardViewModel model;
    private ChairOperations ops;
    private final List<Path> imported = new ArrayList<>();
    private final List<Path> templates = new ArrayList<>();

    @BeforeEach
    void open() {
        context = Panels.open(dir.resolve("agency"));
        ops = new ChairOperations(new SynchronousTasks(), Messages.korean());
        model = new BuildWizardViewModel(context.roundBuilds(), templates::add, new SynchronousTasks(), ops,
                () -> "담당자", imported::add);
    }

    @AfterEach
    void close() {
        context.close();
    }

    private void choose(BuildInputs inputs) {
        model.programProperty().set(inputs.program());
        model.applicationsProperty().set(inputs.applications());
        model.documentsProperty().set(inputs.documents());
        model.panelsProperty().set(inputs.panels());
        model.assignmentsProperty().set(inputs.assignments());
    }

    private static long filesIn(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }

    @Test
    void programJsonIsShownAsSoonAsItIsChosen() throws Exception {
        BuildInputs inputs = IntakeExamples.good(dir.resolve("in"), 2, false);
        model.programProperty().set(inputs.program());
        var facts = model.programFactsProperty().get();
        assertThat(facts).isNotNull();
        assertThat(facts.code()).isEqualTo("KSURE-EXPORT-2024-2");
        assertThat(facts.applicationDeadline()).isEqualTo("2024-09-04T14:00:00+09:00");
        assertThat(facts.capacity()).isEqualTo(50);
        assertThat(facts.cutoff()).isEqualByComparingTo("60");
        assertThat(facts.blind()).isFalse();
        assertThat(model.canPreviewProperty().get()).as("applications and documents not chosen yet").isFalse();
    }

    @Test
    void aProgramJsonWithAMisspeltKeySaysWhichKey() throws Exception {
        Path program = Files.writeString(dir.resolve("program.json"),
                Fixtures.manifest().get("program").toString().replace("\"cutoff\"", "\"cutof\""));
        model.programProperty().set(program);
        assertThat(model.programFactsProperty().get()).isNull();
        assertThat(model.programProblemProperty().get()).contains("program.json").contains("cutof");
    }

    @Test
    void aFaultyIntakeListsEveryFaultWithItsFileRowAndColumnAndWritesNothing() throws Exception {
        choose(IntakeExamples.faulty(dir.resolve("in")));
        model.preview();
        assertThat(model.stepProperty().get()).isEqualTo(Step.PREVIEW);
        assertThat(model.faults()).extracting(FaultRow::file, FaultRow::row, FaultRow::column)
                .containsExactlyInAnyOrder(
                        tuple("applications.csv", 3, "rndProject.role"),
                        tuple("applications.csv", 4, "submittedAt"),
                        tuple("documents/2024-EXP-0099/", 0, ""),
                        tuple("assignments.csv", 5, "panelId"),
                        // the fourth application's panel does not exist, so it is in none
                        tuple("applications.csv", 5, "receiptNo"));
        assertThat(model.canBuildProperty().get()).isFalse();
        assertThat(ops.statusIsErrorProperty().get()).isTrue();
        assertThat(dir.resolve("agency")).as("no database, no key").doesNotExist();
    }

    @Test
    void copiedFaultsAreTabSeparatedUnderAHeaderWithTheRowBlankForAWholeFile() {
        List<FaultRow> rows = List.of(new FaultRow("applications.csv", 3, "rndProject.role", "허용되지\t않는 값"),
                new FaultRow("documents", 0, "", "폴더가\n없습니다"));
        assertThat(FaultRow.tsv(rows, Messages.korean())).isEqualTo(
                "파일\t행\t열(항목 키)\t문제\n"
                        + "applications.csv\t3\trndProject.role\t허용되지 않는 값\n"
                        + "documents\t\t\t폴더가 없습니다\n");
    }

    @Test
    void aGoodIntakeIsPreviewedThenWrittenSignedAndOfferedForImport() throws Exception {
        choose(IntakeExamples.good(dir.resolve("in"), 4, false));
        model.preview();
        IntakePreview read = model.previewProperty().get();
        assertThat(model.faults()).isEmpty();
        assertThat(read.applications()).isEqualTo(4);
        assertThat(read.documents()).isEqualTo(8);
        assertThat(read.panels()).extracting(PanelRow::id, PanelRow::members, PanelRow::chair, PanelRow::applications)
                .containsExactly(tuple("P1", 3, "김위원장", 2), tuple("P2", 2, "최위원장", 2));
        assertThat(read.inferred()).hasSize(8);
        assertThat(model.suggestedName()).isEqualTo("KSURE-EXPORT-2024-2.tbundle");

        Path out = Files.createDirectories(dir.resolve("out")).resolve("round.tbundle");
        model.build(out);
        assertThat(model.writeStateProperty().get()).isEqualTo(WriteState.WRITTEN);
        assertThat(out).exists();
        String owner = context.keys().fingerprint(kr.tipa.eval.service.KeyService.OWNER).orElseThrow().value();
        assertThat(model.reportProperty().get().agencyFingerprint()).isEqualTo(owner);
        assertThat(model.fingerprintShort()).isEqualTo(owner.substring(0, 23));
        assertThat(model.canImportProperty().get()).isTrue();
        model.importBuilt();
        assertThat(imported).containsExactly(out);
        assertThat(model.canImportProperty().get()).as("once").isFalse();
    }

    @Test
    void changingAnInputAfterReadingDropsWhatWasRead() throws Exception {
        BuildInputs inputs = IntakeExamples.good(dir.resolve("in"), 2, false);
        choose(inputs);
        model.preview();
        assertThat(model.canBuildProperty().get()).isTrue();
        model.assignmentsProperty().set(null);
        assertThat(model.previewProperty().get()).isNull();
        assertThat(model.stepProperty().get()).isEqualTo(Step.INPUTS);
        assertThat(model.canBuildProperty().get()).isFalse();
    }

    @Test
    void theTemplateGoesWhereItIsAsked() throws Exception {
        Path target = dir.resolve("신청목록.xlsx");
        model.writeTemplate(target);
        assertThat(templates).containsExactly(target);
        assertThat(ops.statusProperty().get()).contains(target.toString());
        assertThat(filesIn(dir)).as("the fake writes nothing").isZero();
    }
}
