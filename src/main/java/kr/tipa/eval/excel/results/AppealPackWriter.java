package kr.tipa.eval.excel.results;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import kr.tipa.eval.domain.aggregation.AggregationResult;
import kr.tipa.eval.domain.program.AggregationRules;
import kr.tipa.eval.domain.program.Program;
import kr.tipa.eval.domain.rubric.Indicator;
import kr.tipa.eval.domain.rubric.Rubric;
import kr.tipa.eval.domain.rubric.RubricCategory;
import kr.tipa.eval.domain.scoring.ScoreSheet;
import kr.tipa.eval.excel.results.SheetFrame.TitleBlock;
import kr.tipa.eval.excel.results.Styles.Kind;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.io.DurableFiles;
import kr.tipa.eval.model.ApplicationOutcome;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the 이의신청 pack of ONE company (UNSIGNED; the caller signs it): its evaluators' indicator scores
 * under neutral labels 위원 A, B, C… in the order the input drew for this pack — never a name or an id —,
 * their comments, the subtotals and totals, which totals were dropped, which sheets the chair typed
 * (위원장 대리 입력), the composite, the outcome and the reason for it in words. Only this application's
 * outcome is read, so nothing of another company can reach the file.
 */
public final class AppealPackWriter {

    private final Messages messages;

