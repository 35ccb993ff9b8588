package kr.tipa.eval.testing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.UUID;
import kr.tipa.eval.bundle.ApplicationParser;
import kr.tipa.eval.bundle.BuiltInRubrics;
import kr.tipa.eval.bundle.BundleWriter;
import kr.tipa.eval.bundle.Jsons;
import kr.tipa.eval.domain.application.Application;
import kr.tipa.eval.domain.program.AggregationRules;
import kr.tipa.eval.domain.program.Program;
import kr.tipa.eval.domain.program.TieBreakKey;

/**
 * Valid bundles and applications written from the spec's own example (bundle-format.md), for tests to
 * change one thing at a time. The values here are typed from the spec, not computed by our code.
 */
public final class Fixtures {

    public static final String DEADLINE = "2024-09-04T14:00:00+09:00";
    public static final String PROGRAM_CODE = "KSURE-EXPORT-2024-2";
    /** The spec's example number; its check digit is valid (2+6+0+8+3+42+2+15+5+0 = 83 → 7). */
    public static final String VALID_BUSINESS_NO = "220-81-62517";

    private Fixtures() {
    }

    public static ObjectNode manifest() {
        return manifest(UUID.randomUUID().toString());
    }

    public static ObjectNode manifest(String bundleId) {
        ObjectNode m = Jsons.MAPPER.createObjectNode();
        m.put("format", "tipa-eval-bundle");
        m.put("formatVersion", 1);
        m.put("bundleId", bundleId);
        m.put("createdAt", "2024-09-05T09:00:00+09:00");
        ObjectNode p = m.putObject("program");
        p.put("code", PROGRAM_CODE);
        p.put("name", "2024년도 제2차 한국무역보험공사 연계 수출지원프로그램");
        p.put("agency", "중소기업기술정보진흥원");
        p.put("partner", "한국무역보험공사");
        p.put("applicationDeadline", DEADLINE);
        p.put("capacity", 50);
        p.put("cutoff", 60);
        p.putObject("aggregation").put("minEvaluators", 3).put("trimWhenAtLeast", 5).put("roundingScale", 2)
                .put("spreadAlert", 20);
        ArrayNode tie = p.putArray("tieBreak");
        tie.add("EXPORT_PLAN").add("MARKETABILITY").add("GLOBAL").add("SUBMITTED_AT");
        p.put("rubric", "KSURE-EXPORT-2024");
        return m;
    }

    /** An application that meets every rule of program-rules.md §1 (documents are attached separately). */
    public static ObjectNode application(String receiptNo) {
        return application(receiptNo, VALID_BUSINESS_NO);
    }

    public static ObjectNode application(String receiptNo, String businessNo) {
        ObjectNode a = Jsons.MAPPER.createObjectNode();
        a.put("receiptNo", receiptNo);
        a.put("submittedAt", "2024-09-03T16:20:11+09:00");
        a.put("submissionComplete", true);
        a.putObject("company").put("name", "주식회사 한빛정밀").put("businessRegistrationNo", businessNo)
                .put("ceoName", "김하늘").put("address", "대전광역시 유성구 가정로 1").put("isSme", true)
                .put("foundedOn", "2012-03-15").put("employees", 38);
        a.putObject("rndProject").put("programName", "중소기업기술혁신개발사업")
                .put("managingAgency", "중소기업기술정보진흥원").put("nonRnd", false).put("projectNo", "S3012345")
                .put("role", "LEAD").put("leadingInstituteCollaboration", false).put("result", "SUCCESS")
                .put("completedOn", "2022-12-31").put("discontinued", false);
        ObjectNode export = a.putObject("export").put("hasDirectExportLastYear", true)
                .put("lastYearExportUsd", 1250000).put("exportPlanWithinOneYear", true);
        export.putArray("targetCountries").add("VN").add("TH");
        a.putObject("credit").put("ksureGrade", "C");
        a.putObject("compliance").put("obligationsUnfulfilled", false)
                .put("obligationsResolvedBeforeDeadline", false).put("participationRestricted", false)
                .put("bankruptOrClosed", false).put("courtRehabilitationApproved", false);
        a.putObject("groupInsurance").put("requested", false).put("usedLastYear", false)
                .put("alreadyUsesGroupRider", false).put("premiumOverdue", false).put("fraudHistory", false);
        ObjectNode plan = a.putObject("plan").put("summary", "베트남·태국 정밀부품 시장 진출 계획");
        plan.putArray("sections").addObject().put("key", "TARGET_MARKET").put("title", "목표시장 분석")
                .put("text", "베트남 전자부품 조립 수요 증가");
        a.putArray("documents");
        a.putArray("onlineForms").add("APPLICATION_FORM").add("CREDIT_CONSENT").add("OTHER_CONSENT")
                .add("INTEGRITY_PLEDGE");
        return a;
    }

