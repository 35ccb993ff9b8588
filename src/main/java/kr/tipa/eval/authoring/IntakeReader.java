package kr.tipa.eval.authoring;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.Deflater;
import kr.tipa.eval.bundle.ApplicationParser;
import kr.tipa.eval.bundle.BundleLimits;
import kr.tipa.eval.bundle.BundleProblem;
import kr.tipa.eval.bundle.BundleWriter;
import kr.tipa.eval.domain.panel.AgencyConflict;
import kr.tipa.eval.domain.panel.Panel;
import kr.tipa.eval.domain.panel.RoundSetup;

/**
 * Reads a round's inputs whole (program.json, the applications workbook or CSV, the documents folder
 * and the optional lists) and says everything that is wrong with them at once. Nothing is written and
 * no document is read beyond checking that it opens: the build reads each file once, as it writes.
 * Whatever the bundle reader would refuse is a fault here, so that a build never writes a bundle
 * import refuses; what screening judges (a missing required document, a business number's check
 * digit) is not.
 */
public final class IntakeReader {

    private final BundleLimits limits;

    public IntakeReader(BundleLimits limits) {
        this.limits = limits;
    }

    public IntakeReader() {
        this(BundleLimits.SPEC);
    }

    public Intake read(BuildInputs in) {
        IntakeFaults faults = new IntakeFaults();
        ObjectNode program = ProgramFile.read(in.program(), name(in.program()), faults);
        Sources sources = Sources.open(in, faults);
        List<ApplicationRows.Row> rows = new ArrayList<>();
        int examples = 0;
        boolean applicationsRead = false;
        if (sources.applications != null) {
            Table table = Table.read(sources.applications, ApplicationColumns.columns(), ApplicationColumns::sectionKey,
                    faults);
            if (table != null) {
                applicationsRead = true;
                rows = new ApplicationRows(faults).read(table);
                examples += table.examples();
            }
        }
        Map<String, ApplicationRows.Row> byReceipt = new LinkedHashMap<>();
        rows.forEach(r -> byReceipt.put(r.receiptNo(), r));

        DocumentFolders folders = new DocumentFolders(faults, limits);
        Table documentsList = table(sources.documentsList, DocumentColumns.DOCUMENTS, faults);
        Map<String, Map<String, DocumentFolders.Listed>> listed = documentsList == null ? Map.of()
                : folders.list(documentsList, byReceipt.keySet());
        Table panels = table(sources.panels, DocumentColumns.PANELS, faults);
        Table assignments = table(sources.assignments, DocumentColumns.ASSIGNMENTS, faults);
        Table conflictsTable = table(sources.conflicts, DocumentColumns.CONFLICTS, faults);
        examples += examples(documentsList) + examples(panels) + examples(assignments) + examples(conflictsTable);
        RosterRows roster = new RosterRows(faults);
        List<Panel> panelList = roster.panels(panels, assignments, byReceipt);
        List<AgencyConflict> conflicts = roster.conflicts(conflictsTable, panelList, byReceipt);

        // Without a readable applications list every folder would be "a folder with no row": say nothing of them.
        Map<String, List<DocumentFolders.Found>> found = applicationsRead
                ? folders.scan(in.documents(), name(in.documents()), byReceipt.keySet(), listed) : Map.of();
        if (documentsList != null) {
            folders.requireListed(documentsList, listed);
        }
        List<Intake.Application> applications = new ArrayList<>();
        List<Intake.InferredType> inferred = new ArrayList<>();
        for (ApplicationRows.Row row : rows) {
            List<Intake.Document> documents = new ArrayList<>();
            for (DocumentFolders.Found file : found.getOrDefault(row.receiptNo(), List.of())) {
                documents.add(new Intake.Document(file.name(), file.path(), file.type(), file.size()));
                if (file.inferred()) {
                    inferred.add(new Intake.InferredType(row.receiptNo(), file.name(), file.type()));
                }
            }
            // The plan first, then the consents and forms, evidence last: the order evaluators read them in.
            documents.sort(java.util.Comparator.comparing((Intake.Document d) -> d.type().ordinal())
                    .thenComparing(Intake.Document::name));
            if (!faults.atRow(row.file(), row.row())) {
                checkAsImportWould(row, documents, faults);
            }
            applications.add(new Intake.Application(row.receiptNo(), row.json().path("company").path("name")
                    .asText(""), row.json(), documents));
        }
        checkTotals(in, applications, faults);
        boolean blind = program != null && program.path("blind").asBoolean(false);
        return new Intake(program, applications,
                new RoundSetup(blind, panelList, conflicts), inferred, examples, folders.ignored(), faults.all());
    }

    /**
     * Runs the bundle reader's own checks on the application as it will be written, so that a value the
     * reader refuses (a name too long, a year out of range) is a fault of its row, not a refused import.
     */
    private void checkAsImportWould(ApplicationRows.Row row, List<Intake.Document> documents, IntakeFaults faults) {
        ObjectNode json = row.json().deepCopy();
        ArrayNode listing = json.putArray("documents");
        for (Intake.Document document : documents) {
            listing.addObject().put("type", document.type().name()).put("file", document.bundlePath())
                    .put("sha256", "0".repeat(64));
        }
        for (BundleProblem problem : ApplicationParser.check(row.file(), json)) {
            faults.add(row.file(), row.row(), column(problem.field()), problem.message().key(),
                    problem.message().args().toArray());
        }
        byte[] bytes = BundleWriter.pretty(json);
        if (bytes.length > limits.maxJsonBytes()) {
            faults.add(row.file(), row.row(), "", "intake.application.tooLarge", limits.maxJsonBytes() / BundleLimits.MB);
        } else if (bytes.length > limits.ratioFloorBytes()
                && bytes.length > limits.maxCompressionRatio() * deflated(bytes)) {
            faults.add(row.file(), row.row(), "", "intake.application.repetitive", limits.maxCompressionRatio());
        }
    }

