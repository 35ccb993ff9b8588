package kr.tipa.eval.service;

import static kr.tipa.eval.testing.Fixtures.object;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.bundle.BundleReader;
import kr.tipa.eval.bundle.BundleWriter;
import kr.tipa.eval.bundle.ReadProgress;
import kr.tipa.eval.domain.screening.ScreeningCode;
import kr.tipa.eval.domain.screening.ScreeningDecision;
import kr.tipa.eval.domain.screening.ScreeningStatus;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.model.AuditEntry;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.model.StoredApplication;
import kr.tipa.eval.storage.AuditLog;
import kr.tipa.eval.storage.files.FileDocumentStore;
import kr.tipa.eval.storage.h2.Database;
import kr.tipa.eval.storage.h2.H2ApplicationRepository;
import kr.tipa.eval.storage.h2.H2AuditLog;
import kr.tipa.eval.storage.h2.H2PackIndex;
import kr.tipa.eval.storage.h2.H2RoundRepository;
import kr.tipa.eval.storage.h2.H2RoundSetupRepository;
import kr.tipa.eval.storage.h2.H2ScreeningRepository;
import kr.tipa.eval.testing.DataState;
import kr.tipa.eval.testing.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Imports on a real H2 file database in a temporary folder, with the real migrations. */
class ImportServiceTest {

    @TempDir
    Path root;

    private AppContext context;

    @BeforeEach
    void open() {
        context = new AppContext(root.resolve("data"), Messages.korean());
    }

    @AfterEach
    void close() {
        context.close();
    }

    private Path write(BundleWriter writer, String name) throws Exception {
        Path zip = root.resolve(name);
        writer.write(zip);
        return zip;
    }

    @Test
    void aBundleBecomesARoundWithItsApplicationsDocumentsAndScreening() throws Exception {
        BundleWriter writer = Fixtures.bundle(3);
        object(writer.application("2024-EXP-0003"), "credit").put("ksureGrade", "R");
        ImportOutcome outcome = context.imports().importBundle(write(writer, "round.zip"), false, "tester",
                ReadProgress.NONE);

        assertThat(outcome.kind()).isEqualTo(ImportOutcome.Kind.IMPORTED);
        assertThat(outcome.screening()).containsEntry(ScreeningStatus.ELIGIBLE, 2L)
                .containsEntry(ScreeningStatus.INELIGIBLE, 1L);
        Round round = context.rounds().require(null);
        assertThat(round.programCode()).isEqualTo(Fixtures.PROGRAM_CODE);
        assertThat(round.program().rubric().indicators()).hasSize(10);
        List<StoredApplication> applications = context.rounds().applications(round);
        assertThat(applications).extracting(StoredApplication::receiptNo)
                .containsExactly("2024-EXP-0001", "2024-EXP-0002", "2024-EXP-0003");
        assertThat(applications.get(0).documents()).hasSize(2);
        String sha = applications.get(0).documents().get(0).sha256();
        try (InputStream in = context.documents().open(sha)) {
            assertThat(in.readAllBytes()).isEqualTo(Fixtures.pdfLike("참가계획서 2024-EXP-0001"));
        }
        assertThat(context.screening().decisionsByReceipt(round).get("2024-EXP-0003").codes())
                .containsExactly(ScreeningCode.X06_CREDIT_GRADE_R);
        assertThat(context.audit().all()).extracting(e -> e.action()).containsExactly("IMPORT");
        assertThat(root.resolve("data/staging")).doesNotExist();
    }

