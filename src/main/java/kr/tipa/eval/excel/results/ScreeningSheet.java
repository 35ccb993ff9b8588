package kr.tipa.eval.excel.results;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import kr.tipa.eval.domain.screening.ScreeningDecision;
import kr.tipa.eval.domain.screening.ScreeningOverride;
import kr.tipa.eval.domain.screening.ScreeningReason;
import kr.tipa.eval.excel.results.Styles.Kind;
import kr.tipa.eval.model.ApplicationOutcome;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * 자격 요건검토 결과: every application by receipt number — the automatic result and the final one, every
 * reason code with its Korean label and particulars (which documents are missing), and the hand decision
 * in force with who, when and why, earlier hand decisions listed after it.
 */
final class ScreeningSheet implements ResultSheet {

    private static final String[] COLUMNS = {
        "results.workbook.column.receiptNo",
        "results.workbook.column.company",
        "results.workbook.column.businessNo",
        "results.workbook.column.automatic",
        "results.workbook.column.final",
        "results.workbook.column.codes",
        "results.workbook.column.reasons",
        "results.workbook.column.details",
        "results.workbook.column.override",
        "results.workbook.column.decidedBy",
        "results.workbook.column.decidedAt",
        "results.workbook.column.overrideReason",
        "results.workbook.column.earlierOverrides"
    };

    private final ResultContext context;
    private final Labels labels;
    private final int[] widths = {15, 24, 14, 10, 10, 30, 36, 40, 10, 12, 18, 30, 40};

    private final Map<String, List<ScreeningOverride>> overrides;

    ScreeningSheet(ResultContext context) {
        this.context = context;
        this.labels = context.labels();
        this.overrides = context.input().overrides().stream()
                .sorted(Comparator.comparing(ScreeningOverride::decidedAt))
                .collect(Collectors.groupingBy(ScreeningOverride::receiptNo));
    }

    @Override
    public String name() {
        return labels.get("results.workbook.sheet.screening");
    }

    @Override
    public void prepare(Sheet sheet) {
        context.frame().prepare(sheet, name(), widths, 1, true, 2);
    }

    @Override
    public void rows(Sheet sheet) {
        context.frame().writeTitle(sheet, name(), labels.get("results.workbook.screening.legend"));
        RowWriter header = new RowWriter(sheet, SheetFrame.TITLE_ROWS, context.styles(), false, widths).height(30);
        for (int c = 0; c < COLUMNS.length; c++) {
            header.text(c, labels.get(COLUMNS[c]), Kind.HEADER);
        }
        List<ApplicationOutcome> byReceipt = context.outcomes().stream()
                .sorted(Comparator.comparing(ApplicationOutcome::receiptNo)).toList();
        int r = SheetFrame.TITLE_ROWS + 1;
        for (ApplicationOutcome o : byReceipt) {
            row(new RowWriter(sheet, r++, context.styles(), false, widths), o);
        }
    }

    private void row(RowWriter w, ApplicationOutcome o) {
        ScreeningDecision d = o.screening();
        List<String> codes = new ArrayList<>();
        List<String> words = new ArrayList<>();
        List<String> details = new ArrayList<>();
        for (ScreeningReason reason : d.reasons()) {
            codes.add(reason.code().name());
            words.add(labels.code(reason.code()));
            if (!reason.details().isEmpty()) {
                details.add(labels.get("results.workbook.detail", reason.code().name(), labels.details(reason)));
            }
        }
        w.text(0, o.receiptNo(), Kind.TEXT)
                .text(1, o.application().companyName(), Kind.TEXT)
                .text(2, java.util.Objects.requireNonNullElse(
                        o.application().application().company().businessRegistrationNo(), ""), Kind.TEXT)
                .text(3, labels.screening(d.automatic().status()), Kind.TEXT_CENTER)
                .text(4, labels.screening(d.status()), Kind.TEXT_CENTER)
                .text(5, String.join("\n", codes), Kind.TEXT_WRAP)
                .text(6, String.join("\n", words), Kind.TEXT_WRAP)
                .text(7, String.join("\n", details), Kind.TEXT_WRAP);
        Optional<ScreeningOverride> override = d.override();
        w.text(8, override.map(v -> labels.screening(v.decision())).orElse(""), Kind.TEXT_CENTER)
                .text(9, override.map(ScreeningOverride::decidedBy).orElse(""), Kind.TEXT)
                .dateTime(10, override.map(ScreeningOverride::decidedAt).orElse(null), labels.zone(), Kind.DATE_TIME)
                .text(11, override.map(ScreeningOverride::reason).orElse(""), Kind.TEXT_WRAP)
                .text(12, earlier(o.receiptNo(), override), Kind.TEXT_WRAP);
    }

    /** The hand decisions this application had before the one in force, oldest first. */
    private String earlier(String receiptNo, Optional<ScreeningOverride> current) {
        return overrides.getOrDefault(receiptNo, List.of()).stream()
                .filter(v -> !current.map(v::equals).orElse(false))
                .map(v -> labels.get("results.workbook.earlierOverride", labels.time(v.decidedAt()), v.decidedBy(),
                        labels.screening(v.decision()), v.reason()))
                .collect(Collectors.joining("\n"));
    }
}
