package kr.tipa.eval.authoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import kr.tipa.eval.testing.Fixtures;

/**
 * Writes a round's inputs as the agency would hold them: program.json, an applications CSV whose header
 * is the field keys of round-authoring.md (typed here from the spec), and document folders.
 */
public final class IntakeFiles {

    /** The keys of round-authoring.md §1, in its order. */
    public static final List<String> KEYS = List.of("receiptNo", "submittedAt", "submissionComplete", "company.name",
            "company.businessRegistrationNo", "company.ceoName", "company.address", "company.isSme",
            "company.foundedOn", "company.employees", "rndProject.programName", "rndProject.managingAgency",
            "rndProject.nonRnd", "rndProject.projectNo", "rndProject.role", "rndProject.leadingInstituteCollaboration",
            "rndProject.result", "rndProject.completedOn", "rndProject.discontinued", "export.hasDirectExportLastYear",
            "export.lastYearExportUsd", "export.exportPlanWithinOneYear", "export.targetCountries",
            "credit.ksureGrade", "compliance.obligationsUnfulfilled", "compliance.obligationsResolvedBeforeDeadline",
            "compliance.participationRestricted", "compliance.bankruptOrClosed",
            "compliance.courtRehabilitationApproved", "groupInsurance.requested", "groupInsurance.usedLastYear",
            "groupInsurance.alreadyUsesGroupRider", "groupInsurance.premiumOverdue", "groupInsurance.fraudHistory",
            "plan.summary", "onlineForms");

    private static final ObjectMapper JSON = new ObjectMapper();

    private IntakeFiles() {
    }

    public static Path program(Path dir) throws IOException {
        Path file = dir.resolve("program.json");
        Files.writeString(file, Fixtures.manifest().get("program").toPrettyString());
        return file;
    }

    public static Path program(Path dir, ObjectNode program) throws IOException {
        Path file = dir.resolve("program.json");
        Files.writeString(file, program.toPrettyString());
        return file;
    }

    /** The cell a person would type for a field of an application.json tree: arrays joined by ';'. */
    public static String cell(JsonNode application, String key) {
        JsonNode node = application;
        for (String part : key.split("\\.")) {
            node = node.path(part);
        }
        if (node.isMissingNode() || node.isNull()) {
            return "";
        }
        if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(item -> items.add(item.asText()));
            return String.join(";", items);
        }
        return node.asText();
    }

    /** The header: the spec's keys and one {@code plan.<KEY>} column per section any application has. */
    public static List<String> header(List<ObjectNode> applications) {
        Set<String> sections = new LinkedHashSet<>();
        applications.forEach(a -> a.path("plan").path("sections").forEach(s -> sections.add(s.path("key").asText())));
        List<String> header = new ArrayList<>(KEYS);
        sections.forEach(s -> header.add("plan." + s));
        return header;
    }

    public static List<String> row(ObjectNode application, List<String> header) {
        List<String> cells = new ArrayList<>();
        for (String key : header) {
            if (key.startsWith("plan.") && !key.equals("plan.summary")) {
                String section = key.substring("plan.".length());
                String text = "";
                for (JsonNode s : application.path("plan").path("sections")) {
                    if (s.path("key").asText().equals(section)) {
                        text = s.path("text").asText();
                    }
                }
                cells.add(text);
            } else {
                cells.add(cell(application, key));
            }
        }
        return cells;
    }

    public static Path csv(Path file, List<ObjectNode> applications, boolean bom) throws IOException {
        List<String> header = header(applications);
        List<List<String>> rows = new ArrayList<>();
        rows.add(header);
        applications.forEach(a -> rows.add(row(a, header)));
        return csvRows(file, rows, bom);
    }

    /** RFC 4180 as Excel writes it: every field quoted when it holds a comma, quote or line break. */
    public static Path csvRows(Path file, List<List<String>> rows, boolean bom) throws IOException {
        StringBuilder text = new StringBuilder(bom ? "\uFEFF" : "");
        for (List<String> row : rows) {
            List<String> fields = new ArrayList<>();
            for (String field : row) {
                boolean quote = field.contains(",") || field.contains("\"") || field.contains("\n");
                fields.add(quote ? "\"" + field.replace("\"", "\"\"") + "\"" : field);
            }
            text.append(String.join(",", fields)).append("\r\n");
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
        return file;
    }

    /** Documents every eligible application needs, in its receipt folder. */
    public static void requiredDocuments(Path folder, String receiptNo) throws IOException {
        document(folder, receiptNo, "참가계획서.pdf", Fixtures.pdfLike("참가계획서 " + receiptNo));
        document(folder, receiptNo, "개인정보동의서.pdf", Fixtures.pdfLike("개인정보동의서 " + receiptNo));
    }

    public static Path document(Path folder, String receiptNo, String name, byte[] content) throws IOException {
        Path dir = Files.createDirectories(folder.resolve(receiptNo));
        return Files.write(dir.resolve(name), content);
    }

    /** Applications 1…count of the spec's example, each with a distinct valid business number. */
    public static List<ObjectNode> applications(int count) {
        List<ObjectNode> list = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            list.add(Fixtures.application(Fixtures.receiptNo(i), Fixtures.businessNo(i)));
        }
        return list;
    }

    public static JsonNode json(String text) throws IOException {
        return JSON.readTree(text);
    }
}
