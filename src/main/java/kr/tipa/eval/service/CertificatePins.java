package kr.tipa.eval.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import kr.tipa.eval.domain.panel.Panel;
import kr.tipa.eval.domain.panel.RosterMember;
import kr.tipa.eval.model.CertificatePin;
import kr.tipa.eval.model.ImportedSheetFile;
import kr.tipa.eval.model.PinSource;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.signing.Fingerprint;
import kr.tipa.eval.storage.AuditLog;
import kr.tipa.eval.storage.KeyRepository;
import kr.tipa.eval.storage.Transactions;

/**
 * Which certificate the chair's database takes as an evaluator's. When the round's roster (signed by the
 * agency) names the evaluator's certificate, that one only, whatever was pinned before and whatever the
 * chair says: a re-key cannot override the agency. Where the roster names none, the first sheet's
 * certificate is pinned (trust on first use) and stays marked until the chair confirms it — after reading
 * the fingerprint back to the evaluator over the phone — which the audit trail records with who and when.
 */
public final class CertificatePins {

    /** What the pins decided for one signed workbook. */
    public record Admission(PinSource pinnedBy, boolean rekeyed) {
    }

    /** The fingerprint the chair heard may be the short form (eight pairs) or the whole of it. */
    private static final int SHORT_HEX = 16;
    private static final int FULL_HEX = 64;

    private final Transactions transactions;
    private final RoundService rounds;
    private final KeyRepository keys;
    private final AuditLog audit;
    private final Clock clock;

    public CertificatePins(Transactions transactions, RoundService rounds, KeyRepository keys, AuditLog audit,
            Clock clock) {
        this.transactions = transactions;
        this.rounds = rounds;
        this.keys = keys;
        this.audit = audit;
        this.clock = clock;
    }

    /** The fingerprint the round's roster gives for the evaluator, when it gives one. */
    public Optional<Fingerprint> roster(Round round, String evaluatorId) {
        for (Panel panel : rounds.panels(round)) {
            Optional<RosterMember> member = panel.member(evaluatorId);
            if (member.isPresent()) {
                return member.get().certificate().map(Fingerprint::new);
            }
        }
        return Optional.empty();
    }

    /**
     * The roster's fingerprint for the evaluator in the newest round this database holds (the round a member
     * scores on their laptop), or in the round named.
     */
    public Optional<Fingerprint> rosterOfNewest(String evaluatorId) {
        return rounds.all().stream().findFirst().flatMap(r -> roster(r, evaluatorId));
    }

    /**
     * Decides whether {@code fingerprint} may sign the evaluator's sheets in {@code round}, and pins it when
     * it is the roster's or the first one seen. Runs inside the import's transaction, so a refusal later in
     * the import leaves no pin behind.
     *
     * @param acceptRekey the chair confirmed a changed certificate; never enough against the roster
     * @throws IntegrityException when the roster names another certificate (both fingerprints named), or a
     *                            first-import pin differs and the re-key was not accepted
     */
    Admission admit(Round round, String fileName, String evaluatorId, String fingerprint, byte[] der,
            boolean acceptRekey) {
        Optional<KeyRepository.StoredCertificate> pinned = keys.pinned(evaluatorId);
        Optional<Fingerprint> roster = roster(round, evaluatorId);
        Instant now = clock.instant();
        if (roster.isPresent()) {
            if (!roster.get().value().equals(fingerprint)) {
                throw new IntegrityException("sheets.import.notRoster", fileName, evaluatorId, roster.get().value(),
                        fingerprint);
            }
            boolean changed = pinned.isPresent() && !pinned.get().fingerprint().equals(fingerprint);
            if (changed) {
                audit.append("chair", "REKEY", evaluatorId, Map.of("from", pinned.get().fingerprint(), "to",
                        fingerprint, "by", PinSource.ROSTER.name()));
            }
            if (pinned.isEmpty() || changed) {
                keys.pin(new KeyRepository.StoredCertificate(evaluatorId, fingerprint, der, PinSource.ROSTER.name(),
                        now));
            }
            return new Admission(PinSource.ROSTER, changed);
        }
        if (pinned.isPresent() && pinned.get().fingerprint().equals(fingerprint)) {
            return new Admission(PinSource.valueOf(pinned.get().origin()), false);
        }
        if (pinned.isPresent() && !acceptRekey) {
            throw new IntegrityException("sheets.import.rekey", evaluatorId, pinned.get().fingerprint(), fingerprint);
        }
        if (pinned.isPresent()) {
            audit.append("chair", "REKEY", evaluatorId, Map.of("from", pinned.get().fingerprint(), "to", fingerprint));
        }
        keys.pin(new KeyRepository.StoredCertificate(evaluatorId, fingerprint, der, PinSource.FIRST_IMPORT.name(),
                now));
        return new Admission(PinSource.FIRST_IMPORT, pinned.isPresent());
    }

