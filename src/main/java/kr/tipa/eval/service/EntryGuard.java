package kr.tipa.eval.service;

import java.util.Optional;
import kr.tipa.eval.model.PanelMember;
import kr.tipa.eval.model.ProxySource;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.storage.EvaluatorRepository;
import kr.tipa.eval.storage.ScoringRepository;

/**
 * Who may put scores into a sheet on this laptop, whatever the route (the window's autosave, {@code scores
 * load}, a submission):
 * <ul>
 * <li>the laptop's own evaluator ({@link PanelMember#self()}) enters their own scores, once they have
 * pledged for the round; their submissions are signed with their key;</li>
 * <li>anyone else's scores are a proxy entry (위원장 대리 입력), which must say who typed them and from what
 * file. The evaluator's pledge is not asked for — they did not type these scores and may have pledged on
 * their own laptop only — but when the person at this laptop is on the panel (a chair who also scores),
 * that person must have pledged for the round. A database with no own evaluator (a pure chair's or
 * agency's) treats every evaluator as someone else.</li>
 * </ul>
 */
final class EntryGuard {

    private final EvaluatorRepository evaluators;
    private final ScoringRepository scoring;

    EntryGuard(EvaluatorRepository evaluators, ScoringRepository scoring) {
        this.evaluators = evaluators;
        this.scoring = scoring;
    }

    /** @throws RefusedException when this entry is not allowed (see the class comment) */
    void require(Round round, String evaluatorId, Optional<ProxySource> proxy) {
        PanelMember member = evaluators.find(evaluatorId)
                .orElseThrow(() -> new RefusedException("scoring.refused.unknownEvaluator", evaluatorId));
        Optional<PanelMember> self = evaluators.self();
        boolean own = self.isPresent() && self.get().id().equals(evaluatorId);
        if (proxy.isEmpty()) {
            if (!own) {
                throw new RefusedException("scoring.refused.notSelf", evaluatorId, member.evaluator().name());
            }
            requirePledge(round, member, "scoring.refused.noPledge");
        } else {
            if (own) {
                throw new RefusedException("scoring.refused.proxyForSelf", evaluatorId, member.evaluator().name());
            }
            if (self.isPresent()) {
                requirePledge(round, self.get(), "scoring.refused.chairNoPledge");
            }
        }
    }

    /** Whether {@code evaluatorId} is this laptop's own evaluator. */
    boolean isSelf(String evaluatorId) {
        return evaluators.self().map(m -> m.id().equals(evaluatorId)).orElse(false);
    }

    private void requirePledge(Round round, PanelMember member, String key) {
        if (scoring.pledgeAcceptedAt(round.id(), member.id()).isEmpty()) {
            throw new RefusedException(key, member.id(), member.evaluator().name(), round.program().name(),
                    round.programCode());
        }
    }
}
