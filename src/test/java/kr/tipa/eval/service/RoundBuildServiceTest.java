package kr.tipa.eval.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.authoring.BuildInputs;
import kr.tipa.eval.authoring.BuildReport;
import kr.tipa.eval.authoring.IntakeRefusedException;
import kr.tipa.eval.bundle.ReadProgress;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build service: signed with the owner key, all-or-nothing, cancellable, audited. */
class RoundBuildServiceTest {

    @TempDir
    Path dir;

    private BuildInputs inputs;

    @BeforeEach
    void inputs() throws Exception {
        Path documents = dir.resolve("documents");
        StringBuilder csv = new StringBuilder("receiptNo,submittedAt,submissionComplete,company.name,"
                + "company.businessRegistrationNo,company.ceoName,company.address,company.isSme,company.foundedOn,"
                + "company.employees,rndProject.programName,rndProject.managingAgency,rndProject.nonRnd,"
                + "rndProject.projectNo,rndProject.role,rndProject.leadingInstituteCollaboration,rndProject.result,"
                + "rndProject.completedOn,rndProject.discontinued,export.hasDirectExportLastYear,"
                + "export.lastYearExportUsd,export.exportPlanWithinOneYear,export.targetCountries,credit.ksureGrade,"
                + "compliance.obligationsUnfulfilled,compliance.obligationsResolvedBeforeDeadline,"
                + "compliance.participationRestricted,compliance.bankruptOrClosed,"
                + "compliance.courtRehabilitationApproved,groupInsurance.requested,groupInsurance.usedLastYear,"
                + "groupInsurance.alreadyUsesGroupRider,groupInsurance.premiumOverdue,groupInsurance.fraudHistory,"
                + "plan.summary,onlineForms\n");
        csv.append("2024-EXP-0001,2024-09-03T16:20:11+09:00,true,주식회사 한빛정밀,220-81-62517,김하늘,대전,true,"
                + "2012-03-15,38,사업,기관,false,S1,LEAD,false,SUCCESS,2022-12-31,false,true,1000,true,VN,C,"
                + "false,false,false,false,false,,,,,,요약,APPLICATION_FORM\n");
        Files.writeString(dir.resolve("applications.csv"), csv);
        Files.writeString(dir.resolve("program.json"), Fixtures.manifest().get("program").toString());
        Files.createDirectories(documents.resolve("2024-EXP-0001"));
        Files.write(documents.resolve("2024-EXP-0001").resolve("참가계획서.pdf"), Fixtures.pdfLike("plan"));
        inputs = BuildInputs.of(dir.resolve("program.json"), dir.resolve("applications.csv"), documents);
    }

    private AppContext agency() {
        return new AppContext(dir.resolve("agency"), Messages.korean(), Clock.systemUTC(), "pw"::toCharArray);
    }

    private long filesIn(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }

    @Test
    void theRoundIsSignedWithTheOwnerKeyTheResultWorkbookAlsoUsesAndTheBuildIsAudited() throws Exception {
        try (AppContext context = agency()) {
            BuildReport report = context.roundBuilds().build(inputs, dir.resolve("out/round.tbundle"), "담당자",
                    ReadProgress.NONE);
            assertThat(report.agencyFingerprint()).isEqualTo(context.keys().fingerprint(KeyService.OWNER)
                    .orElseThrow().value());
            assertThat(report.agencySigner()).isEqualTo("중소기업기술정보진흥원");
            assertThat(context.audit().all()).anySatisfy(e -> {
                assertThat(e.action()).isEqualTo("ROUND_BUILD");
                assertThat(e.actor()).isEqualTo("담당자");
                assertThat(e.detailJson()).contains(report.bundleId()).contains(report.agencyFingerprint());
            });
        }
        assertThat(filesIn(dir.resolve("out"))).isEqualTo(1);
    }

    @Test
    void aRefusedBuildCreatesNoDatabaseNoKeyAndNoFile() throws Exception {
        Files.writeString(dir.resolve("applications.csv"),
                Files.readString(dir.resolve("applications.csv")).replace(",LEAD,", ",BOSS,"));
        try (AppContext context = agency()) {
            assertThatThrownBy(() -> context.roundBuilds().build(inputs, dir.resolve("round.tbundle"), "담당자",
                    ReadProgress.NONE)).isInstanceOf(IntakeRefusedException.class);
        }
        assertThat(dir.resolve("agency")).doesNotExist();
        assertThat(dir.resolve("round.tbundle")).doesNotExist();
    }

    @Test
    void aCancelledBuildLeavesNoFile() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        try (AppContext context = agency()) {
            assertThatThrownBy(() -> context.roundBuilds().build(inputs, out.resolve("round.tbundle"), "담당자",
                    new ReadProgress() {
                        @Override
                        public void progress(long done, long total) {
                        }

                        @Override
                        public boolean cancelled() {
                            return true;
                        }
                    })).isInstanceOf(CancellationException.class);
        }
        assertThat(filesIn(out)).isZero();
    }

    /** Ten documents: more than the lanes read ahead, so the last ones are read after the first is written. */
    private void tenDocuments() throws Exception {
        for (int i = 1; i <= 9; i++) {
            Files.write(dir.resolve("documents/2024-EXP-0001").resolve("증빙" + i + ".pdf"), Fixtures.pdfLike("e" + i));
        }
    }

    @Test
    void aDocumentRemovedWhileTheRoundIsWrittenIsRefusedNamingTheFileAndLeavesNoFile() throws Exception {
        tenDocuments();
        Path out = Files.createDirectories(dir.resolve("out"));
        Path last = dir.resolve("documents/2024-EXP-0001/증빙9.pdf");
        try (AppContext context = agency()) {
            assertThatThrownBy(() -> context.roundBuilds().build(inputs, out.resolve("round.tbundle"), "담당자",
                    new ReadProgress() {
                        @Override
                        public void progress(long done, long total) {
                            try {
                                Files.deleteIfExists(last);
                            } catch (java.io.IOException e) {
                                throw new java.io.UncheckedIOException(e);
                            }
                        }

                        @Override
                        public boolean cancelled() {
                            return false;
                        }
                    })).isInstanceOfSatisfying(IntakeRefusedException.class, e -> {
                        assertThat(e.faults()).singleElement().satisfies(f -> {
                            assertThat(f.file()).isEqualTo("documents/2024-EXP-0001/증빙9.pdf");
                            assertThat(f.message().key()).isEqualTo("intake.documents.readDuringBuild");
                        });
                    });
        }
        assertThat(filesIn(out)).isZero();
    }

    @Test
    void aBuildCancelledMidwayLeavesNoFile() throws Exception {
        tenDocuments();
        Path out = Files.createDirectories(dir.resolve("out"));
        AtomicInteger written = new AtomicInteger();
        try (AppContext context = agency()) {
            assertThatThrownBy(() -> context.roundBuilds().build(inputs, out.resolve("round.tbundle"), "담당자",
                    new ReadProgress() {
                        @Override
                        public void progress(long done, long total) {
                            written.incrementAndGet();
                        }

                        @Override
                        public boolean cancelled() {
                            return written.get() == 4;
                        }
                    })).isInstanceOf(CancellationException.class);
        }
        assertThat(written.get()).isEqualTo(4);
        assertThat(filesIn(out)).isZero();
    }
}
