package kr.tipa.eval.domain.panel;

import java.util.List;
import java.util.Optional;

/**
 * What a version 2 bundle adds to the programme: its panels with their rosters and applications, the
 * agency's 제척, and whether the round is blind (evaluators do not see who the company is). A version 1
 * bundle brings none of it ({@link #NONE}).
 */
public record RoundSetup(boolean blind, List<Panel> panels, List<AgencyConflict> conflicts) {

    public static final RoundSetup NONE = new RoundSetup(false, List.of(), List.of());

    public RoundSetup {
        panels = List.copyOf(panels);
        conflicts = List.copyOf(conflicts);
    }

    public Optional<Panel> panel(String id) {
        return panels.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The panel that scores the application, when the round has panels. */
    public Optional<Panel> panelOf(String receiptNo) {
        return panels.stream().filter(p -> p.receiptNos().contains(receiptNo)).findFirst();
    }
}
