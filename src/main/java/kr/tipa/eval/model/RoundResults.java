package kr.tipa.eval.model;

import java.util.List;
import kr.tipa.eval.domain.aggregation.SelectionStatus;

/** A round's results: outcomes in ranking order (ranked first, then the rest by receipt number). */
public record RoundResults(Round round, List<PanelMember> panel, List<ApplicationOutcome> outcomes) {

    public RoundResults {
        panel = List.copyOf(panel);
        outcomes = List.copyOf(outcomes);
    }

    public long selectedCount() {
        return outcomes.stream().filter(o -> o.aggregation().status() == SelectionStatus.SELECTED).count();
    }
}
