package kr.tipa.eval.excel.results;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.tipa.eval.domain.aggregation.SelectionStatus;
import kr.tipa.eval.domain.packages.PackageDecision;
import kr.tipa.eval.domain.packages.PackageStatus;
import kr.tipa.eval.domain.packages.Restriction;
import kr.tipa.eval.domain.packages.SupportPackage;
import kr.tipa.eval.domain.screening.ScreeningStatus;
import kr.tipa.eval.excel.results.Styles.Kind;
import kr.tipa.eval.model.ApplicationOutcome;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * 지원대상 추천 목록 for the insurer: the selected companies only, in rank order, with ①–⑥ each granted
 * (○), restricted (the restriction in words) or not applicable (–), and the notes the insurer needs
 * (the once-only US$30백만 allowance, ① subject to its own review).
 */
final class RecommendationSheet implements ResultSheet {

    private static final int FIRST_PACKAGE = 5;

    private final ResultContext context;
    private final Labels labels;
    private final int[] widths;

    RecommendationSheet(ResultContext context) {
        this.context = context;
        this.labels = context.labels();
        this.widths = new int[FIRST_PACKAGE + SupportPackage.values().length + 1];
        int[] fixed = {6, 28, 14, 15, 10};
        System.arraycopy(fixed, 0, widths, 0, fixed.length);
        for (int i = 0; i < SupportPackage.values().length; i++) {
            widths[FIRST_PACKAGE + i] = 16;
        }
        widths[widths.length - 1] = 48;
    }

    @Override
    public String name() {
        return labels.get("results.workbook.sheet.recommendation");
    }

    @Override
    public void prepare(Sheet sheet) {
        context.frame().prepare(sheet, name(), widths, 1, true, 2);
    }

    /** The selected outcomes in rank order. */
    static List<ApplicationOutcome> selected(List<ApplicationOutcome> outcomes) {
        return outcomes.stream().filter(o -> o.aggregation().status() == SelectionStatus.SELECTED)
                .sorted(Comparator.comparing((ApplicationOutcome o) -> o.aggregation().rank().orElse(Integer.MAX_VALUE))
                        .thenComparing(ApplicationOutcome::receiptNo))
                .toList();
    }

    @Override
    public void rows(Sheet sheet) {
        String legend = labels.get("results.workbook.recommendation.legend");
        long selected = context.input().results().selectedCount();
        if (selected > context.program().capacity()) {
            legend += " " + labels.get("results.workbook.overCapacity", String.valueOf(selected),
                    String.valueOf(context.program().capacity()));
        }
        String title = labels.get("results.workbook.recommendation.title", name(), context.program().partner());
        context.frame().writeTitle(sheet, title, legend);
        RowWriter header = new RowWriter(sheet, SheetFrame.TITLE_ROWS, context.styles(), false, widths).height(30);
        String[] fixed = {
            "results.workbook.column.rank",
            "results.workbook.column.company",
            "results.workbook.column.businessNo",
            "results.workbook.column.receiptNo",
            "results.workbook.column.composite"
        };
        for (int c = 0; c < fixed.length; c++) {
            header.text(c, labels.get(fixed[c]), Kind.HEADER);
        }
        for (SupportPackage p : SupportPackage.values()) {
            header.text(FIRST_PACKAGE + p.ordinal(), labels.supportPackage(p), Kind.HEADER);
        }
        header.text(FIRST_PACKAGE + SupportPackage.values().length, labels.get("results.workbook.column.notes"),
                Kind.HEADER);
        int r = SheetFrame.TITLE_ROWS + 1;
        for (ApplicationOutcome o : selected(context.outcomes())) {
            row(new RowWriter(sheet, r++, context.styles(), false, widths), o);
        }
    }

    private void row(RowWriter w, ApplicationOutcome o) {
        w.number(0, o.aggregation().rank().orElseThrow(), Kind.INTEGER)
                .text(1, o.application().companyName(), Kind.TEXT)
                .text(2, java.util.Objects.requireNonNullElse(
                        o.application().application().company().businessRegistrationNo(), ""), Kind.TEXT)
                .text(3, o.receiptNo(), Kind.TEXT)
                .number(4, o.aggregation().composite().orElseThrow(), Kind.COMPOSITE);
        boolean byAgency = o.application().application().inPanelPackage();
        for (SupportPackage p : SupportPackage.values()) {
            PackageDecision d = o.packages().get(p);
            // A panel package leaves out the facts ①–⑥ rest on: the agency decides them on its own database.
            w.text(FIRST_PACKAGE + p.ordinal(), byAgency ? labels.get("results.workbook.package.byAgency") : mark(d),
                    Kind.TEXT_CENTER);
        }
        w.text(FIRST_PACKAGE + SupportPackage.values().length, notes(o), Kind.TEXT_WRAP);
    }

    /** ○, –, or "제한: …"; a package the results do not list at all is not applicable. */
    String mark(PackageDecision d) {
        if (d == null || d.status() == PackageStatus.NOT_APPLICABLE) {
            return labels.get("results.workbook.package.notApplicable");
        }
        if (d.status() == PackageStatus.GRANTED) {
            return labels.get("results.workbook.package.granted");
        }
        List<String> reasons = d.reasons().stream().map(labels::restriction).toList();
        return labels.get("results.workbook.package.restricted", String.join(", ", reasons));
    }

    private String notes(ApplicationOutcome o) {
        // A note that holds for ① and ② alike is written once, under both marks.
        Map<Restriction, StringBuilder> marks = new LinkedHashMap<>();
        for (PackageDecision d : o.packages().values()) {
            if (d.status() == PackageStatus.GRANTED) {
                d.reasons().forEach(r -> marks.computeIfAbsent(r, k -> new StringBuilder())
                        .append(d.supportPackage().mark()));
            }
        }
        List<String> notes = new ArrayList<>();
        marks.forEach((r, m) -> notes.add(labels.get("results.workbook.note.package", m, labels.restriction(r))));
        PackageDecision groupInsurance = o.packages().get(SupportPackage.P1_GROUP_INSURANCE);
        if (groupInsurance != null && groupInsurance.status() == PackageStatus.GRANTED) {
            notes.add(labels.get("results.workbook.note.groupInsuranceReview"));
        }
        if (o.screening().status() == ScreeningStatus.NEEDS_REVIEW) {
            notes.add(labels.get("results.workbook.reason.needsReview"));
        }
        return String.join("\n", notes);
    }
}
