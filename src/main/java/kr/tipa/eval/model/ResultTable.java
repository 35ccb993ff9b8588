package kr.tipa.eval.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kr.tipa.eval.domain.aggregation.AggregationResult;
import kr.tipa.eval.domain.packages.PackageDecision;
import kr.tipa.eval.domain.packages.SupportPackage;

/**
 * The results as one table with a fixed header, for the agency's own systems: {@code results --csv} writes
 * it and every result workbook carries it on its {@code data} sheet. The header never changes with the
 * language, the panel size or the round; one row per application, in the results' order.
 */
public record ResultTable(List<Row> rows) {

    /** Typed here, not taken from the enums, so that renaming a constant cannot change the file. */
    public static final List<String> HEADER = List.of("receiptNo", "panel", "company", "screening", "composite",
            "status", "rank", "P1_GROUP_INSURANCE", "P2_SHORT_TERM_INSURANCE_DISCOUNT", "P3_EXPORT_CONSULTING",
            "P4_BUYER_CREDIT_CHECK", "P5_PRE_SHIPMENT_GUARANTEE", "P6_POST_SHIPMENT_GUARANTEE", "evaluators");

    /** Where the package columns start in {@link #HEADER}. */
    public static final int FIRST_PACKAGE = 7;

    /**
     * One application.
     *
     * @param panel      the panel id, "" for a round without panels
     * @param composite  with exactly the programme's rounding scale; empty without one
     * @param packages   one status name per package (①–⑥), "" for each when the company is not selected
     * @param evaluators how many evaluators' totals the application has (before the highest and lowest are
     *                   dropped)
     */
    public record Row(String receiptNo, String panel, String company, String screening, Optional<BigDecimal> composite,
            String status, Optional<Integer> rank, List<String> packages, int evaluators) {
        public Row {
            packages = List.copyOf(packages);
        }

        /** The row as text, field by field in {@link #HEADER}'s order: what the CSV holds. */
        public List<String> fields() {
            List<String> fields = new ArrayList<>(HEADER.size());
            fields.add(receiptNo);
            fields.add(panel);
            fields.add(company);
            fields.add(screening);
            fields.add(composite.map(BigDecimal::toPlainString).orElse(""));
            fields.add(status);
            fields.add(rank.map(String::valueOf).orElse(""));
            fields.addAll(packages);
            fields.add(String.valueOf(evaluators));
            return fields;
        }
    }

    public ResultTable {
        rows = List.copyOf(rows);
    }

    public static ResultTable of(RoundResults results) {
        int scale = results.round().program().aggregation().roundingScale();
        List<Row> rows = new ArrayList<>();
        for (ApplicationOutcome o : results.outcomes()) {
            AggregationResult a = o.aggregation();
            List<String> packages = new ArrayList<>();
            for (SupportPackage p : SupportPackage.values()) {
                PackageDecision d = o.packages().get(p);
                packages.add(d == null ? "" : d.status().name());
            }
            rows.add(new Row(o.receiptNo(), results.panelOf(o.receiptNo()).orElse(""), o.application().companyName(),
                    o.screening().status().name(), a.composite().map(c -> c.setScale(scale)), a.status().name(),
                    a.rank(), packages, a.totals().size()));
        }
        return new ResultTable(rows);
    }
}
