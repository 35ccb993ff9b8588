package kr.tipa.eval.excel.results;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reading a written workbook back the way a test needs it: rows by receipt number, raw XML parts. */
public final class ReadBack {

    private ReadBack() {
    }

    public static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = java.nio.file.Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    /** Every part of the package as text (all of an .xlsx is XML, UTF-8). */
    public static Map<String, String> parts(Path file) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(e)) {
                    parts.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return parts;
    }

    /** The first row at or below {@code from} whose cell in {@code column} holds {@code text}. */
    public static Row rowWith(Sheet sheet, int column, String text, int from) {
        for (int r = from; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null && row.getCell(column) != null && row.getCell(column).getCellType() == CellType.STRING
                    && row.getCell(column).getStringCellValue().equals(text)) {
                return row;
            }
        }
        throw new AssertionError("no row with " + text + " in column " + column + " of " + sheet.getSheetName());
    }

    public static List<Row> rowsWith(Sheet sheet, int column, String text, int from) {
        List<Row> rows = new ArrayList<>();
        for (int r = from; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null && row.getCell(column) != null && row.getCell(column).getCellType() == CellType.STRING
                    && row.getCell(column).getStringCellValue().equals(text)) {
                rows.add(row);
            }
        }
        return rows;
    }

    public static String text(Row row, int column) {
        Cell cell = row.getCell(column);
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return "";
        }
        return cell.getStringCellValue();
    }

    /** A NUMERIC cell's value; fails on any other type, text that looks like a number included. */
    public static double number(Row row, int column) {
        Cell cell = row.getCell(column);
        if (cell == null || cell.getCellType() != CellType.NUMERIC) {
            throw new AssertionError("not a number: " + (cell == null ? "no cell" : cell.getCellType() + " " + cell)
                    + " at " + row.getSheet().getSheetName() + " row " + (row.getRowNum() + 1) + " column " + column);
        }
        return cell.getNumericCellValue();
    }

    /** Every cell's text on the sheet, for "appears somewhere" checks. */
    public static List<String> strings(Sheet sheet) {
        List<String> strings = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING) {
                    strings.add(cell.getStringCellValue());
                }
            }
        }
        return strings;
    }
}
