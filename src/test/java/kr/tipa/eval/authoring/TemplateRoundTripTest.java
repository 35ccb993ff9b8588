package kr.tipa.eval.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.cli.CliRunner;
import kr.tipa.eval.demo.DemoRound;
import kr.tipa.eval.domain.application.Application;
import kr.tipa.eval.domain.panel.Panel;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.model.StoredApplication;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The template round-trips: filled in from the demo round's applications (cells typed the many ways
 * people type them, some as real date and number cells), built, imported and screened, it gives the
 * same applications and the same screening as importing the demo bundle itself.
 */
class TemplateRoundTripTest {

    @TempDir
    Path dir;

    private final CliRunner agency = CliRunner.withPassword();
    private final CliRunner committee = new CliRunner();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theTemplateFilledFromTheDemoRoundBuildsARoundThatScreensAsTheDemoBundleDoes() throws Exception {
        Path template = dir.resolve("신청목록.xlsx");
        assertThat(agency.run("round", "template", "--out", template.toString()).exit()).isZero();
        Path demo = new DemoRound().write(dir.resolve("demo"));
        Path documents = dir.resolve("제출파일");
        Path program = dir.resolve("program.json");
        List<ObjectNode> applications = unpack(demo, documents, program);

        fill(template, applications);
        Path round = dir.resolve("round.tbundle");
        CliRunner.Result built = agency.run("round", "build", "--db", dir.resolve("agency").toString(), "--program",
                program.toString(), "--applications", template.toString(), "--documents", documents.toString(),
                "--out", round.toString(), "--json");
        assertThat(built.exit()).as(built.err()).isZero();
        JsonNode report = json.readTree(built.out());
        assertThat(report.get("applications").asInt()).isEqualTo(20);
        assertThat(report.get("examplesSkipped").asInt()).isEqualTo(1);
        assertThat(report.get("inferred")).hasSize(report.get("documents").asInt());

        assertThat(committee.run("import", round.toString(), "--db", dir.resolve("built").toString()).exit()).isZero();
        assertThat(committee.run("import", demo.toString(), "--db", dir.resolve("direct").toString()).exit()).isZero();
        JsonNode builtScreening = json.readTree(committee.run("screen", "--json", "--db",
                dir.resolve("built").toString()).out());
        JsonNode directScreening = json.readTree(committee.run("screen", "--json", "--db",
                dir.resolve("direct").toString()).out());
        assertThat(builtScreening.get("applications")).isEqualTo(directScreening.get("applications"));
        assertThat(directScreening.toString()).contains("INELIGIBLE");
        List<Application> fromTemplate = applications(dir.resolve("built"));
        List<Application> fromBundle = applications(dir.resolve("direct"));
        assertThat(fromTemplate).hasSameSizeAs(fromBundle);
        for (int i = 0; i < fromBundle.size(); i++) {
            assertThat(fromTemplate.get(i)).usingRecursiveComparison().isEqualTo(fromBundle.get(i));
        }
    }

    @Test
    void theWorkbooksPanelAssignmentAndConflictSheetsMakeTheRoundsPanels() throws Exception {
        Path template = dir.resolve("신청목록.xlsx");
        assertThat(agency.run("round", "template", "--out", template.toString()).exit()).isZero();
        Path documents = dir.resolve("제출파일");
        List<ObjectNode> applications = IntakeFiles.applications(3);
        for (ObjectNode a : applications) {
            IntakeFiles.requiredDocuments(documents, a.get("receiptNo").asText());
        }
        ObjectNode programNode = (ObjectNode) kr.tipa.eval.testing.Fixtures.manifest().get("program");
        programNode.put("blind", true);
        Path program = IntakeFiles.program(dir, programNode);
        fill(template, applications);
        try (InputStream in = Files.newInputStream(template); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            rows(workbook.getSheet("분과"), List.of(List.of("P1", "제1분과", "E01", "김위원장", "한국대학교", "CHAIR", ""),
                    List.of("P1", "제1분과", "E02", "이위원", "", "MEMBER", ""),
                    List.of("P2", "제2분과", "E03", "박위원장", "", "CHAIR", "")));
            rows(workbook.getSheet("배정"), List.of(List.of("2024-EXP-0001", "P1"), List.of("2024-EXP-0002", "P2"),
                    List.of("2024-EXP-0003", "P2")));
            rows(workbook.getSheet("제척"), List.of(List.of("E02", "2024-EXP-0001", "자문 이력")));
            try (OutputStream out = Files.newOutputStream(template)) {
                workbook.write(out);
            }
        }
        Path round = dir.resolve("round.tbundle");
        CliRunner.Result built = agency.run("round", "build", "--db", dir.resolve("agency").toString(), "--program",
                program.toString(), "--applications", template.toString(), "--documents", documents.toString(),
                "--out", round.toString());
        assertThat(built.exit()).as(built.err()).isZero();
        assertThat(built.out()).contains("분과 P1 제1분과: 위원 2명 (위원장 김위원장), 신청 1건")
                .contains("블라인드 평가");

        assertThat(committee.run("import", round.toString(), "--db", dir.resolve("member").toString()).exit())
                .isZero();
        try (AppContext context = new AppContext(dir.resolve("member"), Messages.korean())) {
            Round held = context.rounds().require(null);
            assertThat(context.rounds().blind(held)).isTrue();
            assertThat(context.rounds().panels(held)).extracting(Panel::id, p -> p.receiptNos().size(),
                    p -> p.chair().orElseThrow().evaluatorId())
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("P1", 1, "E01"),
                            org.assertj.core.groups.Tuple.tuple("P2", 2, "E03"));
            assertThat(context.rounds().setup(held).orElseThrow().conflicts()).hasSize(1);
        }

