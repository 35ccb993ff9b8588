package kr.tipa.eval.signing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Small score sheets written with POI, as the app writes them. */
final class TestWorkbooks {

    /** The numeric score in sheet 1, B2; tests rewrite its XML text {@code <v>87.5</v>}. */
    static final double SCORE = 87.5;
    /** A shared string in sheet 1; tests rewrite it inside sharedStrings.xml. */
    static final String COMMENT = "수출 역량이 우수함";

    private TestWorkbooks() {
    }

    /** Two sheets with numbers, Korean shared strings and a bold, filled header style. */
    static Path scoreSheet(Path folder, String fileName) throws IOException {
        Path file = folder.resolve(fileName);
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            fill(workbook);
            write(workbook, file);
        }
        return file;
    }

    /** The same content written by the streaming writer (SXSSF), which the app uses for big rounds. */
    static Path streamedScoreSheet(Path folder, String fileName) throws IOException {
        Path file = folder.resolve(fileName);
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(new XSSFWorkbook(), 10, true, true)) {
            fill(workbook);
            write(workbook, file);
            workbook.dispose();
        }
        return file;
    }

    /** {@code sheets} sheets of {@code rows} rows: the size of a busy round, for measuring. */
    static Path large(Path folder, String fileName, int sheets, int rows) throws IOException {
        Path file = folder.resolve(fileName);
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle header = headerStyle(workbook);
            for (int s = 0; s < sheets; s++) {
                Sheet sheet = workbook.createSheet("신청 " + (s + 1));
                header(sheet, header);
                for (int r = 1; r <= rows; r++) {
                    Row row = sheet.createRow(r);
                    row.createCell(0).setCellValue("평가항목 " + r);
                    row.createCell(1).setCellValue(50 + (r * 7 + s) % 50);
                    row.createCell(2).setCellValue(r % 3 == 0 ? "우수" : "보통");
                }
            }
            write(workbook, file);
        }
        return file;
    }

    private static void fill(Workbook workbook) {
        CellStyle header = headerStyle(workbook);
        Sheet scores = workbook.createSheet("평가표");
        header(scores, header);
        Row first = scores.createRow(1);
        first.createCell(0).setCellValue("수출 실적");
        first.createCell(1).setCellValue(SCORE);
        first.createCell(2).setCellValue(COMMENT);
        Row second = scores.createRow(2);
        second.createCell(0).setCellValue("참가계획서");
        second.createCell(1).setCellValue(72);
        second.createCell(2).setCellValue("보통");
        Sheet summary = workbook.createSheet("요약");
        Row total = summary.createRow(0);
        total.createCell(0).setCellValue("종합평점");
        total.createCell(1).setCellValue(79.75);
    }

    private static CellStyle headerStyle(Workbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(bold);
        style.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }

    private static void header(Sheet sheet, CellStyle style) {
        Row row = sheet.createRow(0);
        String[] titles = {"항목", "점수", "의견"};
        for (int i = 0; i < titles.length; i++) {
            row.createCell(i).setCellValue(titles[i]);
            row.getCell(i).setCellStyle(style);
        }
    }

    private static void write(Workbook workbook, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
    }
}
