package kr.tipa.eval.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;
import java.util.UUID;
import kr.tipa.eval.bundle.BundleWriter;
import kr.tipa.eval.bundle.Jsons;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Large synthetic rounds for benchmarks: N applications, each with a distinct PDF of a given size. */
public final class BenchBundles {

    private BenchBundles() {
    }

    /** A real PDF (one page of text) carrying {@code size} bytes of incompressible data, like scanned pages. */
    public static byte[] pdf(int size, long seed) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                content.newLineAtOffset(72, 700);
                content.showText("Participation plan (benchmark) #" + seed);
                content.endText();
            }
            byte[] noise = new byte[size];
            new Random(seed).nextBytes(noise);
            PDStream stream = new PDStream(document, new ByteArrayInputStream(noise));
            page.getCOSObject().setItem("PieceInfo", stream.getCOSObject());
            ByteArrayOutputStream out = new ByteArrayOutputStream(size + 4096);
            document.save(out);
            return out.toByteArray();
        }
    }

    /**
     * Writes a round of {@code applications} eligible applications, each with its own
     * {@code pdfBytes}-sized participation plan (a base PDF with a distinct trailing comment, so that
     * each file is distinct but generating them is quick).
     */
    public static void write(Path zip, int applications, int pdfBytes) throws IOException {
        byte[] base = pdf(pdfBytes, 1);
        BundleWriter writer = new BundleWriter(manifest());
        for (int i = 1; i <= applications; i++) {
            String receipt = String.format("2024-EXP-%05d", i);
            writer.add(application(receipt, i));
            byte[] tail = ("\n% application " + receipt + "\n").getBytes(StandardCharsets.US_ASCII);
            writer.attach(receipt, "PARTICIPATION_PLAN", "documents/참가계획서.pdf",
                    () -> new SequenceInputStream(new ByteArrayInputStream(base), new ByteArrayInputStream(tail)));
            writer.attach(receipt, "PRIVACY_CONSENT_KSURE", "documents/개인정보동의서.pdf", BundleWriter.Content.of(
                    ("%PDF-1.4\n% consent " + receipt + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII)));
        }
        writer.write(zip);
    }

    static ObjectNode manifest() {
        ObjectNode m = Jsons.MAPPER.createObjectNode();
        m.put("format", "tipa-eval-bundle").put("formatVersion", 1).put("bundleId", UUID.randomUUID().toString())
                .put("createdAt", "2024-09-05T09:00:00+09:00");
        m.putObject("program").put("code", "BENCH-EXPORT-2024").put("name", "벤치마크 회차")
                .put("agency", "중소기업기술정보진흥원").put("partner", "한국무역보험공사")
                .put("applicationDeadline", "2024-09-04T14:00:00+09:00").put("rubric", "KSURE-EXPORT-2024");
        return m;
    }

    static ObjectNode application(String receipt, int i) {
        ObjectNode a = Jsons.MAPPER.createObjectNode();
        a.put("receiptNo", receipt).put("submittedAt", "2024-09-03T16:20:11+09:00").put("submissionComplete", true);
        a.putObject("company").put("name", "주식회사 벤치" + i).put("businessRegistrationNo", businessNo(i))
                .put("ceoName", "김하늘").put("address", "대전광역시 유성구").put("isSme", true)
                .put("foundedOn", "2012-03-15").put("employees", 38);
        a.putObject("rndProject").put("programName", "중소기업기술혁신개발사업").put("managingAgency", "중소기업기술정보진흥원")
                .put("nonRnd", false).put("projectNo", "S" + i).put("role", "LEAD")
                .put("leadingInstituteCollaboration", false).put("result", "SUCCESS").put("completedOn", "2022-12-31")
                .put("discontinued", false);
        ObjectNode export = a.putObject("export").put("hasDirectExportLastYear", true)
                .put("lastYearExportUsd", 1_000_000 + i).put("exportPlanWithinOneYear", true);
        export.putArray("targetCountries").add("VN");
        a.putObject("credit").put("ksureGrade", "C");
        a.putObject("compliance").put("obligationsUnfulfilled", false).put("obligationsResolvedBeforeDeadline", false)
                .put("participationRestricted", false).put("bankruptOrClosed", false)
                .put("courtRehabilitationApproved", false);
        ObjectNode plan = a.putObject("plan").put("summary", "동남아 시장 진출 계획 " + i);
        plan.putArray("sections").addObject().put("key", "EXPORT_PLAN").put("title", "수출계획")
                .put("text", "베트남 하노이 유통망을 통한 판매 확대. ".repeat(20));
        a.putArray("documents");
        ArrayNode forms = a.putArray("onlineForms");
        forms.add("APPLICATION_FORM").add("CREDIT_CONSENT").add("OTHER_CONSENT").add("INTEGRITY_PLEDGE");
        return a;
    }

    /** A distinct, valid 사업자등록번호 per index (the check digit by the spec's formula). */
    static String businessNo(int i) {
        String first9 = String.format("%03d%02d%04d", 100 + (i / 10000) % 900, 81, i % 10000);
        int[] weights = {1, 3, 7, 1, 3, 7, 1, 3, 5};
        int sum = 0;
        for (int k = 0; k < 9; k++) {
            sum += (first9.charAt(k) - '0') * weights[k];
        }
        sum += (first9.charAt(8) - '0') * 5 / 10;
        String digits = first9 + (10 - sum % 10) % 10;
        return digits.substring(0, 3) + "-" + digits.substring(3, 5) + "-" + digits.substring(5);
    }
}
