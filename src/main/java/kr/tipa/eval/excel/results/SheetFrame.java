package kr.tipa.eval.excel.results;

import kr.tipa.eval.excel.results.Styles.Kind;
import org.apache.poi.ss.usermodel.Footer;
import org.apache.poi.ss.usermodel.Header;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * What every sheet shares: the title block over the table (sheet title, programme, facts line, the
 * 잠정 banner, a legend), and the page set-up — A4, fitted to the page width, the table header repeated on
 * every printed page and frozen on screen, and 잠정 in the page header of every printed page too.
 */
final class SheetFrame {

    /** Title, programme, facts, banner, legend: the table header starts on this row. */
    static final int TITLE_ROWS = 5;
    static final int BANNER_ROW = 3;
    static final int LEGEND_ROW = 4;

    /**
     * The words over every sheet.
     *
     * @param programLine programme name and code
     * @param factsLine   generated time, cutoff, capacity (whatever the document may show)
     * @param banner      the 잠정 banner, shown only when provisional
     * @param pageMark    the short 잠정 mark of the printed page header
     */
    record TitleBlock(String programLine, String factsLine, boolean provisional, String banner, String pageMark,
            String code) {
    }

    private final TitleBlock block;
    private final Styles styles;

    SheetFrame(TitleBlock block, Styles styles) {
        this.block = block;
        this.styles = styles;
    }

    /**
     * Widths (in characters), merges of the title block, print set-up and frozen panes; call before any
     * row is written.
     */
    void prepare(Sheet sheet, String title, int[] widths, int headerRows, boolean landscape, int frozenColumns) {
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, Math.min(255, widths[c]) * 256);
        }
        if (widths.length > 1) {
            for (int r = 0; r < TITLE_ROWS; r++) {
                sheet.addMergedRegion(new CellRangeAddress(r, r, 0, widths.length - 1));
            }
        }
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(landscape);
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        // 0 = as many pages down as it takes: only the width is fitted.
        print.setFitHeight((short) 0);
        sheet.setHorizontallyCenter(true);
        if (headerRows > 0) {
            sheet.setRepeatingRows(new CellRangeAddress(TITLE_ROWS, TITLE_ROWS + headerRows - 1, -1, -1));
            sheet.createFreezePane(frozenColumns, TITLE_ROWS + headerRows);
        }
        pageHeader(sheet, title);
    }

    /** The printed page's header (title, the 잠정 mark, the programme) and page numbers. */
    void pageHeader(Sheet sheet, String title) {
        Header header = sheet.getHeader();
        header.setLeft(escape(title));
        header.setCenter(block.provisional() ? "&B&14" + escape(block.pageMark()) : "");
        header.setRight(escape(block.code()));
        Footer footer = sheet.getFooter();
        footer.setCenter("&P / &N");
    }

    /** The five rows of the title block; the legend may be empty. */
    void writeTitle(Sheet sheet, String title, String legend) {
        new RowWriter(sheet, 0, styles).text(0, title, Kind.TITLE).height(22);
        new RowWriter(sheet, 1, styles).text(0, block.programLine(), Kind.SUBTITLE);
        new RowWriter(sheet, 2, styles).text(0, block.factsLine(), Kind.SUBTITLE);
        RowWriter banner = new RowWriter(sheet, BANNER_ROW, styles);
        if (block.provisional()) {
            banner.text(0, block.banner(), Kind.BANNER).height(20);
        }
        RowWriter legendRow = new RowWriter(sheet, LEGEND_ROW, styles);
        if (legend != null && !legend.isBlank()) {
            legendRow.text(0, legend, Kind.LEGEND).height(legend.length() > 120 ? 40 : 26);
        }
    }

    /** '&' starts a code in page headers and footers; a literal one is doubled. */
    static String escape(String text) {
        return text == null ? "" : text.replace("&", "&&");
    }
}
