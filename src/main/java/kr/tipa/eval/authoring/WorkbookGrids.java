package kr.tipa.eval.authoring;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * The sheets of an intake workbook as grids: the applications sheet (신청목록, else the first one); the
 * documents, panels, assignments and conflicts sheets are found by their template names (or their English
 * keys).
 * A formula cell gives its cached value, a date cell its date, a number its plain digits.
 */
final class WorkbookGrids {

    static final long MAX_BYTES = 64L * 1024 * 1024;
    /** Rows beyond this are not an intake list (1,000 applications is a big round). */
    static final int MAX_ROWS = 100_000;

    private final Map<String, Grid> byName = new LinkedHashMap<>();
    private Grid first;

    private WorkbookGrids() {
    }

    /** The workbook's sheets, or null after recording why it cannot be read. */
    static WorkbookGrids read(Path file, String name, IntakeFaults faults) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                faults.add(name, 0, "", "intake.file.tooLarge", MAX_BYTES / (1024 * 1024));
                return null;
            }
        } catch (IOException e) {
            faults.add(name, 0, "", "intake.file.unreadable", String.valueOf(e.getMessage()));
            return null;
        }
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            WorkbookGrids grids = new WorkbookGrids();
            for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
                Sheet sheet = workbook.getSheetAt(s);
                if (workbook.isSheetHidden(s) || workbook.isSheetVeryHidden(s)) {
                    continue;
                }
                Grid grid = grid(sheet, name + " › " + sheet.getSheetName(), faults);
                if (grids.first == null) {
                    grids.first = grid;
                }
                grids.byName.put(normalise(sheet.getSheetName()), grid);
            }
            if (grids.first == null) {
                faults.add(name, 0, "", "intake.workbook.noSheet");
                return null;
            }
            return grids;
        } catch (EncryptedDocumentException e) {
            faults.add(name, 0, "", "intake.workbook.encrypted");
        } catch (IOException | RuntimeException e) {
            faults.add(name, 0, "", "intake.workbook.unreadable", String.valueOf(e.getMessage()));
        }
        return null;
    }

    /** The sheet named as the template names it, else the first visible sheet (a portal's export). */
    Grid applications() {
        Grid named = byName.get(normalise(DocumentColumns.APPLICATIONS_SHEET));
        if (named == null) {
            named = byName.get(normalise("applications"));
        }
        return named != null ? named : first;
    }

    /** The sheet with one of these names, when the workbook has it. */
    Grid sheet(String... names) {
        for (String name : names) {
            Grid grid = byName.get(normalise(name));
            if (grid != null && grid != applications()) {
                return grid;
            }
        }
        return null;
    }

    private static String normalise(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private static Grid grid(Sheet sheet, String file, IntakeFaults faults) {
        List<Grid.Row> rows = new ArrayList<>();
        for (Row row : sheet) {
            if (row.getRowNum() >= MAX_ROWS) {
                faults.add(file, row.getRowNum() + 1, "", "intake.workbook.tooManyRows", MAX_ROWS);
                break;
            }
            List<Grid.Cell> cells = new ArrayList<>();
            for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
                cells.add(cell(row.getCell(c)));
            }
            rows.add(new Grid.Row(row.getRowNum() + 1, cells));
        }
        return new Grid(file, rows);
    }

    private static Grid.Cell cell(Cell cell) {
        if (cell == null) {
            return Grid.Cell.EMPTY;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> Grid.Cell.text(cell.getRichStringCellValue().getString());
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? new Grid.Cell(cell.getLocalDateTimeCellValue().toString(), cell.getLocalDateTimeCellValue(), null)
                    : Grid.Cell.text(plain(cell.getNumericCellValue()));
            case BOOLEAN -> new Grid.Cell(cell.getBooleanCellValue() ? "TRUE" : "FALSE", null,
                    cell.getBooleanCellValue());
            case ERROR -> Grid.Cell.text(FormulaError.forInt(cell.getErrorCellValue()).getString());
            default -> Grid.Cell.EMPTY;
        };
    }

    /** A number as a person typed it: 1250000, not 1.25E6 or 1250000.0. */
    static String plain(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return String.valueOf(value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
