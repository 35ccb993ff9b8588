package kr.tipa.eval.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import kr.tipa.eval.domain.advisory.PanelAdvisory;
import kr.tipa.eval.domain.aggregation.AggregationResult;
import kr.tipa.eval.domain.aggregation.EvaluatorTotal;
import kr.tipa.eval.domain.packages.PackageDecision;
import kr.tipa.eval.domain.packages.Restriction;
import kr.tipa.eval.domain.packages.SupportPackage;
import kr.tipa.eval.model.ApplicationOutcome;
import kr.tipa.eval.model.Decimals;
import kr.tipa.eval.model.RoundResults;
import kr.tipa.eval.service.PanelResultImportService;

/** {@code results --json} in the shape of cli.md, the required fields first, the particulars after. */
final class ResultsJson {

    private ResultsJson() {
    }

    /**
     * @param advisory 참고용 figures, printed under {@code advisory} (for the round and beside each
     *                 application) and never in {@code composite}, {@code status} or {@code rank}
     */
    static ObjectNode of(RoundResults results, PanelAdvisory advisory) {
        var program = results.round().program();
        ObjectNode root = Json.object();
        root.put("programCode", program.code());
        root.put("cutoff", number(program.cutoff()));
        root.put("capacity", program.capacity());
        ArrayNode applications = root.putArray("applications");
        for (ApplicationOutcome o : results.outcomes()) {
            ObjectNode node = application(results, o, program.aggregation().roundingScale());
            PanelAdvisory.Advice advice = advisory.applications().get(o.receiptNo());
            if (advice != null) {
                AdvisoryJson.application(node.putObject("advisory"), advice);
            }
            applications.add(node);
        }
        root.put("selected", results.selectedCount());
        AdvisoryJson.round(root.putObject("advisory"), advisory);
        return root;
    }

    /**
     * On the agency's database: each panel's state, {@code MISSING}, {@code PROVISIONAL} or {@code FINAL},
     * with the version, chair, signer and fingerprint of its current result.
     */
    static void panels(ObjectNode root, List<PanelResultImportService.PanelState> states) {
        root.put("merged", true);
        ArrayNode panels = root.putArray("panels");
        for (PanelResultImportService.PanelState s : states) {
            ObjectNode p = panels.addObject().put("id", s.panel().id()).put("name", s.panel().name())
                    .put("state", s.state().name());
            s.current().ifPresent(r -> p.put("version", r.seq()).put("chair", r.chairName())
                    .put("signer", r.signerName()).put("fingerprint", r.fingerprint())
                    .put("generatedAt", r.generatedAt().toString()));
        }
    }

    private static ObjectNode application(RoundResults results, ApplicationOutcome o, int scale) {
        AggregationResult a = o.aggregation();
        ObjectNode node = Json.object();
        node.put("receiptNo", o.receiptNo());
        results.panelOf(o.receiptNo()).ifPresent(p -> node.put("panel", p));
        node.put("company", o.application().companyName());
        node.put("screening", o.screening().status().name());
        ArrayNode reasons = node.putArray("reasons");
        o.screening().codes().forEach(c -> reasons.add(c.name()));
        ArrayNode totals = node.putArray("evaluatorTotals");
        a.totals().forEach(t -> totals.add(Decimals.plain(t.total())));
        if (a.composite().isPresent()) {
            node.put("composite", a.composite().get().setScale(scale).toPlainString());
        } else {
            node.putNull("composite");
        }
        node.put("status", a.status().name());
        if (a.rank().isPresent()) {
            node.put("rank", a.rank().get());
        } else {
            node.putNull("rank");
        }
        if (o.application().application().inPanelPackage()) {
            // ①–⑥ rest on facts the package leaves out: the agency decides them on its own database.
            node.put("packagesDecidedByAgency", true);
        }
        ObjectNode packages = node.putObject("packages");
        for (SupportPackage p : SupportPackage.values()) {
            PackageDecision d = o.packages().get(p);
            if (d != null) {
                packages.put(p.name(), d.status().name());
            }
        }
        ArrayNode evaluators = node.putArray("evaluators");
        a.totals().stream().map(EvaluatorTotal::evaluatorId).forEach(evaluators::add);
        ArrayNode dropped = node.putArray("dropped");
        a.totals().stream().map(EvaluatorTotal::evaluatorId).filter(a.dropped()::contains).forEach(dropped::add);
        if (a.spread().isPresent()) {
            node.put("spread", Decimals.plain(a.spread().get()));
        }
        node.put("spreadAlert", a.spreadAlert());
        ObjectNode notes = node.putObject("packageReasons");
        for (PackageDecision d : o.packages().values()) {
            if (!d.reasons().isEmpty()) {
                ArrayNode list = notes.putArray(d.supportPackage().name());
                d.reasons().stream().map(Restriction::name).forEach(list::add);
            }
        }
        a.exclusionReason().ifPresent(r -> node.put("exclusionReason", r));
        proxies(node, o);
        return node;
    }

    /**
     * 위원장 대리 입력: the evaluators whose counted sheet someone else typed (in the order of
     * {@code evaluators}), and for each who entered it, when, and from what file.
     */
    private static void proxies(ObjectNode node, ApplicationOutcome o) {
        ArrayNode entered = node.putArray("proxyEntered");
        ArrayNode entries = node.putArray("proxyEntries");
        for (String evaluator : o.aggregation().totals().stream().map(EvaluatorTotal::evaluatorId).toList()) {
            o.proxy(evaluator).ifPresent(p -> {
                entered.add(evaluator);
                entries.addObject().put("evaluator", evaluator).put("version", p.version())
                        .put("enteredBy", p.enteredBy()).put("enteredAt", p.enteredAt().toString())
                        .put("sourceFile", p.sourceFile()).put("sourceSha256", p.sourceSha256());
            });
        }
    }

    /** The cutoff as the manifest gave it: 60, or 60.5. */
    private static BigDecimal number(BigDecimal value) {
        return new BigDecimal(Decimals.plain(value));
    }
}
