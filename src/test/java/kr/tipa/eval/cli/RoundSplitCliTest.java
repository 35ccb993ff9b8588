package kr.tipa.eval.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import kr.tipa.eval.testing.Fixtures;
import kr.tipa.eval.testing.ZipEdit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code round split} as the agency runs it after {@code round build}, {@code import}, {@code screen} and
 * {@code override}, and the packages on members' laptops: exit codes, nothing written on a refusal, a
 * tampered package refused with exit 3, an evaluator not on the roster refused with exit 2.
 */
class RoundSplitCliTest {

    @TempDir
    Path dir;

    private final CliRunner agency = CliRunner.withPassword();
    private final CliRunner committee = new CliRunner();
    private final ObjectMapper json = new ObjectMapper();
    private String db;

    /** Three applications in two panels; the second's business number fails its check digit (W01). */
    @BeforeEach
    void builtAndImported() throws Exception {
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
        for (int i = 1; i <= 3; i++) {
            String businessNo = i == 2 ? "214-86-10443" : Fixtures.businessNo(i);
            csv.append(Fixtures.receiptNo(i)).append(",2024-09-03 16:20:11,예,주식회사 한빛정밀").append(i).append(',')
                    .append(businessNo).append(",김하늘,대전광역시,Y,2012-03-15,38,중소기업기술혁신개발사업,"
                            + "중소기업기술정보진흥원,N,S3012345,LEAD,N,SUCCESS,2022-12-31,N,Y,1000,Y,VN,C,N,N,N,N,N,,,,,,"
                            + "베트남 진출,APPLICATION_FORM;CREDIT_CONSENT;OTHER_CONSENT;INTEGRITY_PLEDGE\n");
            Path folder = Files.createDirectories(documents.resolve(Fixtures.receiptNo(i)));
            Files.write(folder.resolve("참가계획서.pdf"), Fixtures.pdfLike("plan " + i));
            Files.write(folder.resolve("개인정보동의서.pdf"), Fixtures.pdfLike("consent " + i));
        }
        Files.writeString(dir.resolve("applications.csv"), csv);
        Files.writeString(dir.resolve("program.json"), Fixtures.manifest().get("program").toPrettyString());
        Files.writeString(dir.resolve("panels.csv"), "panelId,panelName,evaluatorId,evaluatorName,affiliation,role\n"
                + "P1,제1분과,E01,김위원장,한국대학교,CHAIR\nP1,제1분과,E02,이위원,,MEMBER\n"
                + "P2,제2분과,E03,박위원장,,CHAIR\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("assignments.csv"), "receiptNo,panelId\n" + Fixtures.receiptNo(1) + ",P1\n"
                + Fixtures.receiptNo(2) + ",P1\n" + Fixtures.receiptNo(3) + ",P2\n");
        Files.writeString(dir.resolve("conflicts.csv"), "evaluatorId,receiptNo,reason\nE02," + Fixtures.receiptNo(1)
                + ",자문 이력\n");
        db = dir.resolve("agency").toString();
        CliRunner.Result built = agency.run("round", "build", "--db", db, "--program", dir.resolve("program.json")
                .toString(), "--applications", dir.resolve("applications.csv").toString(), "--documents",
                documents.toString(), "--panels", dir.resolve("panels.csv").toString(), "--assignments",
                dir.resolve("assignments.csv").toString(), "--conflicts", dir.resolve("conflicts.csv").toString(),
                "--out", dir.resolve("round.tbundle").toString());
        assertThat(built.exit()).as(built.err()).isZero();
        assertThat(agency.run("import", dir.resolve("round.tbundle").toString(), "--db", db).exit()).isZero();
    }

