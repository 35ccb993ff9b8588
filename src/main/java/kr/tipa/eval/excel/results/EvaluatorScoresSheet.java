package kr.tipa.eval.excel.results;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.tipa.eval.domain.aggregation.AggregationResult;
import kr.tipa.eval.domain.rubric.Indicator;
import kr.tipa.eval.domain.rubric.Rubric;
import kr.tipa.eval.domain.rubric.RubricCategory;
import kr.tipa.eval.domain.scoring.ScoreSheet;
import kr.tipa.eval.excel.results.Styles.Kind;
import kr.tipa.eval.model.ApplicationOutcome;
import kr.tipa.eval.model.PanelMember;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * 평가위원별 점수: one row per submitted sheet (application × evaluator, ranking then panel order), every
 * indicator score grouped under its category with the category subtotal, the total, whether the total
 * counted towards the composite, the sheet's version and submission time, the comments, and — for a sheet
 * someone else typed — "위원장 대리 입력" with who, from what file and when.
 * Two header rows: the categories over their indicators.
 */
final class EvaluatorScoresSheet implements ResultSheet {

    private static final int FIXED = 3;
    private static final String[] TRAILING = {
        "results.workbook.column.total",
        "results.workbook.column.counted",
        "results.workbook.column.version",
        "results.workbook.column.submittedAt",
        "results.workbook.column.comments",
        "results.workbook.column.entry"
    };

    private final ResultContext context;
    private final Labels labels;
    private final Rubric rubric;
    private final Map<String, String> evaluatorNames;
    private final Map<String, Integer> panelOrder = new HashMap<>();
    private final Map<String, String> numbers;
    private final int[] widths;
    private final String countedYes;
    private final String countedHigh;
    private final String countedLow;
    /** On the agency's merged result: the panel this sheet shows; null for the whole round. */
    private final Handover.PanelPart part;
    private final java.util.Set<String> receipts;

    EvaluatorScoresSheet(ResultContext context) {
        this(context, null);
    }

    /** One panel's applications and evaluators (the agency's merged result has a sheet per panel). */
    EvaluatorScoresSheet(ResultContext context, Handover.PanelPart part) {
        this.part = part;
        this.receipts = part == null ? null : java.util.Set.copyOf(part.receiptNos());
        this.context = context;
        this.labels = context.labels();
        this.rubric = context.program().rubric();
        this.evaluatorNames = context.evaluatorColumns();
        for (PanelMember m : context.input().results().panel()) {
            panelOrder.put(m.id(), m.order());
        }
        this.numbers = Labels.indicatorNumbers(rubric);
        this.widths = widths();
        // Looked up once: the same words fill thousands of rows.
        this.countedYes = labels.get("results.workbook.counted.yes");
        this.countedHigh = labels.get("results.workbook.counted.high");
        this.countedLow = labels.get("results.workbook.counted.low");
    }

    @Override
    public String name() {
        return part == null ? labels.get("results.workbook.sheet.scores")
                : labels.get("results.workbook.sheet.panel", part.id());
    }

    private String legend() {
        if (part == null) {
            return labels.get("results.workbook.scores.legend");
        }
        return labels.get(part.finalResult() ? "results.workbook.panel.legendFinal"
                : "results.workbook.panel.legendProvisional", part.id(), part.name(), part.chairName(),
                part.signerName(), part.fingerprint(), String.valueOf(part.version()))
                + " " + labels.get("results.workbook.scores.legend");
    }

    /** Indicator and subtotal columns of all categories. */
    private int scoreColumns() {
        return rubric.indicators().size() + rubric.categories().size();
    }

    private int[] widths() {
        int trailing = FIXED + scoreColumns();
        int[] widths = new int[trailing + TRAILING.length];
        widths[0] = 15;
        widths[1] = 24;
        widths[2] = 16;
        for (int c = FIXED; c < trailing; c++) {
            widths[c] = 12;
        }
        int[] rest = {8, 10, 6, 18, 60, 40};
        System.arraycopy(rest, 0, widths, trailing, rest.length);
        return widths;
    }

    @Override
    public void prepare(Sheet sheet) {
        context.frame().prepare(sheet, name(), widths, 2, true, FIXED);
        int top = SheetFrame.TITLE_ROWS;
        for (int c = 0; c < FIXED; c++) {
            sheet.addMergedRegion(new CellRangeAddress(top, top + 1, c, c));
        }
        int c = FIXED;
        for (RubricCategory category : rubric.categories()) {
            int last = c + category.indicators().size();
            sheet.addMergedRegion(new CellRangeAddress(top, top, c, last));
            c = last + 1;
        }
        for (int i = 0; i < TRAILING.length; i++) {
            sheet.addMergedRegion(new CellRangeAddress(top, top + 1, c + i, c + i));
        }
    }