    /** An application with its two required files listed (as they would be attached). */
    public static ObjectNode applicationWithDocuments(String receiptNo) {
        ObjectNode a = application(receiptNo);
        ArrayNode docs = (ArrayNode) a.get("documents");
        docs.addObject().put("type", "PARTICIPATION_PLAN").put("file", "documents/참가계획서.pdf")
                .put("sha256", "0".repeat(64));
        docs.addObject().put("type", "PRIVACY_CONSENT_KSURE").put("file", "documents/개인정보동의서.pdf")
                .put("sha256", "0".repeat(64));
        return a;
    }

    /** A bundle of {@code count} eligible applications with distinct companies and their required files. */
    public static BundleWriter bundle(int count) {
        return bundle(manifest(), count);
    }

    public static BundleWriter bundle(ObjectNode manifest, int count) {
        BundleWriter writer = new BundleWriter(manifest);
        for (int i = 1; i <= count; i++) {
            String receipt = receiptNo(i);
            writer.add(application(receipt, businessNo(i)));
            attachRequired(writer, receipt);
        }
        return writer;
    }

    public static void attachRequired(BundleWriter writer, String receiptNo) {
        writer.attach(receiptNo, "PARTICIPATION_PLAN", "documents/참가계획서.pdf",
                BundleWriter.Content.of(pdfLike("참가계획서 " + receiptNo)));
        writer.attach(receiptNo, "PRIVACY_CONSENT_KSURE", "documents/개인정보동의서.pdf",
                BundleWriter.Content.of(pdfLike("개인정보동의서 " + receiptNo)));
    }

    public static String receiptNo(int i) {
        return String.format("2024-EXP-%04d", i);
    }

    /**
     * A well-formed 사업자등록번호 with a valid check digit, distinct for each {@code i}: the check digit
     * is worked out here by the formula's definition, digit by digit.
     */
    public static String businessNo(int i) {
        String first9 = String.format("%03d%02d%04d", 100 + i % 800, 81, i % 10000);
        int[] w = {1, 3, 7, 1, 3, 7, 1, 3, 5};
        int s = 0;
        for (int k = 0; k < 9; k++) {
            s += (first9.charAt(k) - '0') * w[k];
        }
        s += (first9.charAt(8) - '0') * 5 / 10;
        int check = (10 - s % 10) % 10;
        String d = first9 + check;
        return d.substring(0, 3) + "-" + d.substring(3, 5) + "-" + d.substring(5);
    }

    /** Bytes that start like a PDF; the importer does not parse documents. */
    public static byte[] pdfLike(String text) {
        return ("%PDF-1.4\n% " + text + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
    }

    public static Application parse(ObjectNode application) {
        return ApplicationParser.parseStored(application.toString());
    }

    /** The programme of the spec's example manifest, with the built-in rubric. */
    public static Program program() {
        return new Program(PROGRAM_CODE, "2024년도 제2차 한국무역보험공사 연계 수출지원프로그램", "중소기업기술정보진흥원",
                "한국무역보험공사", OffsetDateTime.parse(DEADLINE), 50, java.math.BigDecimal.valueOf(60),
                AggregationRules.DEFAULTS,
                Program.DEFAULT_TIE_BREAK.stream().map(TieBreakKey::parse).toList(),
                BuiltInRubrics.find("KSURE-EXPORT-2024").orElseThrow());
    }

    public static ObjectNode object(ObjectNode parent, String field) {
        return (ObjectNode) parent.get(field);
    }
}