        Path panelsCsv = IntakeFiles.csvRows(dir.resolve("panels.csv"), List.of(List.of("panelId", "panelName",
                "evaluatorId", "evaluatorName", "role"), List.of("P1", "제1분과", "E01", "김위원장", "CHAIR")), false);
        CliRunner.Result twice = agency.run("round", "build", "--db", dir.resolve("agency").toString(), "--program",
                program.toString(), "--applications", template.toString(), "--documents", documents.toString(),
                "--panels", panelsCsv.toString(), "--out", dir.resolve("twice.tbundle").toString());
        assertThat(twice.exit()).isEqualTo(2);
        assertThat(twice.err()).contains("신청목록.xlsx › 분과: 이 시트와 panels.csv에 모두 행이 있습니다");
        assertThat(dir.resolve("twice.tbundle")).doesNotExist();
    }

    private List<Application> applications(Path folder) {
        try (AppContext context = new AppContext(folder, Messages.korean())) {
            Round round = context.rounds().require(null);
            return context.rounds().applications(round).stream().map(StoredApplication::application).toList();
        }
    }

    /** The demo bundle's applications, its documents into receipt folders, its programme into program.json. */
    private List<ObjectNode> unpack(Path bundle, Path documents, Path program) throws Exception {
        List<ObjectNode> applications = new ArrayList<>();
        try (ZipFile zip = new ZipFile(bundle.toFile())) {
            JsonNode manifest = json.readTree(zip.getInputStream(zip.getEntry("manifest.json")));
            Files.writeString(program, manifest.get("program").toPrettyString());
            for (JsonNode listed : manifest.get("applications")) {
                String receipt = listed.get("receiptNo").asText();
                String folder = "applications/" + receipt + "/";
                ObjectNode application = (ObjectNode) json.readTree(zip.getInputStream(
                        zip.getEntry(folder + "application.json")));
                applications.add(application);
                for (JsonNode document : application.get("documents")) {
                    ZipEntry entry = zip.getEntry(folder + document.get("file").asText());
                    String name = document.get("file").asText().substring("documents/".length());
                    try (InputStream in = zip.getInputStream(entry)) {
                        IntakeFiles.document(documents, receipt, name, in.readAllBytes());
                    }
                }
            }
        }
        return applications;
    }

    /** Types each application into the template's applications sheet, under its example row. */
    private void fill(Path template, List<ObjectNode> applications) throws Exception {
        try (InputStream in = Files.newInputStream(template); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheet("신청목록");
            Row keys = sheet.getRow(1);
            Map<String, Integer> columns = new HashMap<>();
            for (Cell cell : keys) {
                columns.put(cell.getStringCellValue(), cell.getColumnIndex());
            }
            CellStyle dateTime = workbook.createCellStyle();
            dateTime.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            for (int i = 0; i < applications.size(); i++) {
                ObjectNode application = applications.get(i);
                Row row = sheet.createRow(3 + i);
                List<String> header = new ArrayList<>(columns.keySet());
                List<String> values = IntakeFiles.row(application, header);
                for (int k = 0; k < header.size(); k++) {
                    type(row.createCell(columns.get(header.get(k))), header.get(k), values.get(k), i, dateTime, date);
                }
            }
            try (OutputStream out = Files.newOutputStream(template)) {
                workbook.write(out);
            }
        }
    }

    /** One cell the way a person (or the portal's export) might have it, varied by row. */
    private static void type(Cell cell, String key, String value, int i, CellStyle dateTime, CellStyle date) {
        if (value.equals("true") || value.equals("false")) {
            boolean yes = value.equals("true");
            switch (i % 4) {
                case 0 -> cell.setCellValue(yes ? "Y" : "n");
                case 1 -> cell.setCellValue(yes ? "예" : "아니오");
                case 2 -> cell.setCellValue(yes ? "O" : "x");
                default -> cell.setCellValue(yes);
            }
        } else if (key.equals("submittedAt") && i % 2 == 0) {
            cell.setCellValue(OffsetDateTime.parse(value).toLocalDateTime());
            cell.setCellStyle(dateTime);
        } else if (key.equals("submittedAt")) {
            cell.setCellValue(OffsetDateTime.parse(value).toLocalDateTime().toString().replace('T', ' '));
        } else if (key.endsWith("On") && i % 3 == 0) {
            cell.setCellValue(LocalDate.parse(value));
            cell.setCellStyle(date);
        } else if ((key.equals("export.lastYearExportUsd") || key.equals("company.employees")) && i % 2 == 1) {
            cell.setCellValue(Double.parseDouble(value));
        } else if (key.equals("export.lastYearExportUsd")) {
            cell.setCellValue(String.format("%,d", Long.parseLong(value)));
        } else {
            cell.setCellValue(value);
        }
    }

    private static void rows(Sheet sheet, List<List<String>> rows) {
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(3 + r);
            for (int c = 0; c < rows.get(r).size(); c++) {
                row.createCell(c).setCellValue(rows.get(r).get(c));
            }
        }
    }
}
