package kr.tipa.eval.demo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import kr.tipa.eval.bundle.BundleWriter;
import kr.tipa.eval.bundle.Jsons;

/**
 * The demo round that ships with the application: twenty invented applicants with Korean plans and
 * generated documents, a few of which fail screening, so that a newcomer can score within a minute.
 */
public final class DemoRound {

    public static final String PROGRAM_CODE = "DEMO-KSURE-EXPORT-2024-2";

    /** Writes the demo bundle into {@code folder} and returns its path. */
    public Path write(Path folder) throws IOException {
        Files.createDirectories(folder);
        Path bundle = folder.resolve("demo-round.tbundle");
        DemoDocuments documents = new DemoDocuments(folder);
        BundleWriter writer = new BundleWriter(manifest());
        List<DemoCompanies.Company> companies = DemoCompanies.ALL;
        for (int i = 0; i < companies.size(); i++) {
            DemoCompanies.Company c = companies.get(i);
            String receipt = String.format("2024-EXP-%04d", i + 1);
            ObjectNode application = writer.add(application(receipt, i, c));
            DemoPlans.Plan plan = DemoPlans.of(c);
            application.set("plan", plan.json());
            attach(writer, documents, receipt, i, c, plan);
            failScreening(application, i);
        }
        writer.write(bundle);
        return bundle;
    }

    private static void attach(BundleWriter writer, DemoDocuments documents, String receipt, int i,
            DemoCompanies.Company c, DemoPlans.Plan plan)
            throws IOException {
        // The participation plan arrives in the formats evaluators meet: mostly PDF, some HWP and HWPX.
        String kind = switch (i % 5) {
            case 1 -> "hwp";
            case 3 -> "hwpx";
            case 4 -> "docx";
            default -> "pdf";
        };
        byte[] planFile = documents.document(kind, c.name() + " 수출지원프로그램 참가계획서", plan.paragraphs());
        writer.attach(receipt, "PARTICIPATION_PLAN", "documents/참가계획서." + kind, BundleWriter.Content.of(planFile));
        if (i != 7) {
            writer.attach(receipt, "PRIVACY_CONSENT_KSURE", "documents/개인정보동의서.pdf",
                    BundleWriter.Content.of(documents.document("pdf", "개인정보 이용(제공·조회) 동의서",
                            List.of(c.name() + " 대표 " + c.ceo() + "은(는) 한국무역보험공사의 개인정보 이용에 동의합니다."))));
        }
        if (i % 4 == 2) {
            writer.attach(receipt, "GROUP_INSURANCE_FORM", "documents/단체보험가입신청서.hwpx",
                    BundleWriter.Content.of(documents.document("hwpx", "단체보험 가입신청서",
                            List.of("신청기업: " + c.name(), "대표자: " + c.ceo(), "희망 보험: 단기수출보험 단체보험"))));
        }
        if (i % 6 == 0) {
            writer.attach(receipt, "EVIDENCE", "documents/제품사진.png", BundleWriter.Content.of(documents.productImage(c)));
        }
    }

    /** A handful of applications fail screening, each for a reason the announcement names. */
    private static void failScreening(ObjectNode a, int i) {
        switch (i) {
            case 4 -> a.put("submittedAt", "2024-09-04T14:03:12+09:00");
            case 7 -> { } // no privacy consent attached: E03
            case 10 -> ((ObjectNode) a.get("rndProject")).put("role", "JOINT");
            case 13 -> ((ObjectNode) a.get("credit")).put("ksureGrade", "R");
            case 16 -> ((ObjectNode) a.get("company")).put("businessRegistrationNo", "214-86-10443");
            default -> { }
        }
    }

    private static ObjectNode manifest() {
        ObjectNode m = Jsons.MAPPER.createObjectNode();
        m.put("format", "tipa-eval-bundle").put("formatVersion", 1).put("bundleId", UUID.randomUUID().toString())
                .put("createdAt", "2024-09-05T09:00:00+09:00");
        ObjectNode p = m.putObject("program");
        p.put("code", PROGRAM_CODE).put("name", "[예시] 2024년도 제2차 한국무역보험공사 연계 수출지원프로그램")
                .put("agency", "중소기업기술정보진흥원").put("partner", "한국무역보험공사")
                .put("applicationDeadline", "2024-09-04T14:00:00+09:00").put("capacity", 50).put("cutoff", 60);
        p.putObject("aggregation").put("minEvaluators", 3).put("trimWhenAtLeast", 5).put("roundingScale", 2)
                .put("spreadAlert", 20);
        p.putArray("tieBreak").add("EXPORT_PLAN").add("MARKETABILITY").add("GLOBAL").add("SUBMITTED_AT");
        p.put("rubric", "KSURE-EXPORT-2024");
        return m;
    }

    private static ObjectNode application(String receipt, int i, DemoCompanies.Company c) {
        ObjectNode a = Jsons.MAPPER.createObjectNode();
        a.put("receiptNo", receipt)
                .put("submittedAt", String.format("2024-09-%02dT%02d:%02d:11+09:00", 1 + i % 3, 9 + i % 8, (i * 7) % 60))
                .put("submissionComplete", true);
        a.putObject("company").put("name", c.name()).put("businessRegistrationNo", businessNo(i))
                .put("ceoName", c.ceo()).put("address", c.city()).put("isSme", true)
                .put("foundedOn", String.format("%d-03-15", 2005 + i % 12)).put("employees", c.employees());
        a.putObject("rndProject").put("programName", "중소기업기술혁신개발사업")
                .put("managingAgency", "중소기업기술정보진흥원").put("nonRnd", false)
                .put("projectNo", String.format("S%07d", 3000000 + i * 137)).put("role", "LEAD")
                .put("leadingInstituteCollaboration", false).put("result", "SUCCESS")
                .put("completedOn", String.format("%d-12-31", 2020 + i % 4)).put("discontinued", false);
        ObjectNode export = a.putObject("export").put("hasDirectExportLastYear", c.exportUsd() > 0)
                .put("lastYearExportUsd", c.exportUsd()).put("exportPlanWithinOneYear", true);
        ArrayNode countries = export.putArray("targetCountries");
        countries.add("VN");
        a.putObject("credit").put("ksureGrade", String.valueOf("ABCDEF".charAt(i % 6)));
        a.putObject("compliance").put("obligationsUnfulfilled", false).put("obligationsResolvedBeforeDeadline", false)
                .put("participationRestricted", false).put("bankruptOrClosed", false)
                .put("courtRehabilitationApproved", false);
        a.putObject("groupInsurance").put("requested", i % 4 == 2).put("usedLastYear", false)
                .put("alreadyUsesGroupRider", false).put("premiumOverdue", false).put("fraudHistory", false);
        a.putArray("onlineForms").add("APPLICATION_FORM").add("CREDIT_CONSENT").add("OTHER_CONSENT")
                .add("INTEGRITY_PLEDGE");
        return a;
    }

    /** A valid 사업자등록번호 per applicant (check digit by the announcement's formula). */
    static String businessNo(int i) {
        String first9 = String.format("%03d%02d%04d", 214 + i, 81 + i % 7, 1000 + i * 37);
        int[] weights = {1, 3, 7, 1, 3, 7, 1, 3, 5};
        int sum = 0;
        for (int k = 0; k < 9; k++) {
            sum += (first9.charAt(k) - '0') * weights[k];
        }
        sum += (first9.charAt(8) - '0') * 5 / 10;
        String d = first9 + (10 - sum % 10) % 10;
        return d.substring(0, 3) + "-" + d.substring(3, 5) + "-" + d.substring(5);
    }
}