    @Test
    void anImportThatFailsInsideItsTransactionTakesBackTheDocumentsItPutInPlace() throws Exception {
        Path data = root.resolve("failing");
        Path zip = write(Fixtures.bundle(2), "round.zip");
        try (Database database = new Database(data)) {
            H2ApplicationRepository applications = new H2ApplicationRepository(database);
            AuditLog audit = new H2AuditLog(database);
            AuditLog failing = new AuditLog() {
                @Override
                public AuditEntry append(String actor, String action, String subject, Map<String, ?> detail) {
                    throw new IllegalStateException("the disk is full");
                }

                @Override
                public List<AuditEntry> all() {
                    return audit.all();
                }

                @Override
                public Optional<AuditEntry> firstBreak() {
                    return audit.firstBreak();
                }
            };
            ScreeningService screening = new ScreeningService(database, applications,
                    new H2ScreeningRepository(database), audit, Clock.systemUTC());
            ImportService imports = new ImportService(data, new BundleReader(),
                    new FileDocumentStore(data, new H2PackIndex(database)), database,
                    new H2RoundRepository(database), applications, new H2RoundSetupRepository(database),
                    new kr.tipa.eval.storage.h2.H2EvaluatorRepository(database), screening,
                    failing, Clock.systemUTC());

            assertThatThrownBy(() -> imports.importBundle(zip, false, "tester", ReadProgress.NONE))
                    .hasMessageContaining("the disk is full");

            try (Stream<Path> files = Files.walk(data)) {
                assertThat(files.filter(Files::isRegularFile).map(p -> data.relativize(p).toString()))
                        .as("no document of the failed import is left")
                        .noneMatch(name -> name.startsWith("documents") || name.startsWith("packs")
                                || name.startsWith("staging"));
            }
        }
    }

    @Test
    void importingTheSameBundleAgainChangesNothingAndSaysSo() throws Exception {
        Path zip = write(Fixtures.bundle(2), "round.zip");
        context.imports().importBundle(zip, false, "tester", ReadProgress.NONE);
        DataState before = DataState.of(context, root);

        ImportOutcome again = context.imports().importBundle(zip, false, "tester", ReadProgress.NONE);

        assertThat(again.kind()).isEqualTo(ImportOutcome.Kind.UNCHANGED);
        assertThat(DataState.of(context, root)).isEqualTo(before);
    }

    @Test
    void aNewBundleIdIsANewVersionKeepingOverridesAndWithdrawingWhatIsGone() throws Exception {
        context.imports().importBundle(write(Fixtures.bundle(3), "v1.zip"), false, "tester", ReadProgress.NONE);
        Round round = context.rounds().require(null);
        context.screening().override(round, "2024-EXP-0001", ScreeningStatus.INELIGIBLE, "공고 목적과 다름", "위원장");

        BundleWriter second = Fixtures.bundle(2);
        object(second.application("2024-EXP-0002"), "company").put("name", "주식회사 새이름");
        ImportOutcome outcome = context.imports().importBundle(write(second, "v2.zip"), true, "tester",
                ReadProgress.NONE);

        assertThat(outcome.kind()).isEqualTo(ImportOutcome.Kind.NEW_VERSION);
        assertThat(outcome.versionNo()).isEqualTo(2);
        assertThat(outcome.withdrawn()).isEqualTo(1);
        Round updated = context.rounds().require(null);
        assertThat(updated.versionNo()).isEqualTo(2);
        assertThat(context.rounds().versions(updated)).hasSize(2);
        assertThat(context.rounds().applications(updated)).extracting(StoredApplication::companyName)
                .containsExactly("주식회사 한빛정밀", "주식회사 새이름");
        ScreeningDecision kept = context.screening().decisionsByReceipt(updated).get("2024-EXP-0001");
        assertThat(kept.status()).isEqualTo(ScreeningStatus.INELIGIBLE);
        assertThat(kept.codes()).containsExactly(ScreeningCode.X01_PURPOSE_MISMATCH);
    }

