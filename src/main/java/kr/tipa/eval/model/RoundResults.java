package kr.tipa.eval.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.tipa.eval.domain.aggregation.SelectionStatus;

/**
 * A round's results: outcomes in ranking order (ranked first, then the rest by receipt number).
 *
 * @param panel   the evaluators whose totals the results hold, in panel order (on the agency's database of a
 *                round with panels, every panel's evaluators, panel by panel)
 * @param panelOf receipt number → the id of the panel (분과) that scores it; empty for a round without panels
 * @param merged  the results come from the panels' signed results (the agency's database), not from sheets
 *                scored on this database
 */
public record RoundResults(Round round, List<PanelMember> panel, List<ApplicationOutcome> outcomes,
        Map<String, String> panelOf, boolean merged) {

    public RoundResults {
        panel = List.copyOf(panel);
        outcomes = List.copyOf(outcomes);
        panelOf = Map.copyOf(panelOf);
    }

    /** Results of a round without panels, scored on this database. */
    public RoundResults(Round round, List<PanelMember> panel, List<ApplicationOutcome> outcomes) {
        this(round, panel, outcomes, Map.of(), false);
    }

    public long selectedCount() {
        return outcomes.stream().filter(o -> o.aggregation().status() == SelectionStatus.SELECTED).count();
    }

    /** The panel that scores the application, when the round has panels. */
    public Optional<String> panelOf(String receiptNo) {
        return Optional.ofNullable(panelOf.get(receiptNo));
    }
}
