package kr.tipa.eval.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import kr.tipa.eval.testing.Fixtures;
import kr.tipa.eval.testing.ZipEdit;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code round template}, {@code round build} and the import of what they make, as the agency and the
 * committee run them: exit codes, messages in both languages, nothing written on a refusal.
 */
class RoundCliTest {

    @TempDir
    Path dir;

    private final CliRunner agency = CliRunner.withPassword();
    private final CliRunner committee = new CliRunner();
    private final ObjectMapper json = new ObjectMapper();
    private Path documents;

    @BeforeEach
    void inputs() throws Exception {
        documents = dir.resolve("documents");
        StringBuilder csv = new StringBuilder("\uFEFFreceiptNo,submittedAt,submissionComplete,company.name,"
                + "company.businessRegistrationNo,company.ceoName,company.address,company.isSme,company.foundedOn,"
                + "company.employees,rndProject.programName,rndProject.managingAgency,rndProject.nonRnd,"
                + "rndProject.projectNo,rndProject.role,rndProject.leadingInstituteCollaboration,rndProject.result,"
                + "rndProject.completedOn,rndProject.discontinued,export.hasDirectExportLastYear,"
                + "export.lastYearExportUsd,export.exportPlanWithinOneYear,export.targetCountries,credit.ksureGrade,"
                + "compliance.obligationsUnfulfilled,compliance.obligationsResolvedBeforeDeadline,"
                + "compliance.participationRestricted,compliance.bankruptOrClosed,"
                + "compliance.courtRehabilitationApproved,groupInsurance.requested,groupInsurance.usedLastYear,"
                + "groupInsurance.alreadyUsesGroupRider,groupInsurance.premiumOverdue,groupInsurance.fraudHistory,"
                + "plan.summary,onlineForms,plan.EXPORT_PLAN\r\n");
        for (int i = 1; i <= 2; i++) {
            csv.append(Fixtures.receiptNo(i)).append(",2024-09-03 16:20:11,예,주식회사 한빛정밀").append(i).append(',')
                    .append(Fixtures.businessNo(i)).append(",김하늘,\"대전광역시 유성구, 가정로 1\",Y,2012-03-15,38,"
                            + "중소기업기술혁신개발사업,중소기업기술정보진흥원,N,S3012345,LEAD,N,SUCCESS,2022-12-31,N,Y,"
                            + "\"1,250,000\",Y,VN;TH,C,N,N,N,N,N,,,,,,베트남 진출,"
                            + "APPLICATION_FORM;CREDIT_CONSENT;OTHER_CONSENT;INTEGRITY_PLEDGE,1년 안에 첫 선적\r\n");
            Path folder = Files.createDirectories(documents.resolve(Fixtures.receiptNo(i)));
            Files.write(folder.resolve("참가계획서.pdf"), Fixtures.pdfLike("plan " + i));
            Files.write(folder.resolve("개인정보동의서.pdf"), Fixtures.pdfLike("consent " + i));
        }
        Files.writeString(dir.resolve("applications.csv"), csv);
        Files.writeString(dir.resolve("program.json"), Fixtures.manifest().get("program").toPrettyString());
    }