    /**
     * The pins of the evaluators whose sheets this round imported, in evaluator order; a pin the round's roster
     * names is shown as {@link PinSource#ROSTER}.
     */
    public List<CertificatePin> pins(Round round) {
        Set<String> imported = keys.imports(round.id()).stream().map(ImportedSheetFile::evaluatorId)
                .collect(Collectors.toSet());
        List<CertificatePin> pins = new ArrayList<>();
        for (CertificatePin pin : keys.pins()) {
            if (imported.contains(pin.evaluatorId())) {
                boolean named = roster(round, pin.evaluatorId()).map(f -> f.value().equals(pin.fingerprint()))
                        .orElse(false);
                pins.add(named ? pin.fromRoster() : pin);
            }
        }
        return pins;
    }

    /**
     * The chair confirms a first-import pin: {@code heard} is the fingerprint the evaluator read out (its
     * short form or the whole), and must be the start of the pinned one.
     *
     * @throws RefusedException when the evaluator has no pin, it is not a first-import pin, or {@code heard}
     *                          is not the pinned fingerprint (all three named)
     */
    public CertificatePin confirm(Round round, String evaluatorId, String heard, String by) {
        if (by == null || by.isBlank()) {
            throw new RefusedException("pins.refused.noName", evaluatorId);
        }
        return transactions.inTransaction(() -> {
            KeyRepository.StoredCertificate pinned = keys.pinned(evaluatorId)
                    .orElseThrow(() -> new RefusedException("pins.refused.none", evaluatorId));
            if (!PinSource.FIRST_IMPORT.name().equals(pinned.origin())) {
                throw new RefusedException("pins.refused.notFirstImport", evaluatorId, pinned.fingerprint(),
                        pinned.origin());
            }
            if (!matches(pinned.fingerprint(), heard)) {
                throw new RefusedException("pins.refused.mismatch", evaluatorId, String.valueOf(heard).strip(),
                        pinned.fingerprint());
            }
            Instant now = clock.instant();
            if (!keys.confirmPin(evaluatorId, pinned.fingerprint(), by.strip(), now)) {
                throw new RefusedException("pins.refused.none", evaluatorId);
            }
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("fingerprint", pinned.fingerprint());
            detail.put("programCode", round.programCode());
            audit.append(by.strip(), "PIN_CONFIRMED", evaluatorId, detail);
            return new CertificatePin(evaluatorId, pinned.fingerprint(), PinSource.CONFIRMED, pinned.at(), by.strip(),
                    now);
        });
    }

    /** Whether {@code heard} (hex pairs, any case, colons or spaces optional) is the fingerprint or its short form. */
    static boolean matches(String fingerprint, String heard) {
        if (heard == null) {
            return false;
        }
        String digits = heard.replace(":", "").replace(" ", "").replace("-", "").strip().toUpperCase(Locale.ROOT);
        if (digits.length() != SHORT_HEX && digits.length() != FULL_HEX || !digits.chars().allMatch(c -> HexFormat.isHexDigit(c))) {
            return false;
        }
        return fingerprint.replace(":", "").startsWith(digits);
    }
}
