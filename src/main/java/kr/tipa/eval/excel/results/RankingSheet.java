package kr.tipa.eval.excel.results;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.tipa.eval.domain.aggregation.AggregationResult;
import kr.tipa.eval.domain.aggregation.EvaluatorTotal;
import kr.tipa.eval.domain.aggregation.SelectionStatus;
import kr.tipa.eval.domain.program.AggregationRules;
import kr.tipa.eval.excel.results.Styles.Kind;
import kr.tipa.eval.model.ApplicationOutcome;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * 종합평가표: one row per application in ranking order — every evaluator's total in panel order (the
 * dropped highest and lowest struck through and greyed, and named in their own column), the composite,
 * the outcome, the screening, the spread alert, and whose sheets the chair typed (위원장 대리 입력) — with the
 * capacity drawn as a line under its row.
 */
final class RankingSheet implements ResultSheet {

    private final ResultContext context;
    private final Labels labels;
    private final List<String> evaluators;
    private final Map<String, String> evaluatorNames;
    private final Map<String, String> shortNames;
    private final int[] widths;
    /**
     * The agency's merged result: each panel has its own evaluators, so the panel and each application's
     * totals (as text, in its panel's order) take the place of one column per evaluator.
     */
    private final boolean merged;

    RankingSheet(ResultContext context) {
        this.context = context;
        this.labels = context.labels();
        this.merged = context.input().results().merged();
        this.evaluatorNames = context.evaluatorColumns();
        this.shortNames = context.evaluatorNames();
        this.evaluators = merged ? List.of() : new ArrayList<>(evaluatorNames.keySet());
        this.widths = widths();
    }

    private int firstEvaluator() {
        return merged ? 5 : 3;
    }

    @Override
    public String name() {
        return labels.get("results.workbook.sheet.ranking");
    }

    private int firstAfterEvaluators() {
        return firstEvaluator() + evaluators.size();
    }

    private int[] widths() {
        int after = firstAfterEvaluators();
        int[] widths = new int[after + 9];
        widths[0] = 6;
        widths[1] = 15;
        widths[2] = 28;
        if (merged) {
            widths[3] = 8;
            widths[4] = 24;
        }
        for (int i = 0; i < evaluators.size(); i++) {
            widths[firstEvaluator() + i] = 11;
        }
        int[] rest = {36, 8, 10, 12, 12, 8, 12, 48, 24};
        System.arraycopy(rest, 0, widths, after, rest.length);
        return widths;
    }

    @Override
    public void prepare(Sheet sheet) {
        context.frame().prepare(sheet, name(), widths, 1, true, 3);
    }

    @Override
    public void rows(Sheet sheet) {
        context.frame().writeTitle(sheet, name(), legend());
        Styles styles = context.styles();
        RowWriter header = new RowWriter(sheet, SheetFrame.TITLE_ROWS, styles, false, widths).height(30);
        header.text(0, labels.get("results.workbook.column.rank"), Kind.HEADER)
                .text(1, labels.get("results.workbook.column.receiptNo"), Kind.HEADER)
                .text(2, labels.get("results.workbook.column.company"), Kind.HEADER);
        if (merged) {
            header.text(3, labels.get("results.workbook.column.panel"), Kind.HEADER)
                    .text(4, labels.get("results.workbook.column.totals"), Kind.HEADER);
        }
        for (int i = 0; i < evaluators.size(); i++) {
            header.text(firstEvaluator() + i, evaluatorNames.get(evaluators.get(i)), Kind.HEADER);
        }
        String[] rest = {
            "results.workbook.column.dropped",
            "results.workbook.column.sheetCount",
            "results.workbook.column.composite",
            "results.workbook.column.status",
            "results.workbook.column.screening",
            "results.workbook.column.spread",
            "results.workbook.column.spreadAlert",
            "results.workbook.column.notes",
            "results.workbook.column.proxy"
        };
        for (int i = 0; i < rest.length; i++) {
            header.text(firstAfterEvaluators() + i, labels.get(rest[i]), Kind.HEADER);
        }
        int capacity = context.program().capacity();
        int ranked = 0;
        int r = SheetFrame.TITLE_ROWS + 1;
        for (ApplicationOutcome o : context.outcomes()) {
            boolean line = false;
            if (o.aggregation().rank().isPresent()) {
                ranked++;
                line = capacity > 0 && ranked == capacity;
            }
            row(new RowWriter(sheet, r++, styles, line, widths), o);
        }
    }