    public AppealPackWriter(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /**
     * Writes the pack to {@code target}, replacing it in one step.
     *
     * @throws IOException when the file cannot be written; {@code target} is then untouched
     */
    public void write(AppealPackInput input, Path target) throws IOException {
        Program program = input.program();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook, program.aggregation().roundingScale(),
                    Math.max(0, program.rubric().step().stripTrailingZeros().scale()));
            Labels labels = new Labels(messages, program, input.zone());
            String company = input.outcome().application().companyName();
            String title = labels.get("appeal.title", company);
            TitleBlock block = new TitleBlock(labels.get("appeal.programLine", program.name(), program.code()),
                    labels.get("appeal.facts", labels.time(input.generatedAt()), input.zone().getId(),
                            labels.plain(program.cutoff())),
                    input.provisional(), labels.get("results.workbook.provisional.banner"),
                    labels.get("results.workbook.provisional.mark"),
                    program.code());
            Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(labels.get("appeal.sheet")));
            new Pack(input, labels, styles, new SheetFrame(block, styles), sheet).write(title);
            ResultWorkbookWriter.properties(workbook, title, program.code());
            DurableFiles.write(target, workbook::write);
        }
    }

    /** The one sheet, top to bottom. */
    private static final class Pack {
        private static final int FIRST_EVALUATOR = 3;

        private final AppealPackInput input;
        private final ApplicationOutcome outcome;
        private final AggregationResult aggregation;
        private final Labels labels;
        private final Styles styles;
        private final SheetFrame frame;
        private final Sheet sheet;
        private final Rubric rubric;
        private final Map<String, String> numbers;
        /** Submitted sheets in the order of their letters A, B, C…, as the input drew them. */
        private final List<ScoreSheet> sheets = new ArrayList<>();
        private final int lastColumn;
        private final int[] widths;
        /** Widths as the merged rows see them: the value (summary) or the comment (comments) spans the rest. */
        private final int[] summaryWidths;
        private final int[] commentWidths;
        private int r;

        Pack(AppealPackInput input, Labels labels, Styles styles, SheetFrame frame, Sheet sheet) {
            this.input = input;
            this.outcome = input.outcome();
            this.aggregation = outcome.aggregation();
            this.labels = labels;
            this.styles = styles;
            this.frame = frame;
            this.sheet = sheet;
            this.rubric = input.program().rubric();
            this.numbers = Labels.indicatorNumbers(rubric);
            Map<String, ScoreSheet> byEvaluator = new HashMap<>();
            outcome.sheets().forEach(s -> byEvaluator.put(s.evaluatorId(), s));
            input.letters().forEach(id -> sheets.add(byEvaluator.get(id)));
            this.lastColumn = FIRST_EVALUATOR + Math.max(1, sheets.size()) - 1;
            this.widths = new int[lastColumn + 1];
            widths[0] = 16;
            widths[1] = 36;
            widths[2] = 7;
            for (int c = FIRST_EVALUATOR; c <= lastColumn; c++) {
                widths[c] = 10;
            }
            int rest = 0;
            for (int c = 2; c <= lastColumn; c++) {
                rest += widths[c];
            }
            this.summaryWidths = new int[] {widths[0], widths[1] + rest};
            this.commentWidths = new int[] {widths[0], widths[1], rest};
        }

        void write(String title) {
            frame.prepare(sheet, title, widths, 0, false, 0);
            frame.writeTitle(sheet, title, labels.get("appeal.legend"));
            r = SheetFrame.TITLE_ROWS;
            summary();
            r++;
            scores();
            r++;
            comments();
        }

        private String letter(int index) {
            return labels.get("appeal.evaluator", CellReference.convertNumToColString(index));
        }

        private void summary() {
            value("results.workbook.column.receiptNo", outcome.receiptNo());
            value("results.workbook.column.company", outcome.application().companyName());
            value("results.workbook.column.businessNo", java.util.Objects.requireNonNullElse(
                    outcome.application().application().company().businessRegistrationNo(), ""));
            String screening = labels.screening(outcome.screening().status());
            String reasons = labels.screeningReasons(outcome.screening(), true);
            value("results.workbook.column.screening", reasons.isEmpty() ? screening : screening + " — " + reasons);
            RowWriter composite = labelRow("results.workbook.column.composite");
            composite.number(1, aggregation.composite().orElse(null), Kind.COMPOSITE_LEFT);
            blanks(composite, 2, Kind.COMPOSITE_LEFT);
            merge(1);
            value("results.workbook.column.status", labels.status(aggregation.status()));
            value("appeal.label.decision", labels.decision(outcome, input.effectiveExclusion(), true));
            value("appeal.label.trim", trimRule());
        }

        private String trimRule() {
            AggregationRules rules = input.program().aggregation();
            String count = String.valueOf(aggregation.totals().size());
            return rules.trimWhenAtLeast().isPresent()
                    ? labels.get("appeal.trim.applied", String.valueOf(rules.trimWhenAtLeast().getAsInt()), count,
                            String.valueOf(aggregation.dropped().size()))
                    : labels.get("appeal.trim.never", count);
        }

        private RowWriter labelRow(String key) {
            RowWriter w = new RowWriter(sheet, r, styles, false, summaryWidths);
            w.text(0, labels.get(key), Kind.LABEL);
            return w;
        }

        private void value(String key, String text) {
            RowWriter w = labelRow(key);
            w.text(1, text, Kind.TEXT_WRAP);
            blanks(w, 2, Kind.TEXT_WRAP);
            merge(1);
        }

        private void blanks(RowWriter w, int from, Kind kind) {
            for (int c = from; c <= lastColumn; c++) {
                w.blank(c, kind);
            }
        }

        /** Merges the current row from {@code first} to the last column, then moves to the next row. */
        private void merge(int first) {
            if (lastColumn > first) {
                sheet.addMergedRegion(new CellRangeAddress(r, r, first, lastColumn));
            }
            r++;
        }

        private void section(String key) {
            new RowWriter(sheet, r, styles).text(0, labels.get(key), Kind.SUBTITLE);
            r++;
        }

        private void scores() {
            section("appeal.scores.title");
            if (sheets.isEmpty()) {
                new RowWriter(sheet, r++, styles).text(0, labels.get("appeal.noSheets"), Kind.TEXT);
                return;
            }
            RowWriter header = new RowWriter(sheet, r++, styles).height(22);
            header.text(0, labels.get("appeal.column.category"), Kind.HEADER)
                    .text(1, labels.get("appeal.column.indicator"), Kind.HEADER)
                    .text(2, labels.get("appeal.column.maxPoints"), Kind.HEADER);
            for (int i = 0; i < sheets.size(); i++) {
                header.text(FIRST_EVALUATOR + i, letter(i), Kind.HEADER);
            }
            for (RubricCategory category : rubric.categories()) {
                int first = r;
                for (Indicator indicator : category.indicators()) {
                    RowWriter w = new RowWriter(sheet, r++, styles, false, widths);
                    if (r - 1 == first) {
                        w.text(0, category.name(), Kind.TEXT_WRAP);
                    } else {
                        w.blank(0, Kind.TEXT_WRAP);
                    }
                    w.text(1, numbers.get(indicator.id()) + " " + indicator.text(), Kind.TEXT_WRAP)
                            .number(2, indicator.maxPoints(), Kind.SCORE);
                    for (int i = 0; i < sheets.size(); i++) {
                        w.number(FIRST_EVALUATOR + i, sheets.get(i).value(indicator.id()).orElse(null), Kind.SCORE);
                    }
                }
                RowWriter subtotal = new RowWriter(sheet, r++, styles);
                subtotal.blank(0, Kind.TEXT_WRAP).text(1, labels.get("appeal.row.subtotal"), Kind.LABEL)
                        .number(2, category.maxPoints(), Kind.SCORE);
                for (int i = 0; i < sheets.size(); i++) {
                    subtotal.number(FIRST_EVALUATOR + i, sheets.get(i).subtotal(category), Kind.SCORE);
                }
                sheet.addMergedRegion(new CellRangeAddress(first, r - 1, 0, 0));
            }
            totals();
        }

        private void totals() {
            RowWriter total = new RowWriter(sheet, r, styles);
            total.text(0, labels.get("appeal.row.total"), Kind.LABEL).blank(1, Kind.LABEL)
                    .number(2, rubric.maxTotal(), Kind.SCORE);
            Trim trim = Trim.of(aggregation);
            RowWriter counted = new RowWriter(sheet, r + 1, styles);
            counted.text(0, labels.get("appeal.row.counted"), Kind.LABEL).blank(1, Kind.LABEL).blank(2, Kind.LABEL);
            for (int i = 0; i < sheets.size(); i++) {
                String id = sheets.get(i).evaluatorId();
                boolean dropped = aggregation.dropped().contains(id);
                BigDecimal value = sheets.get(i).total();
                total.number(FIRST_EVALUATOR + i, value, dropped ? Kind.SCORE_DROPPED : Kind.SCORE);
                String word = "";
                if (trim.isHighest(id)) {
                    word = labels.get("results.workbook.counted.high");
                } else if (trim.isLowest(id)) {
                    word = labels.get("results.workbook.counted.low");
                } else if (aggregation.composite().isPresent()) {
                    word = labels.get("results.workbook.counted.yes");
                }
                counted.text(FIRST_EVALUATOR + i, word, Kind.TEXT_CENTER);
            }
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 1));
            sheet.addMergedRegion(new CellRangeAddress(r + 1, r + 1, 0, 2));
            r += 2;
            entries();
        }

        /** Under each sheet the chair typed for its evaluator: 위원장 대리 입력. */
        private void entries() {
            if (outcome.proxies().isEmpty()) {
                return;
            }
            RowWriter row = new RowWriter(sheet, r, styles, false, widths);
            row.text(0, labels.get("appeal.row.entry"), Kind.LABEL).blank(1, Kind.LABEL).blank(2, Kind.LABEL);
            for (int i = 0; i < sheets.size(); i++) {
                boolean proxied = outcome.proxy(sheets.get(i).evaluatorId()).isPresent();
                row.text(FIRST_EVALUATOR + i, proxied ? labels.get("appeal.proxy") : "", Kind.TEXT_WRAP);
            }
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 2));
            r++;
        }

        private void comments() {
            section("appeal.comments.title");
            RowWriter header = new RowWriter(sheet, r, styles);
            header.text(0, labels.get("appeal.column.evaluator"), Kind.HEADER)
                    .text(1, labels.get("appeal.column.indicator"), Kind.HEADER)
                    .text(2, labels.get("appeal.column.comment"), Kind.HEADER);
            blanks(header, 3, Kind.HEADER);
            merge(2);
            int before = r;
            for (int i = 0; i < sheets.size(); i++) {
                ScoreSheet s = sheets.get(i);
                for (Indicator indicator : rubric.indicators()) {
                    if (!s.comment(indicator.id()).isBlank()) {
                        comment(letter(i), numbers.get(indicator.id()) + " " + indicator.text(),
                                s.comment(indicator.id()).strip());
                    }
                }
                if (!s.overallOpinion().isBlank()) {
                    comment(letter(i), labels.get("appeal.opinion"), s.overallOpinion().strip());
                }
            }
            if (r == before) {
                new RowWriter(sheet, r++, styles).text(0, labels.get("appeal.noComments"), Kind.TEXT);
            }
        }

        private void comment(String who, String where, String text) {
            RowWriter w = new RowWriter(sheet, r, styles, false, commentWidths);
            w.text(0, who, Kind.TEXT_CENTER).text(1, where, Kind.TEXT_WRAP).text(2, text, Kind.TEXT_WRAP);
            blanks(w, 3, Kind.TEXT_WRAP);
            merge(2);
        }
    }
}
