package kr.tipa.eval.service;

import java.util.List;
import java.util.Optional;
import kr.tipa.eval.model.BundleRecord;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.model.StoredApplication;
import kr.tipa.eval.storage.ApplicationRepository;
import kr.tipa.eval.storage.RoundRepository;

/** Which rounds the database holds; commands without {@code --program} work on the newest. */
public final class RoundService {

    private final RoundRepository rounds;
    private final ApplicationRepository applications;

    public RoundService(RoundRepository rounds, ApplicationRepository applications) {
        this.rounds = rounds;
        this.applications = applications;
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

    public Optional<StoredApplication> application(Round round, String receiptNo) {
        return applications.find(round.id(), receiptNo).filter(a -> !a.withdrawn());
    }
}