    private void row(RowWriter w, ApplicationOutcome o) {
        AggregationResult a = o.aggregation();
        if (a.rank().isPresent()) {
            w.number(0, a.rank().get(), Kind.INTEGER);
        } else {
            w.blank(0, Kind.INTEGER);
        }
        w.text(1, o.receiptNo(), Kind.TEXT).text(2, o.application().companyName(), Kind.TEXT);
        if (merged) {
            w.text(3, context.input().results().panelOf(o.receiptNo()).orElse(""), Kind.TEXT_CENTER);
            w.text(4, String.join(" · ", a.totals().stream().map(t -> labels.plain(t.total())).toList()), Kind.TEXT);
        }
        Map<String, EvaluatorTotal> totals = new HashMap<>();
        a.totals().forEach(t -> totals.put(t.evaluatorId(), t));
        for (int i = 0; i < evaluators.size(); i++) {
            EvaluatorTotal t = totals.get(evaluators.get(i));
            boolean dropped = t != null && a.dropped().contains(t.evaluatorId());
            w.number(firstEvaluator() + i, t == null ? null : t.total(), dropped ? Kind.SCORE_DROPPED : Kind.SCORE);
        }
        int c = firstAfterEvaluators();
        w.text(c, dropped(a), Kind.TEXT_WRAP);
        w.number(c + 1, a.totals().size(), Kind.INTEGER);
        w.number(c + 2, a.composite().orElse(null), Kind.COMPOSITE);
        w.text(c + 3, labels.status(a.status()),
                a.status() == SelectionStatus.SELECTED ? Kind.SELECTED : Kind.TEXT_CENTER);
        w.text(c + 4, labels.screening(o.screening().status()), Kind.TEXT_CENTER);
        w.number(c + 5, a.spread().orElse(null), Kind.SCORE);
        if (a.spreadAlert()) {
            String limit = labels.plain(context.program().aggregation().spreadAlert());
            w.text(c + 6, labels.get("results.workbook.spreadAlert", limit), Kind.ALERT);
        } else {
            w.blank(c + 6, Kind.ALERT);
        }
        w.text(c + 7, labels.decision(o, context.input().exclusion(o), false), Kind.TEXT_WRAP);
        w.text(c + 8, proxied(o), Kind.TEXT_WRAP);
    }

    /** The evaluators whose counted sheet the chair typed (위원장 대리 입력), in panel order, by name. */
    private String proxied(ApplicationOutcome o) {
        List<String> names = o.aggregation().totals().stream().map(EvaluatorTotal::evaluatorId)
                .filter(id -> o.proxy(id).isPresent()).map(id -> shortNames.getOrDefault(id, id)).toList();
        return names.isEmpty() ? "" : labels.get("results.workbook.proxyNames", String.join(", ", names));
    }

    /** "최고 100점: 최지은 · 최저 60점: 박민수" (names only: the struck cells show exactly whose), or empty. */
    private String dropped(AggregationResult a) {
        Trim trim = Trim.of(a);
        List<String> parts = new ArrayList<>();
        trim.highest().ifPresent(t -> parts.add(
                labels.get("results.workbook.dropped.high", labels.plain(t.total()), name(t))));
        trim.lowest().ifPresent(t -> parts.add(
                labels.get("results.workbook.dropped.low", labels.plain(t.total()), name(t))));
        return String.join(" · ", parts);
    }

    private String name(EvaluatorTotal t) {
        return shortNames.getOrDefault(t.evaluatorId(), t.evaluatorId());
    }

    private String legend() {
        AggregationRules rules = context.program().aggregation();
        String trim = rules.trimWhenAtLeast().isPresent()
                ? labels.get("results.workbook.legend.trim", String.valueOf(rules.trimWhenAtLeast().getAsInt()))
                : labels.get("results.workbook.legend.noTrim");
        String legend = labels.get("results.workbook.legend.ranking", trim, labels.plain(rules.spreadAlert()),
                String.valueOf(context.program().capacity()));
        long selected = context.input().results().selectedCount();
        if (selected > context.program().capacity()) {
            legend += " " + labels.get("results.workbook.overCapacity", String.valueOf(selected),
                    String.valueOf(context.program().capacity()));
        }
        return legend;
    }
}
