package kr.tipa.eval.service;

import java.util.List;
import java.util.Optional;
import kr.tipa.eval.domain.panel.Panel;
import kr.tipa.eval.domain.panel.RosterMember;
import kr.tipa.eval.domain.panel.RoundSetup;
import kr.tipa.eval.model.BundleRecord;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.model.StoredApplication;
import kr.tipa.eval.storage.ApplicationRepository;
import kr.tipa.eval.storage.RoundRepository;
import kr.tipa.eval.storage.RoundSetupRepository;

/** Which rounds the database holds; commands without {@code --program} work on the newest. */
public final class RoundService {

    private final RoundRepository rounds;
    private final ApplicationRepository applications;
    private final RoundSetupRepository setups;

    public RoundService(RoundRepository rounds, ApplicationRepository applications, RoundSetupRepository setups) {
        this.rounds = rounds;
        this.applications = applications;
        this.setups = setups;
    }

    public List<Round> all() {
        return rounds.all();
    }

    /**
     * The round with this programme code, or the most recently changed one when {@code programCode} is null.
     *
     * @throws NoRoundException when there is none
     */
    public Round require(String programCode) {
        Optional<Round> round = programCode == null
                ? rounds.all().stream().findFirst()
                : rounds.findByCode(programCode);
        return round.orElseThrow(() -> new NoRoundException(programCode));
    }

    public List<BundleRecord> versions(Round round) {
        return rounds.bundles(round.id());
    }

    public List<StoredApplication> applications(Round round) {
        return applications.ofRound(round.id());
    }

    /**
     * What the round's newest signed bundle brought: panels with rosters and applications, the agency's
     * 제척, the blind flag. Empty for a round held from version 1 bundles (one panel: this database's
     * evaluators, every application).
     */
    public Optional<RoundSetup> setup(Round round) {
        return setups.setup(round.id());
    }

    /** The round's panels in the agency's order; none for a round from version 1 bundles. */
    public List<Panel> panels(Round round) {
        return setup(round).map(RoundSetup::panels).orElse(List.of());
    }

    /**
     * Everyone on a roster of a round this database holds, each once (the first roster naming them wins).
     * Empty when no round came with a roster: then anyone may be registered, as before version 2.
     */
    public List<RosterMember> roster() {
        java.util.Map<String, RosterMember> members = new java.util.LinkedHashMap<>();
        for (Round round : rounds.all()) {
            panels(round).forEach(p -> p.members().forEach(m -> members.putIfAbsent(m.evaluatorId(), m)));
        }
        return List.copyOf(members.values());
    }

    /** Whether evaluators are not to see who the company is (a blind round: every screen says so). */
    public boolean blind(Round round) {
        return setup(round).map(RoundSetup::blind).orElse(false);
    }

    /** The agency certificate the round's programme is pinned to, when it came in a signed bundle. */
    public Optional<RoundSetupRepository.AgencyPin> agencyPin(Round round) {
        return setups.agencyPin(round.programCode());
    }

    public Optional<StoredApplication> application(Round round, String receiptNo) {
        return applications.find(round.id(), receiptNo).filter(a -> !a.withdrawn());
    }
}