    @Test
    void aRubricEmbeddedInTheManifestIsUsed() throws Exception {
        BundleWriter writer = Fixtures.bundle(1);
        var rubric = object(writer.manifest(), "program").putObject("rubric");
        rubric.put("id", "MINI").put("name", "작은 지표").put("maxTotal", 20).put("step", 0.5);
        var category = rubric.putArray("categories").addObject().put("id", "ONLY").put("name", "하나")
                .put("maxPoints", 20);
        category.putArray("indicators").addObject().put("id", "ONLY_1").put("text", "첫째").put("maxPoints", 12);
        ((com.fasterxml.jackson.databind.node.ArrayNode) category.get("indicators")).addObject()
                .put("id", "ONLY_2").put("text", "둘째").put("maxPoints", 8);
        object(writer.manifest(), "program").putArray("tieBreak").add("ONLY").add("SUBMITTED_AT");
        object(writer.manifest(), "program").put("cutoff", 12);
        context.imports().importBundle(write(writer, "mini.zip"), false, "tester", ReadProgress.NONE);
        Round round = context.rounds().require(null);
        assertThat(round.program().rubric().id()).isEqualTo("MINI");
        assertThat(round.program().rubric().step()).isEqualByComparingTo("0.5");
        assertThat(round.program().cutoff()).isEqualByComparingTo("12");
    }

    @Test
    void defaultsFillTheOptionalProgrammeFields() throws Exception {
        BundleWriter writer = Fixtures.bundle(1);
        var program = object(writer.manifest(), "program");
        program.remove("aggregation");
        program.remove("tieBreak");
        program.remove("capacity");
        program.remove("cutoff");
        context.imports().importBundle(write(writer, "defaults.zip"), false, "tester", ReadProgress.NONE);
        var p = context.rounds().require(null).program();
        assertThat(p.capacity()).isEqualTo(50);
        assertThat(p.cutoff()).isEqualByComparingTo("60");
        assertThat(p.aggregation().minEvaluators()).isEqualTo(3);
        assertThat(p.aggregation().trimWhenAtLeast()).hasValue(5);
        assertThat(p.aggregation().roundingScale()).isEqualTo(2);
        assertThat(p.aggregation().spreadAlert()).isEqualByComparingTo("20");
        assertThat(p.tieBreak()).extracting(k -> k.name())
                .containsExactly("EXPORT_PLAN", "MARKETABILITY", "GLOBAL", "SUBMITTED_AT");
    }

    @Test
    void trimWhenAtLeastNullMeansNeverTrim() throws Exception {
        BundleWriter writer = Fixtures.bundle(1);
        object(object(writer.manifest(), "program"), "aggregation").putNull("trimWhenAtLeast");
        context.imports().importBundle(write(writer, "notrim.zip"), false, "tester", ReadProgress.NONE);
        assertThat(context.rounds().require(null).program().aggregation().trimWhenAtLeast()).isEmpty();
    }

    @Test
    void theSameContentInTwoApplicationsIsStoredOnceInTheImportsOnePack() throws Exception {
        BundleWriter writer = Fixtures.bundle(2);
        byte[] same = Fixtures.pdfLike("같은 증빙");
        writer.attach("2024-EXP-0001", "EVIDENCE", "documents/증빙.pdf", BundleWriter.Content.of(same));
        writer.attach("2024-EXP-0002", "EVIDENCE", "documents/증빙.pdf", BundleWriter.Content.of(same));
        context.imports().importBundle(write(writer, "dup.zip"), false, "tester", ReadProgress.NONE);
        context.close();
        try (var files = Files.list(root.resolve("data/packs"))) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).singleElement()
                    .satisfies(name -> assertThat(name).endsWith(".pack"));
        }
        assertThat(root.resolve("data/documents")).doesNotExist();
        try (Database database = new Database(root.resolve("data")); Database.Borrowed b = database.borrow();
                var statement = b.connection().createStatement();
                var rs = statement.executeQuery("SELECT COUNT(*), COUNT(DISTINCT pack) FROM document_pack_entry")) {
            rs.next();
            assertThat(rs.getLong(1)).as("four documents and the shared one").isEqualTo(5);
            assertThat(rs.getLong(2)).isEqualTo(1);
        }
    }
}
