package kr.tipa.eval.service;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.tipa.eval.domain.scoring.Evaluator;
import kr.tipa.eval.model.PanelMember;
import kr.tipa.eval.storage.AuditLog;
import kr.tipa.eval.storage.EvaluatorRepository;
import kr.tipa.eval.storage.Transactions;

/** The panel registered on this database, and the person using it (the window's evaluator or the chair). */
public final class EvaluatorService {

    private final Transactions transactions;
    private final EvaluatorRepository evaluators;
    private final AuditLog audit;
    private final Clock clock;
    private final RoundService rounds;

    public EvaluatorService(Transactions transactions, EvaluatorRepository evaluators, AuditLog audit, Clock clock,
            RoundService rounds) {
        this.transactions = transactions;
        this.evaluators = evaluators;
        this.audit = audit;
        this.clock = clock;
        this.rounds = rounds;
    }

    /**
     * Registers an evaluator; {@code self} makes them the person using this laptop, whose own scores are
     * signed with their key (there is at most one, and it is never moved to someone else: a sheet typed
     * here for anyone else is a proxy entry, see EntryGuard). Once the database holds a round that came
     * with a roster (a panel package on a member's laptop, the same package on the chair's), only an
     * evaluator on that roster may be registered: a member's laptop accepts no one the agency did not name.
     *
     * @throws RefusedException when the id is taken or malformed, the name is blank, the id is on no roster,
     *         or {@code self} is asked for while this laptop already has its own evaluator
     */
    public PanelMember add(String id, String name, String affiliation, boolean self) {
        Evaluator evaluator;
        try {
            evaluator = new Evaluator(id, name == null ? "" : name.strip(), affiliation == null ? "" : affiliation.strip());
        } catch (IllegalArgumentException e) {
            throw new RefusedException("evaluator.refused.invalid", id, name);
        }
        return transactions.inTransaction(() -> {
            if (evaluators.find(id).isPresent()) {
                throw new RefusedException("evaluator.refused.exists", id);
            }
            List<String> roster = rounds.roster().stream().map(m -> m.evaluatorId()).toList();
            if (!roster.isEmpty() && !roster.contains(id)) {
                throw new RefusedException("evaluator.refused.notOnRoster", id, String.join(", ", roster));
            }
            if (self) {
                Optional<PanelMember> current = evaluators.self();
                if (current.isPresent()) {
                    throw new RefusedException("evaluator.refused.selfExists", id, current.get().id(),
                            current.get().evaluator().name());
                }
            }
            PanelMember member = evaluators.insert(evaluator, self, clock.instant());
            audit.append(id, "EVALUATOR_ADDED", id, Map.of("name", evaluator.name(),
                    "affiliation", evaluator.affiliation()));
            return member;
        });
    }

    public void update(Evaluator evaluator) {
        evaluators.update(evaluator);
    }

    public List<PanelMember> all() {
        return evaluators.all();
    }

    public Optional<PanelMember> find(String id) {
        return evaluators.find(id);
    }

    public Optional<PanelMember> self() {
        return evaluators.self();
    }

    /** @throws RefusedException when no evaluator has this id */
    public PanelMember require(String id) {
        return evaluators.find(id).orElseThrow(() -> new RefusedException("scoring.refused.unknownEvaluator", id));
    }
}