    private static List<String> namesIn(Path folder) throws Exception {
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            files.filter(p -> !p.equals(folder)).forEach(p -> names.add(folder.relativize(p).toString()));
        }
        return names.stream().sorted().toList();
    }

    private Path split() throws Exception {
        CliRunner.Result override = agency.run("override", "--db", db, "--application", Fixtures.receiptNo(2),
                "--screening", "ELIGIBLE", "--reason", "사업자등록증 사본 확인", "--by", "담당자");
        assertThat(override.exit()).as(override.err()).isZero();
        Path out = dir.resolve("packages");
        CliRunner.Result split = agency.run("round", "split", "--db", db, "--out", out.toString());
        assertThat(split.exit()).as(split.err()).isZero();
        return out.resolve(Fixtures.PROGRAM_CODE + "-P1.tbundle");
    }

    @Test
    void splitAnswersHelp() {
        CliRunner.Result help = agency.run("round", "split", "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("--out").contains("분과");
    }

    @Test
    void whileAnApplicationNeedsReviewTheSplitExitsTwoNamesItAndLeavesTheFolderAsItWas() throws Exception {
        Path out = Files.createDirectories(dir.resolve("packages"));
        Files.writeString(out.resolve("안내.txt"), "먼저 있던 파일");
        List<String> before = namesIn(dir);

        CliRunner.Result refused = agency.run("round", "split", "--db", db, "--out", out.toString(), "--json");
        assertThat(refused.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(refused.err()).contains("검토 필요").contains(Fixtures.receiptNo(2));
        assertThat(json.readTree(refused.out()).get("needsReview").get(0).asText()).isEqualTo(Fixtures.receiptNo(2));
        assertThat(namesIn(dir)).isEqualTo(before);

        CliRunner.Result english = new CliRunner(Locale.ENGLISH).env("TIPA_EVAL_PASSWORD", "test-password")
                .run("round", "split", "--db", db, "--out", out.toString());
        assertThat(english.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(english.err()).contains("still need review").contains(Fixtures.receiptNo(2));
    }

    @Test
    void afterTheOverrideTheSplitWritesAPackagePerPanelAndSaysWhatItWrote() throws Exception {
        agency.run("override", "--db", db, "--application", Fixtures.receiptNo(2), "--screening", "ELIGIBLE",
                "--reason", "사업자등록증 사본 확인", "--by", "담당자");
        Path out = dir.resolve("packages");
        CliRunner.Result split = agency.run("round", "split", "--db", db, "--out", out.toString(), "--json");
        assertThat(split.exit()).as(split.err()).isZero();
        JsonNode report = json.readTree(split.out());
        assertThat(report.get("result").asText()).isEqualTo("SPLIT");
        assertThat(report.get("packages")).hasSize(2);
        assertThat(report.get("packages").get(0).get("applications").asInt()).isEqualTo(2);
        assertThat(report.get("packages").get(1).get("panelId").asText()).isEqualTo("P2");
        assertThat(namesIn(out)).containsExactly(Fixtures.PROGRAM_CODE + "-P1.tbundle",
                Fixtures.PROGRAM_CODE + "-P2.tbundle");

        CliRunner.Result text = agency.run("round", "split", "--db", db, "--out", out.toString());
        assertThat(text.out()).contains("분과 패키지 2개를 만들었습니다").contains("분과 P1 제1분과: 적격 신청 2건");
    }

    @Test
    void aPackageWithOneByteOfItsManifestChangedIsExitThreeAndNothingIsWritten() throws Exception {
        Path p1 = split();
        Path tampered = ZipEdit.of(p1).replaceText("manifest.json", m -> m.replace("제1분과", "제2분과"))
                .write(dir.resolve("tampered.tbundle"));
        CliRunner.Result refused = committee.run("import", tampered.toString(), "--db", dir.resolve("m").toString());
        assertThat(refused.exit()).isEqualTo(ExitCode.INTEGRITY);
        assertThat(refused.err()).contains("META-INF/manifest.json.p7s");
        assertThat(dir.resolve("m")).doesNotExist();
        assertThat(committee.run("import", p1.toString(), "--db", dir.resolve("m").toString()).exit()).isZero();
    }

    @Test
    void onAMembersLaptopAnEvaluatorNotOnThePanelsRosterIsRefused() throws Exception {
        Path p1 = split();
        String member = dir.resolve("member").toString();
        CliRunner laptop = CliRunner.withPassword();
        assertThat(laptop.run("import", p1.toString(), "--db", member).exit()).isZero();
        CliRunner.Result stranger = laptop.run("evaluator", "add", "--db", member, "--id", "E03", "--name", "박위원장");
        assertThat(stranger.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(stranger.err()).contains("E03").contains("E01, E02");
        assertThat(laptop.run("evaluator", "add", "--db", member, "--id", "E02", "--name", "이위원").exit())
                .isZero();

        CliRunner.Result screened = laptop.run("screen", "--json", "--db", member);
        assertThat(screened.out()).contains("W01_INVALID_BUSINESS_NUMBER").doesNotContain("NEEDS_REVIEW")
                .doesNotContain(Fixtures.receiptNo(3));
    }
}
