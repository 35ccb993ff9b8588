package kr.tipa.eval.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kr.tipa.eval.io.DurableFiles;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Footer;
import org.apache.poi.ss.usermodel.Header;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The fair baseline of the result workbook: plain POI streaming (SXSSF) writing exactly what our
 * workbook holds — every sheet with its cells, values and cell styles (fonts, borders, fills, number
 * formats), column widths, row heights, merged cells, A4 print set-up fitted to the width, repeated and
 * frozen header rows, page headers and footers, and the chart sheet's native charts — taken from a
 * workbook we wrote before the clock starts. What it leaves out is what makes ours ours: deciding the
 * content (labels, ranking, trimming, alerts), not writing it.
 */
final class ReplicaWorkbook implements AutoCloseable {

    private record Value(int column, CellType type, String text, double number, boolean bool, int style) {
    }

    private record Line(int row, short height, List<Value> cells) {
    }

    private record Chart(XSSFClientAnchor anchor, XSSFChart source) {
    }

    private record Page(String name, int[] widths, List<CellRangeAddress> merged, short paper, boolean landscape,
            boolean fitToPage, short fitWidth, short fitHeight, boolean centred, CellRangeAddress repeating,
            PaneInformation pane, String[] header, String[] footer, List<Line> lines, List<Chart> charts) {
    }

    private final XSSFWorkbook source;
    private final List<Page> pages = new ArrayList<>();

    /** Reads what {@code workbook} holds (not timed). */
    ReplicaWorkbook(Path workbook) throws IOException {
        try (InputStream in = Files.newInputStream(workbook)) {
            source = new XSSFWorkbook(in);
        }
        for (int s = 0; s < source.getNumberOfSheets(); s++) {
            pages.add(page(source.getSheetAt(s)));
        }
    }

    int cells() {
        return pages.stream().flatMap(p -> p.lines().stream()).mapToInt(l -> l.cells().size()).sum();
    }

    int charts() {
        return pages.stream().mapToInt(p -> p.charts().size()).sum();
    }

    private static Page page(XSSFSheet sheet) {
        List<Line> lines = new ArrayList<>();
        int columns = 0;
        for (Row row : sheet) {
            List<Value> cells = new ArrayList<>();
            for (Cell cell : row) {
                CellType type = cell.getCellType();
                int style = cell.getCellStyle().getIndex();
                switch (type) {
                    case STRING -> cells.add(new Value(cell.getColumnIndex(), type, cell.getStringCellValue(), 0,
                            false, style));
                    case NUMERIC -> cells.add(new Value(cell.getColumnIndex(), type, null,
                            cell.getNumericCellValue(), false, style));
                    case BOOLEAN -> cells.add(new Value(cell.getColumnIndex(), type, null, 0,
                            cell.getBooleanCellValue(), style));
                    default -> cells.add(new Value(cell.getColumnIndex(), CellType.BLANK, null, 0, false, style));
                }
                columns = Math.max(columns, cell.getColumnIndex() + 1);
            }
            lines.add(new Line(row.getRowNum(), row.isFormatted() || row.getHeight() != sheet.getDefaultRowHeight()
                    ? row.getHeight() : -1, cells));
        }
        int[] widths = new int[columns];
        for (int c = 0; c < columns; c++) {
            widths[c] = sheet.getColumnWidth(c);
        }
        PrintSetup print = sheet.getPrintSetup();
        Header header = sheet.getHeader();
        Footer footer = sheet.getFooter();
        List<Chart> charts = new ArrayList<>();
        XSSFDrawing drawing = sheet.getDrawingPatriarch();
        if (drawing != null) {
            // read back, a chart does not know its frame: the frames come in the drawing's order, as the charts do
            List<XSSFClientAnchor> frames = drawing.getShapes().stream()
                    .filter(shape -> shape instanceof org.apache.poi.xssf.usermodel.XSSFGraphicFrame)
                    .map(shape -> (XSSFClientAnchor) shape.getAnchor()).toList();
            List<XSSFChart> found = drawing.getCharts();
            for (int i = 0; i < found.size(); i++) {
                charts.add(new Chart(frames.get(i), found.get(i)));
            }
        }
        return new Page(sheet.getSheetName(), widths, sheet.getMergedRegions(), print.getPaperSize(),
                print.getLandscape(), sheet.getFitToPage(), print.getFitWidth(), print.getFitHeight(),
                sheet.getHorizontallyCenter(), sheet.getRepeatingRows(), sheet.getPaneInformation(),
                new String[] {header.getLeft(), header.getCenter(), header.getRight()},
                new String[] {footer.getLeft(), footer.getCenter(), footer.getRight()}, lines, charts);
    }