    @Override
    public void rows(Sheet sheet) {
        context.frame().writeTitle(sheet, name(), legend());
        header(sheet);
        int r = SheetFrame.TITLE_ROWS + 2;
        Comparator<ScoreSheet> panel = Comparator.comparing(
                (ScoreSheet s) -> panelOrder.getOrDefault(s.evaluatorId(), Integer.MAX_VALUE))
                .thenComparing(ScoreSheet::evaluatorId);
        for (ApplicationOutcome o : context.outcomes()) {
            if (receipts != null && !receipts.contains(o.receiptNo())) {
                continue;
            }
            Trim trim = Trim.of(o.aggregation());
            for (ScoreSheet s : o.sheets().stream().sorted(panel).toList()) {
                row(new RowWriter(sheet, r++, context.styles(), false, widths), o, s, trim);
            }
        }
    }

    private void header(Sheet sheet) {
        Styles styles = context.styles();
        RowWriter groups = new RowWriter(sheet, SheetFrame.TITLE_ROWS, styles).height(22);
        RowWriter items = new RowWriter(sheet, SheetFrame.TITLE_ROWS + 1, styles, false, widths);
        String[] fixed = {
            "results.workbook.column.receiptNo",
            "results.workbook.column.company",
            "results.workbook.column.evaluatorName"
        };
        for (int c = 0; c < FIXED; c++) {
            groups.text(c, labels.get(fixed[c]), Kind.HEADER);
            items.blank(c, Kind.HEADER);
        }
        int c = FIXED;
        for (RubricCategory category : rubric.categories()) {
            int start = c;
            groups.text(start, labels.get("results.workbook.category", category.name(),
                    labels.plain(category.maxPoints())), Kind.HEADER);
            for (Indicator indicator : category.indicators()) {
                if (c != start) {
                    groups.blank(c, Kind.HEADER);
                }
                items.text(c, labels.get("results.workbook.indicator", numbers.get(indicator.id()), indicator.text(),
                        labels.plain(indicator.maxPoints())), Kind.HEADER);
                c++;
            }
            groups.blank(c, Kind.HEADER);
            items.text(c, labels.get("results.workbook.column.subtotal"), Kind.HEADER);
            c++;
        }
        for (String column : TRAILING) {
            groups.text(c, labels.get(column), Kind.HEADER);
            items.blank(c, Kind.HEADER);
            c++;
        }
    }

    private void row(RowWriter w, ApplicationOutcome o, ScoreSheet s, Trim trim) {
        AggregationResult a = o.aggregation();
        w.text(0, o.receiptNo(), Kind.TEXT).text(1, o.application().companyName(), Kind.TEXT)
                .text(2, evaluatorNames.getOrDefault(s.evaluatorId(), s.evaluatorId()), Kind.TEXT);
        int c = FIXED;
        for (RubricCategory category : rubric.categories()) {
            for (Indicator indicator : category.indicators()) {
                w.number(c++, s.value(indicator.id()).orElse(null), Kind.SCORE);
            }
            w.number(c++, s.subtotal(category), Kind.SCORE);
        }
        boolean dropped = a.dropped().contains(s.evaluatorId());
        w.number(c++, s.total(), dropped ? Kind.SCORE_DROPPED : Kind.SCORE);
        String counted = "";
        if (trim.isHighest(s.evaluatorId())) {
            counted = countedHigh;
        } else if (trim.isLowest(s.evaluatorId())) {
            counted = countedLow;
        } else if (a.composite().isPresent()) {
            counted = countedYes;
        }
        w.text(c++, counted, Kind.TEXT_CENTER);
        w.number(c++, s.version(), Kind.INTEGER);
        w.dateTime(c++, s.submittedAt(), labels.zone(), Kind.DATE_TIME);
        w.text(c++, comments(s), Kind.TEXT_WRAP);
        w.text(c, o.proxy(s.evaluatorId()).map(p -> Labels.proxy(labels, p)).orElse(""), Kind.TEXT_WRAP);
    }

    /** "[1-1] 시장 분석이 구체적임" per commented indicator, then the overall opinion. */
    private String comments(ScoreSheet s) {
        List<String> lines = new ArrayList<>();
        for (Indicator indicator : rubric.indicators()) {
            String comment = s.comment(indicator.id());
            if (!comment.isBlank()) {
                lines.add(labels.get("results.workbook.indicatorComment", numbers.get(indicator.id()),
                        comment.strip()));
            }
        }
        if (!s.overallOpinion().isBlank()) {
            lines.add(labels.get("results.workbook.opinion", s.overallOpinion().strip()));
        }
        return String.join("\n", lines);
    }
}
