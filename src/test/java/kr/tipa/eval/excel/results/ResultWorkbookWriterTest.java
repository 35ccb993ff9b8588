package kr.tipa.eval.excel.results;

import static kr.tipa.eval.excel.results.ReadBack.number;
import static kr.tipa.eval.excel.results.ReadBack.rowWith;
import static kr.tipa.eval.excel.results.ReadBack.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.model.AuditEntry;
import kr.tipa.eval.testing.Fixtures;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The result workbook of a real round (see {@link PanelRound} for the scores and the values worked by
 * hand), read back with POI. Column positions are the layout the agency reads, typed here, not asked of
 * the writer.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResultWorkbookWriterTest {

    private static final String[] SHEETS = {"종합평가표", "평가위원별 점수", "자격 요건검토 결과", "지원대상 추천 목록", "감사 기록",
        "분포 차트"};
    private static final int HEADER = 5;

    private Path dir;

    private PanelRound round;
    private Path provisional;
    private Path finalised;
    private XSSFWorkbook workbook;

    @BeforeAll
    void write(@TempDir Path folder) throws Exception {
        dir = folder;
        round = new PanelRound(dir);
        provisional = dir.resolve("results-provisional.xlsx");
        finalised = dir.resolve("results.xlsx");
        ResultWorkbookWriter writer = new ResultWorkbookWriter(Messages.korean());
        writer.write(round.input(true, Map.of("2024-EXP-0002", "제출서류 진위 확인 불가")), provisional);
        writer.write(round.input(false, Map.of()), finalised);
        workbook = ReadBack.open(provisional);
    }

    @AfterAll
    void close() throws Exception {
        workbook.close();
        round.close();
    }

    private Sheet sheet(int index) {
        return workbook.getSheetAt(index);
    }

    @Test
    void allSixSheetsArePresentWithTheirKoreanNamesAndTheDataTableLast() {
        assertThat(workbook.getNumberOfSheets()).isEqualTo(7);
        for (int i = 0; i < SHEETS.length; i++) {
            assertThat(workbook.getSheetName(i)).isEqualTo(SHEETS[i]);
        }
        assertThat(workbook.getSheetName(6)).isEqualTo("data");
    }

    @Test
    void rankingHoldsEveryTotalAndTheCompositeAsNumbers() {
        Sheet ranking = sheet(0);
        assertThat(text(ranking.getRow(HEADER), 3)).isEqualTo("홍길동 (EV-HONG)");
        assertThat(text(ranking.getRow(HEADER), 7)).isEqualTo("최지은 (EV-CHOI)");
        Row a1 = rowWith(ranking, 1, "2024-EXP-0001", HEADER + 1);
        assertThat(a1.getRowNum()).isEqualTo(HEADER + 1);
        assertThat(number(a1, 0)).isEqualTo(1);
        assertThat(new double[] {number(a1, 3), number(a1, 4), number(a1, 5), number(a1, 6), number(a1, 7)})
                .containsExactly(90, 80, 80, 60, 100);
        assertThat(number(a1, 9)).isEqualTo(5);
        // (90 + 80 + 80) / 3 = 83.333… → 83.33
        assertThat(number(a1, 10)).isCloseTo(83.33, within(1e-9));
        assertThat(a1.getCell(10).getCellStyle().getDataFormatString()).isEqualTo("0.00");
        assertThat(text(a1, 11)).isEqualTo("지원 대상");
        assertThat(text(a1, 12)).isEqualTo("적격");
        assertThat(number(a1, 13)).isEqualTo(40);
        assertThat(text(a1, 14)).isEqualTo("⚠ 20점 초과");
        assertThat(text(a1, 15)).isEqualTo("종합평점 83.33점이 기준 60점 이상");

        Row a3 = ranking.getRow(HEADER + 2);
        assertThat(text(a3, 1)).isEqualTo("2024-EXP-0003");
        assertThat(number(a3, 0)).isEqualTo(2);
        assertThat(number(a3, 10)).isEqualTo(70);

        Row a2 = ranking.getRow(HEADER + 3);
        assertThat(text(a2, 1)).isEqualTo("2024-EXP-0002");
        assertThat(number(a2, 0)).isEqualTo(3);
        // 230 / 4; the conflicted evaluator's cell is empty
        assertThat(number(a2, 10)).isEqualTo(57.5);
        assertThat(a2.getCell(7).getCellType()).isEqualTo(CellType.BLANK);
        assertThat(text(a2, 11)).isEqualTo("지원 제외");
        assertThat(text(a2, 15)).isEqualTo("위원장 제외: 제출서류 진위 확인 불가 (종합평점 57.50점)");
        assertThat(text(a2, 14)).isEmpty();

        Row a4 = rowWith(ranking, 1, "2024-EXP-0004", HEADER + 1);
        assertThat(a4.getCell(0).getCellType()).isEqualTo(CellType.BLANK);
        assertThat(a4.getCell(10).getCellType()).isEqualTo(CellType.BLANK);
        assertThat(number(a4, 3)).isEqualTo(90);
        assertThat(text(a4, 11)).isEqualTo("자격 미달");
        assertThat(text(a4, 12)).isEqualTo("부적격");
        assertThat(text(a4, 15)).isEqualTo("자격 요건검토 부적격: 수출자 신용등급 R급");

        Row a5 = rowWith(ranking, 1, "2024-EXP-0005", HEADER + 1);
        assertThat(text(a5, 11)).isEqualTo("평가 미완료");
        assertThat(number(a5, 9)).isZero();
        assertThat(text(a5, 15)).isEqualTo("평가위원 수 부족: 제출된 평가표 0건, 필요 3건 이상");
    }

    @Test
    void droppedTotalsAreStruckThroughAndNamed() {
        Sheet ranking = sheet(0);
        Row a1 = rowWith(ranking, 1, "2024-EXP-0001", HEADER + 1);
        for (int c = 3; c <= 7; c++) {
            boolean dropped = c == 6 || c == 7;
            assertThat(font(a1.getCell(c)).getStrikeout()).as("column " + c).isEqualTo(dropped);
        }
        assertThat(text(a1, 8)).isEqualTo("최고 100점: 최지은 · 최저 60점: 박민수");
        Row a3 = rowWith(ranking, 1, "2024-EXP-0003", HEADER + 1);
        assertThat(text(a3, 8)).isEmpty();
        assertThat(font(a3.getCell(3)).getStrikeout()).isFalse();
        assertThat(text(ranking.getRow(4), 0)).startsWith("취소선·회색 점수: 종합평점에서 제외한 최고·최저 점수");
    }

    private org.apache.poi.xssf.usermodel.XSSFFont font(Cell cell) {
        return ((XSSFCellStyle) cell.getCellStyle()).getFont();
    }

    @Test
    void scoresSheetHoldsEveryIndicatorOfEverySubmittedSheet() {
        Sheet scores = sheet(1);
        // 5 + 4 + 3 + 5 submitted sheets, below two header rows
        assertThat(scores.getLastRowNum()).isEqualTo(HEADER + 2 + 17 - 1);
        assertThat(text(scores.getRow(HEADER), 3)).isEqualTo("글로벌 역량 (30점)");
        assertThat(text(scores.getRow(HEADER + 1), 3)).isEqualTo("1-1 목표시장 분석의 이해도 및 정확성 (10점)");
        assertThat(text(scores.getRow(HEADER + 1), 6)).isEqualTo("소계");
        Row hong = scores.getRow(HEADER + 2);
        assertThat(text(hong, 0)).isEqualTo("2024-EXP-0001");
        assertThat(text(hong, 2)).isEqualTo("홍길동 (EV-HONG)");
        // 1-1 = 10, 1-2 = 8, the rest 9: subtotals 27, 27, 36; total 90
        double[] expected = {10, 8, 9, 27, 9, 9, 9, 27, 9, 9, 9, 9, 36, 90};
        for (int i = 0; i < expected.length; i++) {
            assertThat(number(hong, 3 + i)).as("column " + (3 + i)).isEqualTo(expected[i]);
        }
        assertThat(text(hong, 17)).isEqualTo("반영");
        assertThat(number(hong, 18)).isEqualTo(1);
        assertThat(hong.getCell(19).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2024, 9, 20, 14, 0));
        assertThat(text(hong, 20)).isEqualTo("[1-1] " + PanelRound.HONG_COMMENT + "\n종합의견: " + PanelRound.HONG_OPINION);
        Row choi = scores.getRow(HEADER + 6);
        assertThat(text(choi, 2)).isEqualTo("최지은 (EV-CHOI)");
        assertThat(number(choi, 16)).isEqualTo(100);
        assertThat(text(choi, 17)).isEqualTo("제외(최고)");
        assertThat(text(scores.getRow(HEADER + 5), 17)).isEqualTo("제외(최저)");
        assertThat(ReadBack.rowsWith(scores, 0, "2024-EXP-0002", HEADER + 2)).hasSize(4);
    }

    @Test
    void screeningSheetNamesEveryReasonInKoreanWithHandDecisions() {
        Sheet screening = sheet(2);
        Row a4 = rowWith(screening, 0, "2024-EXP-0004", HEADER + 1);
        assertThat(text(a4, 5)).isEqualTo("X06_CREDIT_GRADE_R");
        assertThat(text(a4, 6)).isEqualTo("수출자 신용등급 R급");
        Row a7 = rowWith(screening, 0, "2024-EXP-0007", HEADER + 1);
        assertThat(text(a7, 2)).isEqualTo(Fixtures.businessNo(7));
        assertThat(text(a7, 5)).isEqualTo("E03_MISSING_REQUIRED_DOCUMENT");
        assertThat(text(a7, 7)).isEqualTo("E03_MISSING_REQUIRED_DOCUMENT: 개인정보 이용 동의서(무역보험공사)");
        Row a6 = rowWith(screening, 0, "2024-EXP-0006", HEADER + 1);
        assertThat(text(a6, 3)).isEqualTo("적격");
        assertThat(text(a6, 4)).isEqualTo("부적격");
        assertThat(text(a6, 5)).isEqualTo("X01_PURPOSE_MISMATCH");
        assertThat(text(a6, 8)).isEqualTo("부적격");
        assertThat(text(a6, 9)).isEqualTo("위원장");
        assertThat(a6.getCell(10).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2024, 9, 20, 14, 0));
        assertThat(text(a6, 11)).isEqualTo("지원목적 불일치");
        assertThat(text(a6, 12)).isEqualTo("2024-09-20 14:00:00 간사 → 적격: 서류 확인");
        Row a1 = rowWith(screening, 0, "2024-EXP-0001", HEADER + 1);
        assertThat(text(a1, 5)).isEmpty();
        assertThat(text(a1, 8)).isEmpty();
    }

    @Test
    void recommendationListHoldsOnlySelectedCompaniesInRankOrder() {
        Sheet list = sheet(3);
        assertThat(text(list.getRow(0), 0)).isEqualTo("지원대상 추천 목록 — 한국무역보험공사");
        assertThat(list.getLastRowNum()).isEqualTo(HEADER + 2);
        assertThat(text(list.getRow(HEADER), 5)).isEqualTo("① 단체보험 가입");
        Row first = list.getRow(HEADER + 1);
        assertThat(number(first, 0)).isEqualTo(1);
        assertThat(text(first, 1)).isEqualTo(PanelRound.FORMULA_NAME);
        assertThat(text(first, 2)).isEqualTo(Fixtures.businessNo(1));
        assertThat(text(first, 3)).isEqualTo("2024-EXP-0001");
        assertThat(number(first, 4)).isCloseTo(83.33, within(1e-9));
        assertThat(List.of(text(first, 5), text(first, 6), text(first, 7), text(first, 8), text(first, 9),
                text(first, 10))).containsExactly("–", "○", "○", "○", "○", "○");
        Row second = list.getRow(HEADER + 2);
        assertThat(text(second, 3)).isEqualTo("2024-EXP-0003");
        assertThat(number(second, 0)).isEqualTo(2);
        assertThat(List.of(text(second, 5), text(second, 6), text(second, 7), text(second, 8), text(second, 9),
                text(second, 10))).containsExactly("제한: 전년도 수출실적 US$30백만 초과", "제한: 전년도 수출실적 US$30백만 초과",
                        "○", "○", "○", "–");
    }

    @Test
    void auditEntriesAreListedAsGiven() {
        List<AuditEntry> audit = round.context.audit().all();
        Sheet sheet = sheet(4);
        assertThat(sheet.getLastRowNum()).isEqualTo(HEADER + audit.size());
        AuditEntry last = audit.get(audit.size() - 1);
        Row row = sheet.getRow(HEADER + audit.size());
        assertThat(number(row, 0)).isEqualTo(last.seq());
        assertThat(text(row, 2)).isEqualTo(last.actor());
        assertThat(text(row, 3)).isEqualTo(last.action());
        assertThat(text(row, 4)).isEqualTo(last.subject());
        assertThat(text(row, 5)).isEqualTo(last.detailJson());
        assertThat(text(row, 6)).hasSize(16).isEqualTo(last.hash().substring(0, 16));
        // the audit log keeps its own clock: the entry's own time, shown in Seoul time
        assertThat(row.getCell(1).getLocalDateTimeCellValue()).isCloseTo(
                LocalDateTime.ofInstant(last.at(), PanelRound.SEOUL), within(1, java.time.temporal.ChronoUnit.MILLIS));
        assertThat(row.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd hh:mm:ss");
    }

    @Test
    void textThatLooksLikeAFormulaStaysQuotedTextAndNoCellIsAFormula() throws Exception {
        Row a1 = rowWith(sheet(0), 1, "2024-EXP-0001", HEADER + 1);
        assertThat(a1.getCell(2).getCellType()).isEqualTo(CellType.STRING);
        assertThat(a1.getCell(2).getStringCellValue()).isEqualTo(PanelRound.FORMULA_NAME);
        assertThat(a1.getCell(2).getCellStyle().getQuotePrefixed()).isTrue();
        assertThat(a1.getCell(1).getCellStyle().getQuotePrefixed()).isFalse();
        List<String> seen = new ArrayList<>();
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).as(sheet.getSheetName() + "!" + cell.getAddress())
                            .isNotEqualTo(CellType.FORMULA);
                    if (cell.getCellType() == CellType.STRING) {
                        String value = cell.getStringCellValue();
                        boolean risky = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
                        assertThat(cell.getCellStyle().getQuotePrefixed()).as(sheet.getSheetName() + "!"
                                + cell.getAddress() + " " + value).isEqualTo(risky);
                        if (risky) {
                            seen.add(value);
                        }
                    }
                }
            }
        }
        assertThat(seen).contains(PanelRound.FORMULA_NAME, "+하나무역", "-대시정밀", "@앳산업");
        for (var part : ReadBack.parts(provisional).entrySet()) {
            if (part.getKey().startsWith("xl/worksheets/")) {
                assertThat(part.getValue()).as(part.getKey()).doesNotContain("<f>").doesNotContain("<f ");
            }
        }
    }

    @Test
    void theProvisionalBannerAppearsOnEverySheetExactlyWhenProvisional() throws Exception {
        for (Sheet sheet : workbook) {
            if (!sheet.getSheetName().equals("data")) {
                // the data table has no title rows: its first row is the header a program reads
                assertThat(text(sheet.getRow(3), 0)).as(sheet.getSheetName()).startsWith("잠정 —");
            }
            assertThat(sheet.getHeader().getCenter()).as(sheet.getSheetName()).contains("잠정");
        }
        try (XSSFWorkbook fin = ReadBack.open(finalised)) {
            for (Sheet sheet : fin) {
                assertThat(ReadBack.strings(sheet)).as(sheet.getSheetName()).noneMatch(s -> s.contains("잠정"));
                assertThat(sheet.getHeader().getCenter()).doesNotContain("잠정");
            }
        }
    }

    @Test
    void everySheetPrintsOnA4WithItsHeaderRepeatedAndFrozen() {
        for (int i = 0; i < SHEETS.length; i++) {
            XSSFSheet sheet = (XSSFSheet) sheet(i);
            int headerRows = i == 1 ? 2 : 1;
            assertThat(sheet.getPrintSetup().getPaperSize()).as(SHEETS[i]).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(sheet.getFitToPage()).isTrue();
            assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(sheet.getPrintSetup().getFitHeight()).isZero();
            if (SHEETS[i].equals("분포 차트")) {
                // tables and charts side by side: no header row to repeat or freeze
                continue;
            }
            CellRangeAddress repeating = sheet.getRepeatingRows();
            assertThat(repeating).as(SHEETS[i]).isNotNull();
            assertThat(repeating.getFirstRow()).isEqualTo(HEADER);
            assertThat(repeating.getLastRow()).isEqualTo(HEADER + headerRows - 1);
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) (HEADER + headerRows));
        }
    }

    @Test
    void theFontIsKoreanCapable() {
        assertThat(workbook.getFontAt(0).getFontName()).isEqualTo("맑은 고딕");
        Row a1 = rowWith(sheet(0), 1, "2024-EXP-0001", HEADER + 1);
        assertThat(font(a1.getCell(2)).getFontName()).isEqualTo("맑은 고딕");
        assertThat(font(a1.getCell(2)).getCharSet()).isEqualTo(129);
    }

    @Test
    void anExclusionOfAnApplicationTheResultsStillSelectIsRefused() {
        assertThatThrownBy(() -> round.input(true, Map.of("2024-EXP-0001", "사유")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2024-EXP-0001");
        assertThatThrownBy(() -> round.input(true, Map.of("2024-EXP-9999", "사유")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
