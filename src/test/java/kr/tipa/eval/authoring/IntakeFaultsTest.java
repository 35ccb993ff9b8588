package kr.tipa.eval.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every fault class of round-authoring.md §3, each named by file, row and column, all listed in one
 * read; and what is screening's (a bad check digit, a missing required document) is not a fault.
 */
class IntakeFaultsTest {

    @TempDir
    Path dir;

    private List<ObjectNode> applications;
    private Path documents;

    @BeforeEach
    void threeGoodApplications() throws IOException {
        applications = IntakeFiles.applications(3);
        documents = dir.resolve("documents");
        for (ObjectNode a : applications) {
            IntakeFiles.requiredDocuments(documents, a.get("receiptNo").asText());
        }
        IntakeFiles.program(dir);
    }

    private BuildInputs inputs() throws IOException {
        IntakeFiles.csv(dir.resolve("applications.csv"), applications, false);
        return BuildInputs.of(dir.resolve("program.json"), dir.resolve("applications.csv"), documents);
    }

    private List<IntakeFault> faults(BuildInputs inputs) {
        return new IntakeReader().read(inputs).faults();
    }

    private static IntakeFault only(List<IntakeFault> faults) {
        assertThat(faults).hasSize(1);
        return faults.get(0);
    }

    private static void named(IntakeFault fault, String file, int row, String column, String key) {
        assertThat(fault.file()).isEqualTo(file);
        assertThat(fault.row()).isEqualTo(row);
        assertThat(fault.column()).isEqualTo(column);
        assertThat(fault.message().key()).isEqualTo(key);
    }

    @Test
    void goodInputsHaveNoFaults() throws IOException {
        Intake intake = new IntakeReader().read(inputs());
        assertThat(intake.faults()).isEmpty();
        assertThat(intake.applications()).hasSize(3);
        assertThat(intake.documentCount()).isEqualTo(6);
    }

    @Test
    void anUnknownKeyInTheHeaderIsNamedWithItsColumn() throws IOException {
        BuildInputs inputs = inputs();
        Path csv = dir.resolve("applications.csv");
        Files.writeString(csv, Files.readString(csv).replaceFirst("company\\.ceoName", "company.ceoNmae"));
        List<IntakeFault> faults = faults(inputs);
        assertThat(faults).anySatisfy(f -> named(f, "applications.csv", 1, "company.ceoNmae",
                "intake.header.unknown"));
        assertThat(faults).anySatisfy(f -> named(f, "applications.csv", 1, "company.ceoName",
                "intake.header.missing"));
    }

    @Test
    void aValueThatCannotBeReadNamesRowAndColumn() throws IOException {
        Fixtures.object(applications.get(1), "company").put("isSme", "maybe");
        named(only(faults(inputs())), "applications.csv", 3, "company.isSme", "intake.value.bool");
    }

    @Test
    void aDuplicateReceiptNumberNamesTheSecondRowAndTheFirst() throws IOException {
        applications.get(2).put("receiptNo", Fixtures.receiptNo(1));
        deleteFolder(documents.resolve(Fixtures.receiptNo(3)));
        IntakeFault fault = only(faults(inputs()));
        named(fault, "applications.csv", 4, "receiptNo", "intake.receipt.duplicate");
        assertThat(fault.message().args()).containsExactly(Fixtures.receiptNo(1), 2);
    }

    @Test
    void aMissingRequiredCellNamesRowAndColumn() throws IOException {
        Fixtures.object(applications.get(0), "company").put("ceoName", "");
        named(only(faults(inputs())), "applications.csv", 2, "company.ceoName", "intake.cell.missing");
    }

    @Test
    void aDocumentFolderWithNoRowIsAFault() throws IOException {
        IntakeFiles.requiredDocuments(documents, "2024-EXP-0099");
        named(only(faults(inputs())), "documents/2024-EXP-0099/", 0, "", "intake.documents.noRow");
    }

    @Test
    void aListedDocumentThatIsNotInTheFolderNamesTheListsRow() throws IOException {
        Path list = IntakeFiles.csvRows(dir.resolve("documents.csv"), List.of(List.of("receiptNo", "type", "file"),
                List.of(Fixtures.receiptNo(1), "PARTICIPATION_PLAN", "참가계획서.pdf"),
                List.of(Fixtures.receiptNo(2), "BUSINESS_REGISTRATION", "사업자등록증.pdf")), false);
        IntakeFault fault = only(faults(inputs().withDocumentsList(list)));
        named(fault, "documents.csv", 3, "file", "intake.documents.listedMissing");
    }

