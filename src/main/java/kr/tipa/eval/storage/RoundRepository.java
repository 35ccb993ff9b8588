package kr.tipa.eval.storage;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kr.tipa.eval.domain.program.Program;
import kr.tipa.eval.model.BundleRecord;
import kr.tipa.eval.model.Round;

/** Rounds, and the bundles that made their versions. */
public interface RoundRepository {

    Optional<Round> findByCode(String programCode);

    Optional<Round> findById(long id);

    /** Every round, the most recently changed first. */
    List<Round> all();

    Round create(Program program, String bundleId, Instant at);

    /** Makes {@code bundleId} the round's newest version, with its programme. */
    void advance(long roundId, Program program, String bundleId, int versionNo, Instant at);

    Optional<BundleRecord> findBundle(String bundleId);

    List<BundleRecord> bundles(long roundId);

    void insertBundle(BundleRecord bundle, Program program);
}
