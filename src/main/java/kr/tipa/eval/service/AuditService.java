package kr.tipa.eval.service;

import java.util.Optional;
import kr.tipa.eval.model.AuditEntry;
import kr.tipa.eval.storage.AuditLog;

/** The audit trail as screens and commands see it: how long it is and where its hash chain breaks. */
public final class AuditService {

    /** The trail's length and its first broken entry, if any. */
    public record Check(int entries, Optional<AuditEntry> firstBreak) {
    }

    private final AuditLog audit;

    public AuditService(AuditLog audit) {
        this.audit = audit;
    }

    public Check verify() {
        return new Check(audit.all().size(), audit.firstBreak());
    }
}
