package kr.tipa.eval.storage;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kr.tipa.eval.domain.scoring.Evaluator;
import kr.tipa.eval.model.PanelMember;

/** The panel registered on this database. */
public interface EvaluatorRepository {

    /** Registers an evaluator at the end of the panel. */
    PanelMember insert(Evaluator evaluator, boolean self, Instant at);

    void update(Evaluator evaluator);

    Optional<PanelMember> find(String id);

    /** Every evaluator in panel order. */
    List<PanelMember> all();

    /** The person using this installation, when one is registered. */
    Optional<PanelMember> self();
}