    @Test
    void aDocumentThatCannotBeOpenedIsAFault() throws IOException {
        Files.createSymbolicLink(documents.resolve(Fixtures.receiptNo(1)).resolve("증빙.pdf"), dir.resolve("gone.pdf"));
        named(only(faults(inputs())), "documents/2024-EXP-0001/증빙.pdf", 0, "", "intake.documents.unreadable");
    }

    @Test
    void aFileTypeOutsideTheSpecsListIsAFault() throws IOException {
        IntakeFiles.document(documents, Fixtures.receiptNo(2), "설치.exe", new byte[] {1});
        IntakeFault fault = only(faults(inputs()));
        named(fault, "documents/2024-EXP-0002/설치.exe", 0, "", "intake.documents.type");
        assertThat(fault.render(Messages.korean())).contains("PDF, HWP, HWPX, DOCX, PNG, JPEG");
    }

    @Test
    void aDocumentAtTheEntryLimitIsAcceptedAndOneByteMoreIsAFault() throws IOException {
        long limit = 200L * 1024 * 1024;
        sparse(IntakeFiles.document(documents, Fixtures.receiptNo(1), "스캔.pdf", new byte[0]), limit);
        assertThat(faults(inputs())).isEmpty();
        sparse(documents.resolve(Fixtures.receiptNo(1)).resolve("스캔.pdf"), limit + 1);
        named(only(faults(inputs())), "documents/2024-EXP-0001/스캔.pdf", 0, "", "intake.documents.tooLarge");
    }

    private static void deleteFolder(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(folder);
    }