    /** Writes the same workbook with SXSSF, as durably as ours (timed). */
    void write(Path target) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            CellStyle[] styles = new CellStyle[source.getNumCellStyles()];
            for (int i = 0; i < styles.length; i++) {
                styles[i] = i == 0 ? workbook.getCellStyleAt(0) : workbook.createCellStyle();
                styles[i].cloneStyleFrom(source.getCellStyleAt(i));
            }
            for (Page page : pages) {
                SXSSFSheet sheet = workbook.createSheet(page.name());
                for (int c = 0; c < page.widths().length; c++) {
                    sheet.setColumnWidth(c, page.widths()[c]);
                }
                page.merged().forEach(sheet::addMergedRegion);
                PrintSetup print = sheet.getPrintSetup();
                print.setPaperSize(page.paper());
                print.setLandscape(page.landscape());
                sheet.setFitToPage(page.fitToPage());
                print.setFitWidth(page.fitWidth());
                print.setFitHeight(page.fitHeight());
                sheet.setHorizontallyCenter(page.centred());
                if (page.repeating() != null) {
                    sheet.setRepeatingRows(page.repeating());
                }
                if (page.pane() != null && page.pane().isFreezePane()) {
                    sheet.createFreezePane(page.pane().getVerticalSplitPosition(),
                            page.pane().getHorizontalSplitPosition());
                }
                Header header = sheet.getHeader();
                header.setLeft(page.header()[0]);
                header.setCenter(page.header()[1]);
                header.setRight(page.header()[2]);
                Footer footer = sheet.getFooter();
                footer.setLeft(page.footer()[0]);
                footer.setCenter(page.footer()[1]);
                footer.setRight(page.footer()[2]);
                if (!page.charts().isEmpty()) {
                    XSSFDrawing drawing = workbook.getXSSFWorkbook().getSheet(page.name()).createDrawingPatriarch();
                    for (Chart chart : page.charts()) {
                        drawing.createChart(new XSSFClientAnchor(chart.anchor().getDx1(), chart.anchor().getDy1(),
                                chart.anchor().getDx2(), chart.anchor().getDy2(), chart.anchor().getCol1(),
                                chart.anchor().getRow1(), chart.anchor().getCol2(), chart.anchor().getRow2()))
                                .importContent(chart.source());
                    }
                }
                for (Line line : page.lines()) {
                    Row row = sheet.createRow(line.row());
                    if (line.height() >= 0) {
                        row.setHeight(line.height());
                    }
                    for (Value value : line.cells()) {
                        Cell cell = row.createCell(value.column());
                        switch (value.type()) {
                            case STRING -> cell.setCellValue(value.text());
                            case NUMERIC -> cell.setCellValue(value.number());
                            case BOOLEAN -> cell.setCellValue(value.bool());
                            default -> { }
                        }
                        cell.setCellStyle(styles[value.style()]);
                    }
                }
            }
            workbook.setActiveSheet(0);
            DurableFiles.write(target, workbook::write);
            workbook.dispose();
        }
    }

    @Override
    public void close() throws IOException {
        source.close();
    }
}
