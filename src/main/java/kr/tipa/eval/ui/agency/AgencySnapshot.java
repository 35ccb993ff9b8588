package kr.tipa.eval.ui.agency;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kr.tipa.eval.domain.panel.Panel;
import kr.tipa.eval.domain.panel.RoundSetup;
import kr.tipa.eval.domain.screening.ScreeningDecision;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.model.StoredApplication;
import kr.tipa.eval.service.RoundService;
import kr.tipa.eval.service.ScreeningService;

/** What the agency's screening and split tabs show, read together in the background so that they agree. */
record AgencySnapshot(List<ScreeningRow> rows, List<Panel> panels, boolean blind) {

    static final AgencySnapshot NONE = new AgencySnapshot(List.of(), List.of(), false);

    AgencySnapshot {
        rows = List.copyOf(rows);
        panels = List.copyOf(panels);
    }

    static AgencySnapshot read(RoundService rounds, ScreeningService screening, Round round) {
        RoundSetup setup = rounds.setup(round).orElse(RoundSetup.NONE);
        Map<String, ScreeningDecision> decisions = screening.decisionsByReceipt(round);
        List<ScreeningRow> rows = new ArrayList<>();
        for (StoredApplication application : rounds.applications(round)) {
            ScreeningDecision decision = decisions.get(application.receiptNo());
            if (application.withdrawn() || decision == null) {
                continue;
            }
            rows.add(new ScreeningRow(application.receiptNo(), application.companyName(),
                    setup.panelOf(application.receiptNo()).map(Panel::id).orElse(""), decision));
        }
        return new AgencySnapshot(rows, setup.panels(), setup.blind());
    }
}