    private static void sparse(Path file, long size) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(size);
        }
    }

    private Path roster(String... rows) throws IOException {
        List<List<String>> lines = new ArrayList<>();
        lines.add(List.of("panelId", "panelName", "evaluatorId", "evaluatorName", "affiliation", "role",
                "certificateSha256"));
        for (String row : rows) {
            lines.add(List.of(row.split("\\|", -1)));
        }
        return IntakeFiles.csvRows(dir.resolve("panels.csv"), lines, false);
    }

    private Path assignments(String... rows) throws IOException {
        List<List<String>> lines = new ArrayList<>();
        lines.add(List.of("receiptNo", "panelId"));
        for (String row : rows) {
            lines.add(List.of(row.split("\\|", -1)));
        }
        return IntakeFiles.csvRows(dir.resolve("assignments.csv"), lines, false);
    }

    @Test
    void anAssignmentToAnUnknownPanelOrReceiptNamesItsRowAndColumn() throws IOException {
        Path panels = roster("P1|제1분과|E01|김위원장||CHAIR|", "P2|제2분과|E02|이위원장||CHAIR|");
        Path assignments = assignments("2024-EXP-0001|P1", "2024-EXP-0002|P3", "2024-EXP-0003|P2",
                "2024-EXP-0077|P1");
        List<IntakeFault> faults = faults(inputs().withPanels(panels).withAssignments(assignments));
        assertThat(faults).anySatisfy(f -> named(f, "assignments.csv", 3, "panelId", "intake.assignments.unknownPanel"));
        assertThat(faults).anySatisfy(f -> named(f, "assignments.csv", 5, "receiptNo", "intake.receipt.unknown"));
        assertThat(faults).anySatisfy(f -> named(f, "applications.csv", 3, "receiptNo",
                "intake.assignments.unassigned"));
        assertThat(faults).hasSize(3);
    }

    @Test
    void aPanelWithoutAChairOrWithTwoIsAFault() throws IOException {
        Path panels = roster("P1|제1분과|E01|김위원||MEMBER|", "P1|제1분과|E02|이위원||MEMBER|",
                "P2|제2분과|E03|박위원장||CHAIR|", "P2|제2분과|E04|최위원장||CHAIR|");
        Path assignments = assignments("2024-EXP-0001|P1", "2024-EXP-0002|P2", "2024-EXP-0003|P2");
        List<IntakeFault> faults = faults(inputs().withPanels(panels).withAssignments(assignments));
        assertThat(faults).anySatisfy(f -> {
            named(f, "panels.csv", 2, "role", "intake.panels.chairs");
            assertThat(f.message().args()).containsExactly("P1", 0);
        });
        assertThat(faults).anySatisfy(f -> {
            named(f, "panels.csv", 5, "role", "intake.panels.chairs");
            assertThat(f.message().args()).containsExactly("P2", 2);
        });
        assertThat(faults).hasSize(2);
    }

    @Test
    void panelsWithoutAssignmentsLeaveApplicationsUnassigned() throws IOException {
        Path panels = roster("P1|제1분과|E01|김위원장||CHAIR|", "P2|제2분과|E02|이위원장||CHAIR|");
        named(only(faults(inputs().withPanels(panels))), "panels.csv", 0, "", "intake.assignments.needed");
    }

    @Test
    void oneRosterWithoutAssignmentsHoldsEveryApplication() throws IOException {
        Path panels = roster("P1|제1분과|E01|김위원장|한국대학교|CHAIR|", "P1|제1분과|E02|이위원||member|");
        Intake intake = new IntakeReader().read(inputs().withPanels(panels));
        assertThat(intake.faults()).isEmpty();
        assertThat(intake.setup().panels()).singleElement().satisfies(p -> {
            assertThat(p.receiptNos()).hasSize(3);
            assertThat(p.members()).hasSize(2);
        });
    }

    @Test
    void aFingerprintThatIsNoSha256HexIsAFault() throws IOException {
        Path panels = roster("P1|제1분과|E01|김위원장||CHAIR|" + "ab".repeat(31),
                "P1|제1분과|E02|이위원||MEMBER|" + "AB:".repeat(31) + "AB");
        named(only(faults(inputs().withPanels(panels))), "panels.csv", 2, "certificateSha256",
                "intake.panels.fingerprint");
    }

    @Test
    void aConflictOfAnEvaluatorNotOnTheRosterIsAFault() throws IOException {
        Path panels = roster("P1|제1분과|E01|김위원장||CHAIR|");
        Path conflicts = IntakeFiles.csvRows(dir.resolve("conflicts.csv"), List.of(
                List.of("evaluatorId", "receiptNo", "reason"), List.of("E01", "2024-EXP-0001", "자문 이력"),
                List.of("E09", "2024-EXP-0002", "친족")), false);
        named(only(faults(inputs().withPanels(panels).withConflicts(conflicts))), "conflicts.csv", 3, "evaluatorId",
                "intake.conflicts.unknownEvaluator");
    }

    @Test
    void aProgramWithAnUnknownKeyAndABadCutoffNamesBoth() throws IOException {
        ObjectNode program = (ObjectNode) Fixtures.manifest().get("program");
        program.put("cutof", 70).put("cutoff", 700);
        IntakeFiles.program(dir, program);
        List<IntakeFault> faults = faults(inputs());
        assertThat(faults).anySatisfy(f -> named(f, "program.json", 0, "cutof", "intake.program.unknownKey"));
        assertThat(faults).anySatisfy(f -> named(f, "program.json", 0, "cutoff", "bundle.field.range"));
    }

    @Test
    void aCsvSavedAsCp949IsRefusedWithTheWayToSaveUtf8() throws IOException {
        BuildInputs inputs = inputs();
        Path csv = dir.resolve("applications.csv");
        Files.write(csv, Files.readString(csv).getBytes(Charset.forName("x-windows-949")));
        IntakeFault fault = only(faults(inputs));
        named(fault, "applications.csv", 2, "", "intake.csv.notUtf8");
        assertThat(fault.render(Messages.korean())).contains("CSV UTF-8");
    }

    @Test
    void everyFaultIsListedInOneRead() throws IOException {
        Fixtures.object(applications.get(0), "company").put("isSme", "maybe");
        Fixtures.object(applications.get(1), "export").put("lastYearExportUsd", "1.5");
        Fixtures.object(applications.get(2), "rndProject").put("completedOn", "2022-13-01");
        IntakeFiles.document(documents, Fixtures.receiptNo(3), "견적.zip", new byte[] {1});
        IntakeFiles.requiredDocuments(documents, "2024-EXP-0099");
        List<IntakeFault> faults = faults(inputs());
        assertThat(faults).extracting(IntakeFault::column).containsExactly("company.isSme",
                "export.lastYearExportUsd", "rndProject.completedOn", "", "");
        assertThat(faults.get(0).render(Messages.korean())).isEqualTo(
                "applications.csv, 2행, company.isSme: 예/아니오로 읽을 수 없습니다: 'maybe' (예/아니오, Y/N, O/X, true/false)");
        assertThat(faults.get(0).render(new Messages(java.util.Locale.ENGLISH))).startsWith(
                "applications.csv, row 2, company.isSme: Not readable as yes/no");
    }

    @Test
    void screeningsFaultsAreNotBuildFaults() throws IOException {
        Fixtures.object(applications.get(0), "company").put("businessRegistrationNo", "220-81-62510");
        Files.delete(documents.resolve(Fixtures.receiptNo(2)).resolve("개인정보동의서.pdf"));
        assertThat(faults(inputs())).isEmpty();
    }

    @Test
    void aBusinessNumberOfTenDigitsGetsItsDashesAndAMalformedOneIsAFault() throws IOException {
        Fixtures.object(applications.get(0), "company").put("businessRegistrationNo", "2208162517");
        Fixtures.object(applications.get(1), "company").put("businessRegistrationNo", "220-8162517");
        Intake intake = new IntakeReader().read(inputs());
        named(only(intake.faults()), "applications.csv", 3, "company.businessRegistrationNo", "intake.value.format");
        assertThat(intake.applications().get(0).json().path("company").path("businessRegistrationNo").asText())
                .isEqualTo("220-81-62517");
    }

    @Test
    void employeesAtTheLimitAreReadAndOneMoreIsAFault() throws IOException {
        Fixtures.object(applications.get(0), "company").put("employees", "10,000,000");
        Fixtures.object(applications.get(1), "company").put("employees", "10000001");
        named(only(faults(inputs())), "applications.csv", 3, "company.employees", "intake.value.range");
    }

    @Test
    void anEmptyGradeIsNotRegisteredAndEmptyGroupInsuranceIsNotRequested() throws IOException {
        Fixtures.object(applications.get(0), "credit").put("ksureGrade", "");
        applications.get(0).remove("groupInsurance");
        Fixtures.object(applications.get(1), "groupInsurance").put("requested", "N").put("usedLastYear", "Y")
                .put("alreadyUsesGroupRider", "").put("premiumOverdue", "").put("fraudHistory", "");
        Intake intake = new IntakeReader().read(inputs());
        assertThat(intake.faults()).isEmpty();
        ObjectNode first = intake.applications().get(0).json();
        assertThat(first.path("credit").has("ksureGrade")).isFalse();
        assertThat(first.has("groupInsurance")).isFalse();
        ObjectNode second = Fixtures.object(intake.applications().get(1).json(), "groupInsurance");
        assertThat(second.path("requested").asBoolean(true)).isFalse();
        assertThat(second.path("usedLastYear").asBoolean()).isTrue();
        assertThat(second.path("fraudHistory").isBoolean()).isTrue();
    }

    @Test
    void typesComeFromTheListAndOtherwiseFromTheNameAndEveryInferredOneIsReported() throws IOException {
        IntakeFiles.document(documents, Fixtures.receiptNo(1), "단체보험 가입신청서.hwp", new byte[] {1});
        IntakeFiles.document(documents, Fixtures.receiptNo(1), "사업자등록증.png", new byte[] {2});
        IntakeFiles.document(documents, Fixtures.receiptNo(1), "수출계약서.jpg", new byte[] {3});
        Path list = IntakeFiles.csvRows(dir.resolve("documents.csv"), List.of(List.of("receiptNo", "type", "file"),
                List.of(Fixtures.receiptNo(1), "evidence", "사업자등록증.png")), false);
        Intake intake = new IntakeReader().read(inputs().withDocumentsList(list));
        assertThat(intake.faults()).isEmpty();
        assertThat(intake.inferred()).filteredOn(t -> t.receiptNo().equals(Fixtures.receiptNo(1)))
                .extracting(t -> t.file() + "=" + t.type())
                .containsExactly("개인정보동의서.pdf=PRIVACY_CONSENT_KSURE", "단체보험 가입신청서.hwp=GROUP_INSURANCE_FORM",
                        "수출계약서.jpg=EVIDENCE", "참가계획서.pdf=PARTICIPATION_PLAN");
        assertThat(intake.applications().get(0).documents()).filteredOn(d -> d.name().equals("사업자등록증.png"))
                .singleElement().satisfies(d -> assertThat(d.type().name()).isEqualTo("EVIDENCE"));
    }
}
