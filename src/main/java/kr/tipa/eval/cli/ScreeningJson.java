package kr.tipa.eval.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import kr.tipa.eval.domain.screening.ScreeningDecision;
import kr.tipa.eval.domain.screening.ScreeningOverride;
import kr.tipa.eval.domain.screening.ScreeningReason;
import kr.tipa.eval.model.StoredApplication;

/** One application's screening as cli.md prints it, with the particulars after the required fields. */
final class ScreeningJson {

    private ScreeningJson() {
    }

    static ObjectNode decision(ScreeningDecision d, StoredApplication application) {
        ObjectNode node = Json.object();
        node.put("receiptNo", d.receiptNo());
        node.put("screening", d.status().name());
        ArrayNode reasons = node.putArray("reasons");
        d.codes().forEach(c -> reasons.add(c.name()));
        if (application != null) {
            node.put("company", application.companyName());
        }
        ObjectNode details = node.putObject("details");
        for (ScreeningReason reason : d.reasons()) {
            if (!reason.details().isEmpty()) {
                ArrayNode list = details.putArray(reason.code().name());
                reason.details().forEach(list::add);
            }
        }
        node.put("automatic", d.automatic().status().name());
        if (d.override().isPresent()) {
            ScreeningOverride o = d.override().get();
            node.putObject("override")
                    .put("decision", o.decision().name())
                    .put("reason", o.reason())
                    .put("by", o.decidedBy())
                    .put("at", o.decidedAt().toString());
        }
        return node;
    }
}