    /** A problem's JSON path as the sheet's column: {@code plan.sections[0].text} is the plan's column. */
    private static String column(String field) {
        if (field.startsWith("documents")) {
            return "documents";
        }
        return field.replaceAll("\\[\\d+].*$", "");
    }

    private void checkTotals(BuildInputs in, List<Intake.Application> applications, IntakeFaults faults) {
        long total = 0;
        long entries = 1;
        for (Intake.Application application : applications) {
            entries += 1 + application.documents().size();
            for (Intake.Document document : application.documents()) {
                total += document.size();
            }
        }
        if (total > limits.maxTotalBytes() - BundleLimits.MB * 64) {
            faults.add(name(in.documents()), 0, "", "intake.documents.total", limits.maxTotalBytes() / BundleLimits.MB);
        }
        if (entries + 1 > limits.maxEntries()) {
            faults.add(name(in.documents()), 0, "", "intake.documents.entries", limits.maxEntries());
        }
    }

    private static int deflated(byte[] bytes) {
        Deflater deflater = new Deflater();
        try {
            deflater.setInput(bytes);
            deflater.finish();
            byte[] buffer = new byte[64 * 1024];
            int size = 0;
            while (!deflater.finished()) {
                size += deflater.deflate(buffer);
            }
            return Math.max(size, 1);
        } finally {
            deflater.end();
        }
    }

    private static Table table(Grid grid, List<Column> columns, IntakeFaults faults) {
        Function<String, String> none = header -> null;
        return grid == null ? null : Table.read(grid, columns, none, faults);
    }

    private static int examples(Table table) {
        return table == null ? 0 : table.examples();
    }

    /** How faults name an input file or folder: by its own name. */
    public static String name(Path path) {
        Path file = path.getFileName();
        return file == null ? path.toString() : file.toString();
    }

    /** Where each list comes from: a file given on its own, or the intake workbook's sheet. */
    private static final class Sources {
        Grid applications;
        Grid documentsList;
        Grid panels;
        Grid assignments;
        Grid conflicts;

        static Sources open(BuildInputs in, IntakeFaults faults) {
            Sources sources = new Sources();
            String name = name(in.applications());
            String lower = name.toLowerCase(Locale.ROOT);
            WorkbookGrids workbook = null;
            if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm")) {
                workbook = WorkbookGrids.read(in.applications(), name, faults);
                sources.applications = workbook == null ? null : workbook.applications();
            } else if (lower.endsWith(".csv") || lower.endsWith(".txt")) {
                sources.applications = Csv.read(in.applications(), name, faults);
            } else {
                faults.add(name, 0, "", "intake.applications.format");
            }
            sources.documentsList = either(in.documentsList(), workbook, faults, DocumentColumns.DOCUMENTS_SHEET,
                    "documents");
            sources.panels = either(in.panels(), workbook, faults, DocumentColumns.PANELS_SHEET, "panels");
            sources.assignments = either(in.assignments(), workbook, faults, DocumentColumns.ASSIGNMENTS_SHEET,
                    "assignments");
            sources.conflicts = either(in.conflicts(), workbook, faults, DocumentColumns.CONFLICTS_SHEET, "conflicts");
            return sources;
        }

        /**
         * The CSV file when one is given, else the workbook's sheet when it holds rows beyond the
         * template's; both holding rows is a fault (which one is meant cannot be guessed).
         */
        private static Grid either(Path file, WorkbookGrids workbook, IntakeFaults faults, String sheet, String key) {
            Grid fromSheet = workbook == null ? null : workbook.sheet(sheet, key);
            boolean sheetHasRows = fromSheet != null && hasData(fromSheet);
            if (file == null) {
                return sheetHasRows ? fromSheet : null;
            }
            if (sheetHasRows) {
                faults.add(fromSheet.file(), 0, "", "intake.sheet.givenTwice", name(file));
            }
            return Csv.read(file, name(file), faults);
        }

        /** Whether a sheet has a row that is neither its header, the template's key row nor an example. */
        private static boolean hasData(Grid grid) {
            List<Grid.Row> rows = grid.rows().stream().filter(r -> !r.blank()).toList();
            for (int i = 1; i < rows.size(); i++) {
                String first = rows.get(i).cells().stream().filter(c -> !c.blank()).findFirst()
                        .map(Grid.Cell::strip).orElse("");
                if (!first.startsWith(Table.EXAMPLE_MARK) && !(i == 1 && looksLikeKeyRow(rows.get(i)))) {
                    return true;
                }
            }
            return false;
        }

        private static boolean looksLikeKeyRow(Grid.Row row) {
            return row.cells().stream().filter(c -> !c.blank())
                    .allMatch(c -> c.strip().matches("[a-zA-Z][A-Za-z0-9.]*"));
        }
    }
}