    private CliRunner.Result build(CliRunner cli, String out, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("round", "build", "--db", dir.resolve("agency").toString(),
                "--program", dir.resolve("program.json").toString(), "--applications",
                dir.resolve("applications.csv").toString(), "--documents", documents.toString(), "--out",
                dir.resolve(out).toString()));
        args.addAll(List.of(more));
        return cli.run(args.toArray(String[]::new));
    }

    @Test
    void theTemplateHasEverySheetTheKeyRowAndDropDowns() throws Exception {
        Path template = dir.resolve("신청목록.xlsx");
        assertThat(agency.run("round", "template", "--out", template.toString()).exit()).isZero();
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(template))) {
            assertThat(List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2),
                    workbook.getSheetName(3), workbook.getSheetName(4), workbook.getSheetName(5)))
                    .containsExactly("신청목록", "문서", "분과", "배정", "제척", "안내");
            Sheet applications = workbook.getSheet("신청목록");
            assertThat(applications.getRow(0).getCell(0).getStringCellValue()).isEqualTo("접수번호");
            assertThat(applications.getRow(1).getCell(0).getStringCellValue()).isEqualTo("receiptNo");
            assertThat(applications.getRow(2).getCell(0).getStringCellValue()).startsWith("(예시)");
            assertThat(applications.getDataValidations()).anySatisfy(v -> assertThat(
                    v.getValidationConstraint().getExplicitListValues()).containsExactly("LEAD", "JOINT"));
            assertThat(applications.getDataValidations()).anySatisfy(v -> assertThat(
                    v.getValidationConstraint().getExplicitListValues()).containsExactly("예", "아니오"));
            assertThat(workbook.getSheet("분과").getDataValidations()).anySatisfy(v -> assertThat(
                    v.getValidationConstraint().getExplicitListValues()).containsExactly("CHAIR", "MEMBER"));
            assertThat(workbook.getSheet("문서").getDataValidations()).singleElement().satisfies(v -> assertThat(
                    v.getValidationConstraint().getExplicitListValues()).contains("PARTICIPATION_PLAN", "EVIDENCE"));
        }
    }

    @Test
    void everyRoundCommandAnswersHelp() {
        assertThat(agency.run("round", "build", "--help").exit()).isZero();
        assertThat(agency.run("round", "template", "--help").out()).contains("--out");
        assertThat(agency.run("round").exit()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void aBuildWithFaultsWritesNothingExitsTwoAndListsEveryFaultInKoreanOrEnglish() throws Exception {
        Path csv = dir.resolve("applications.csv");
        Files.writeString(csv, Files.readString(csv).replaceFirst(",Y,2012-03-15,", ",아마,2012-03-15,")
                .replace("2024-EXP-0002,2024-09-03 16:20:11", "2024-EXP-0002,어제"));
        Files.write(documents.resolve("2024-EXP-0001").resolve("견적.zip"), new byte[] {1});

        CliRunner.Result korean = build(agency, "round.tbundle");
        assertThat(korean.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(korean.err()).contains("입력 파일에 문제가 3건 있어 아무것도 만들지 않았습니다")
                .contains("applications.csv, 2행, company.isSme: 예/아니오로 읽을 수 없습니다: '아마'")
                .contains("applications.csv, 3행, submittedAt: 날짜·시각으로 읽을 수 없습니다: '어제'")
                .contains("documents/2024-EXP-0001/견적.zip: 허용되지 않는 파일 형식입니다 (.zip)");
        assertThat(dir.resolve("round.tbundle")).doesNotExist();
        assertThat(dir.resolve("agency")).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("partial"));
        }

        CliRunner.Result english = build(new CliRunner(Locale.ENGLISH).env("TIPA_EVAL_PASSWORD", "pw"),
                "round.tbundle", "--json");
        assertThat(english.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(english.err()).contains("applications.csv, row 2, company.isSme: Not readable as yes/no");
        JsonNode refused = json.readTree(english.out());
        assertThat(refused.get("result").asText()).isEqualTo("REFUSED");
        assertThat(refused.get("faults")).hasSize(3);
        assertThat(refused.get("faults").get(0).get("row").asInt()).isEqualTo(2);
        assertThat(refused.get("faults").get(0).get("column").asText()).isEqualTo("company.isSme");
    }

    @Test
    void aBuiltRoundImportsWithTheAgencysFingerprintShownAndCheckedAgainstTheLetter() throws Exception {
        CliRunner.Result built = build(agency, "round.tbundle", "--json");
        assertThat(built.exit()).as(built.err()).isZero();
        JsonNode report = json.readTree(built.out());
        String fingerprint = report.get("agency").get("fingerprint").asText();
        assertThat(report.get("formatVersion").asInt()).isEqualTo(2);
        assertThat(report.get("panels").get(0).get("applications").asInt()).isEqualTo(2);
        assertThat(report.get("inferred")).hasSize(4);
        Path round = dir.resolve("round.tbundle");
        assertThat(ZipEdit.of(round).has("META-INF/manifest.json.p7s")).isTrue();

        CliRunner.Result first = committee.run("import", round.toString(), "--db", dir.resolve("a").toString());
        assertThat(first.exit()).isZero();
        assertThat(first.out()).contains("전담기관 인증서 지문: " + fingerprint).contains("전화로 확인하세요");

        String letter = fingerprint.replace(":", "").toLowerCase(Locale.ROOT);
        CliRunner.Result checked = committee.run("import", round.toString(), "--db", dir.resolve("b").toString(),
                "--agency-fingerprint", letter, "--json");
        assertThat(checked.exit()).isZero();
        JsonNode agencyJson = json.readTree(checked.out()).get("agency");
        assertThat(agencyJson.get("fingerprint").asText()).isEqualTo(fingerprint);
        assertThat(agencyJson.get("checkedAgainstLetter").asBoolean()).isTrue();

        String wrong = (fingerprint.startsWith("00") ? "11" : "00") + fingerprint.substring(2);
        CliRunner.Result mismatch = committee.run("import", round.toString(), "--db", dir.resolve("c").toString(),
                "--agency-fingerprint", wrong);
        assertThat(mismatch.exit()).isEqualTo(ExitCode.INTEGRITY);
        assertThat(mismatch.err()).contains(fingerprint).contains(wrong);
        assertThat(dir.resolve("c")).doesNotExist();

        assertThat(committee.run("import", round.toString(), "--db", dir.resolve("d").toString(),
                "--agency-fingerprint", "12:34").exit()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void aTamperedRoundIsExitThreeAndAnotherAgencyAfterPinningToo() throws Exception {
        assertThat(build(agency, "round.tbundle").exit()).isZero();
        Path round = dir.resolve("round.tbundle");
        Path tampered = ZipEdit.of(round).replaceText("manifest.json", m -> m.replace("\"cutoff\" : 60",
                "\"cutoff\" : 50")).write(dir.resolve("tampered.tbundle"));
        CliRunner.Result refused = committee.run("import", tampered.toString(), "--db", dir.resolve("m").toString());
        assertThat(refused.exit()).isEqualTo(ExitCode.INTEGRITY);
        assertThat(refused.err()).contains("META-INF/manifest.json.p7s").contains("서명이 맞지 않습니다");
        assertThat(dir.resolve("m")).doesNotExist();

        assertThat(committee.run("import", round.toString(), "--db", dir.resolve("m").toString()).exit()).isZero();
        CliRunner otherAgency = CliRunner.withPassword();
        CliRunner.Result second = otherAgency.run("round", "build", "--db", dir.resolve("other-agency").toString(),
                "--program", dir.resolve("program.json").toString(), "--applications",
                dir.resolve("applications.csv").toString(), "--documents", documents.toString(), "--out",
                dir.resolve("second.tbundle").toString());
        assertThat(second.exit()).isZero();
        CliRunner.Result other = committee.run("import", dir.resolve("second.tbundle").toString(), "--new-version",
                "--db", dir.resolve("m").toString());
        assertThat(other.exit()).isEqualTo(ExitCode.INTEGRITY);
        assertThat(other.err()).contains("다른 인증서");
    }
}
