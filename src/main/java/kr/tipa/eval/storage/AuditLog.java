package kr.tipa.eval.storage;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.tipa.eval.model.AuditEntry;

/** The append-only, hash-chained audit trail. */
public interface AuditLog {

    /** Appends an entry (inside the caller's transaction when there is one). */
    AuditEntry append(String actor, String action, String subject, Map<String, ?> detail);

    List<AuditEntry> all();

    /** The first entry whose hash or link does not hold, if any. */
    Optional<AuditEntry> firstBreak();
}
