package kr.tipa.eval.authoring;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kr.tipa.eval.testing.Fixtures;

/**
 * A round's inputs as the agency holds them, for tests outside this package (the agency's desk): program.json,
 * applications.csv, a documents folder with each application's two required files, and two panels
 * (P1: 김위원장 chair, 이위원, 박위원; P2: 최위원장 chair, 정위원) with odd receipt numbers in P1, even in P2.
 */
public final class IntakeExamples {

    /** The business number of application 3 when it is to need review: the spec's example with a wrong check digit. */
    public static final String WRONG_CHECK_DIGIT = "220-81-62518";

    private IntakeExamples() {
    }

    /** {@code count} applications, all eligible unless {@code reviewThird} makes the third's business number wrong. */
    public static BuildInputs good(Path dir, int count, boolean reviewThird) throws IOException {
        List<ObjectNode> applications = IntakeFiles.applications(count);
        if (reviewThird && count >= 3) {
            ((ObjectNode) applications.get(2).get("company")).put("businessRegistrationNo", WRONG_CHECK_DIGIT);
        }
        return write(dir, applications, "P2");
    }

    /**
     * Five applications with faults: on the applications sheet row 3 (the second application) a role that is
     * no code, row 4 a date that is no date; a documents folder 2024-EXP-0099 with no row; and on
     * assignments.csv row 5 (the fourth application) a panel P9 that the roster does not have (so that the
     * fourth application, row 5, is in no panel).
     */
    public static BuildInputs faulty(Path dir) throws IOException {
        List<ObjectNode> applications = IntakeFiles.applications(5);
        ((ObjectNode) applications.get(1).get("rndProject")).put("role", "BOSS");
        applications.get(2).put("submittedAt", "2024-13-45");
        BuildInputs inputs = write(dir, applications, "P9");
        IntakeFiles.requiredDocuments(inputs.documents(), "2024-EXP-0099");
        return inputs;
    }

    private static BuildInputs write(Path dir, List<ObjectNode> applications, String fourthPanel) throws IOException {
        int count = applications.size();
        Files.createDirectories(dir);
        Path program = IntakeFiles.program(dir);
        Path csv = IntakeFiles.csv(dir.resolve("applications.csv"), applications, true);
        Path documents = Files.createDirectories(dir.resolve("documents"));
        for (int i = 1; i <= count; i++) {
            IntakeFiles.requiredDocuments(documents, Fixtures.receiptNo(i));
        }
        Path panels = IntakeFiles.csvRows(dir.resolve("panels.csv"), List.of(
                List.of("panelId", "panelName", "evaluatorId", "evaluatorName", "affiliation", "role",
                        "certificateSha256"),
                List.of("P1", "제1분과", "E01", "김위원장", "한국대학교", "CHAIR", ""),
                List.of("P1", "제1분과", "E02", "이위원", "", "MEMBER", ""),
                List.of("P1", "제1분과", "E03", "박위원", "", "MEMBER", ""),
                List.of("P2", "제2분과", "E04", "최위원장", "", "CHAIR", ""),
                List.of("P2", "제2분과", "E05", "정위원", "", "MEMBER", "")), false);
        List<List<String>> assigned = new ArrayList<>();
        assigned.add(List.of("receiptNo", "panelId"));
        for (int i = 1; i <= count; i++) {
            assigned.add(List.of(Fixtures.receiptNo(i), i % 2 == 1 ? "P1" : i == 4 ? fourthPanel : "P2"));
        }
        Path assignments = IntakeFiles.csvRows(dir.resolve("assignments.csv"), assigned, false);
        return BuildInputs.of(program, csv, documents).withPanels(panels).withAssignments(assignments);
    }

    /** The CSV's lines, to spoil one cell in a test. */
    public static void replaceInFile(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        if (!text.contains(from)) {
            throw new IllegalArgumentException(from + " not in " + file);
        }
        Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from),
                java.util.regex.Matcher.quoteReplacement(to)));
    }

    /** Writes {@code name} into a folder of its own under the documents folder. */
    public static Path document(Path documents, String receiptNo, String name) throws IOException {
        return IntakeFiles.document(documents, receiptNo, name, Fixtures.pdfLike(name));
    }
}
