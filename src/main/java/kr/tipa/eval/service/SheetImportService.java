package kr.tipa.eval.service;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kr.tipa.eval.bundle.Jsons;
import kr.tipa.eval.domain.scoring.Conflict;
import kr.tipa.eval.domain.scoring.Score;
import kr.tipa.eval.domain.scoring.ScoreSheet;
import kr.tipa.eval.domain.scoring.SheetState;
import kr.tipa.eval.excel.sheets.SheetWorkbookReader;
import kr.tipa.eval.i18n.Localizable;
import kr.tipa.eval.model.CertificatePin;
import kr.tipa.eval.model.ImportedSheetFile;
import kr.tipa.eval.model.PinSource;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.model.StoredApplication;
import kr.tipa.eval.signing.SignerInfo;
import kr.tipa.eval.signing.VerificationResult;
import kr.tipa.eval.signing.WorkbookVerifier;
import kr.tipa.eval.storage.AuditLog;
import kr.tipa.eval.storage.KeyRepository;
import kr.tipa.eval.storage.ScoringRepository;
import kr.tipa.eval.storage.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The chair's import of an evaluator's signed sheet workbook: nothing is loaded unless the workbook's
 * signature holds over every part, each sheet's own signature holds, the round matches, the signer's
 * certificate is the one the round's roster names for that evaluator — or, where it names none, the one
 * pinned at their first import (or a re-key is confirmed) — and the version is newer than the one held.
 * Every version is kept; the newest counts. {@link CertificatePins} holds the rules of the pins.
 */
public final class SheetImportService {

    private static final Logger LOG = LoggerFactory.getLogger(SheetImportService.class);

    /** One score that a newer version changed. */
    public record Change(String receiptNo, String indicatorId, BigDecimal before, BigDecimal after) {
    }

    /**
     * What an import did; {@code pledgeAcceptedAt} is the evaluator's pledge as the workbook carries it,
     * {@code unpledgedReason} the chair's reason for taking a workbook without one.
     *
     * @param pinnedBy why the signer's certificate was taken: the roster, the first import, or the chair's
     *                 confirmation of a first import
     */
    public record Outcome(String evaluatorId, String evaluatorName, int seq, String fingerprint, boolean unchanged,
            boolean newEvaluator, boolean rekeyed, List<String> loaded, List<Change> changes,
            Optional<Instant> pledgeAcceptedAt, Optional<String> unpledgedReason, PinSource pinnedBy) {
    }

    private final Transactions transactions;
    private final RoundService rounds;
    private final ScoringRepository scoring;
    private final EvaluatorService evaluators;
    private final KeyRepository keys;
    private final CertificatePins pins;
    private final AuditLog audit;
    private final Clock clock;

    public SheetImportService(Transactions transactions, RoundService rounds, ScoringRepository scoring,
            EvaluatorService evaluators, KeyRepository keys, CertificatePins pins, AuditLog audit, Clock clock) {
        this.transactions = transactions;
        this.rounds = rounds;
        this.scoring = scoring;
        this.evaluators = evaluators;
        this.keys = keys;
        this.pins = pins;
        this.audit = audit;
        this.clock = clock;
    }

    /** Checks the workbook's signature only (for {@code verify} and the chair's file list). */
    public static VerificationResult verify(Path workbook) {
        return new WorkbookVerifier().verify(workbook);
    }

    /** The sheet workbooks imported into this round so far, oldest first (for the chair's file list). */
    public List<ImportedSheetFile> imports(Round round) {
        return keys.imports(round.id());
    }

    /** The certificates pinned for the evaluators whose sheets this round imported (the chair's panel view). */
    public List<CertificatePin> pins(Round round) {
        return pins.pins(round);
    }

    /** The chair confirms a first-import pin after checking its fingerprint ({@link CertificatePins#confirm}). */
    public CertificatePin confirmPin(Round round, String evaluatorId, String heard, String by) {
        return pins.confirm(round, evaluatorId, heard, by);
    }

    /**
     * Checks and loads one sheet workbook, all or nothing.
     *
     * @param acceptRekey take a certificate other than the first-import pin (never one other than the roster's)
     */
    public Outcome importSheets(Round round, Path workbook, boolean acceptRekey) {
        return importSheets(round, workbook, acceptRekey, Optional.empty());
    }

    /**
     * @param unpledgedReason the chair's written reason for taking a workbook whose evaluator recorded no
     *                        pledge for the round; without one such a workbook is refused, nothing written
     */
    public Outcome importSheets(Round round, Path workbook, boolean acceptRekey, Optional<String> unpledgedReason) {
        String fileName = String.valueOf(workbook.getFileName());
        VerificationResult verification = verify(workbook);
        if (!verification.valid()) {
            throw new IntegrityException(List.of(Localizable.of("sheets.import.invalid", fileName),
                    verification.message().orElse(Localizable.of("sheets.import.unknownReason"))));
        }
        SignerInfo signer = verification.signer().orElseThrow();
        JsonNode data = data(workbook, fileName);
        Export export = Export.read(data, fileName);
        requireRound(round, export, fileName);
        byte[] der;
        try {
            der = signer.certificate().getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IntegrityException("sheets.import.invalid", fileName);
        }
        List<ScoreSheet> sheets = checkSheets(round, export, signer.certificate(), fileName);
        Optional<String> unpledged = Optional.empty();
        if (export.pledgeAcceptedAt().isEmpty()) {
            String reason = unpledgedReason.map(String::strip).orElse("");
            if (reason.isEmpty()) {
                throw new RefusedException("sheets.import.noPledge", fileName, export.evaluatorId(),
                        export.evaluatorName());
            }
            unpledged = Optional.of(reason);
        }
        Optional<String> acceptedUnpledged = unpledged;
        String fileSha;
        try {
            fileSha = SheetContent.sha256(Files.readAllBytes(workbook));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return transactions.inTransaction(() -> load(round, export, sheets, signer, der, fileSha, fileName,
                acceptRekey, acceptedUnpledged));
    }

    private Outcome load(Round round, Export export, List<ScoreSheet> sheets, SignerInfo signer, byte[] der,
            String fileSha, String fileName, boolean acceptRekey, Optional<String> unpledged) {
        String fingerprint = signer.fingerprint().value();
        boolean newEvaluator = evaluators.find(export.evaluatorId()).isEmpty();
        if (newEvaluator) {
            evaluators.add(export.evaluatorId(), export.evaluatorName(), export.affiliation(), false);
        }
        CertificatePins.Admission admission = pins.admit(round, fileName, export.evaluatorId(), fingerprint, der,
                acceptRekey);
        boolean rekeyed = admission.rekeyed();
        Instant now = clock.instant();
        Optional<ImportedSheetFile> held = keys.newestImport(round.id(), export.evaluatorId());
        if (held.isPresent() && held.get().seq() >= export.seq()) {
            if (held.get().seq() == export.seq() && held.get().fileSha256().equals(fileSha)) {
                return new Outcome(export.evaluatorId(), export.evaluatorName(), export.seq(), fingerprint, true,
                        false, false, List.of(), List.of(), export.pledgeAcceptedAt(), held.get().unpledgedReason(),
                        admission.pinnedBy());
            }
            throw new RefusedException("sheets.import.stale", fileName, export.seq(), held.get().seq());
        }
        List<String> loaded = new ArrayList<>();
        List<Change> changes = new ArrayList<>();
        for (ScoreSheet incoming : sheets) {
            StoredApplication application = rounds.application(round, incoming.receiptNo()).orElseThrow();
            List<ScoreSheet> versions = scoring.versions(application.id(), export.evaluatorId());
            Optional<ScoreSheet> newest = versions.stream().filter(ScoreSheet::submitted).reduce((a, b) -> b);
            if (newest.isPresent() && sameContent(newest.get(), incoming)) {
                continue;
            }
            newest.ifPresent(previous -> changes.addAll(changes(previous, incoming)));
            int version = versions.stream().mapToInt(ScoreSheet::version).max().orElse(0) + 1;
            ScoreSheet local = new ScoreSheet(incoming.receiptNo(), incoming.evaluatorId(), version,
                    SheetState.SUBMITTED, incoming.scores(), incoming.overallOpinion(), incoming.submittedAt(),
                    incoming.submittedAt());
            byte[] content = SheetContent.bytes(round.programCode(), incoming);
            scoring.insertSubmitted(application.id(), local, "IMPORTED", SheetContent.sha256(content),
                    export.signature(incoming.receiptNo()));
            loaded.add(incoming.receiptNo());
        }
        Set<String> conflicted = new HashSet<>();
        scoring.conflictsOfRound(round.id()).stream().filter(c -> c.evaluatorId().equals(export.evaluatorId()))
                .forEach(c -> conflicted.add(c.receiptNo()));
        for (Conflict conflict : export.conflicts()) {
            if (!conflicted.contains(conflict.receiptNo())) {
                StoredApplication application = rounds.application(round, conflict.receiptNo()).orElseThrow();
                scoring.addConflict(application.id(), conflict);
            }
        }
        keys.recordImport(round.id(), new ImportedSheetFile(export.evaluatorId(), export.seq(), fileSha,
                fingerprint, fileName, now, unpledged));
        if (unpledged.isPresent()) {
            Map<String, Object> why = new LinkedHashMap<>();
            why.put("seq", export.seq());
            why.put("file", fileName);
            why.put("fileSha256", fileSha);
            why.put("reason", unpledged.get());
            audit.append("chair", "SHEET_IMPORT_UNPLEDGED", round.programCode() + "/" + export.evaluatorId(), why);
        }
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("seq", export.seq());
        detail.put("fileSha256", fileSha);
        detail.put("fingerprint", fingerprint);
        detail.put("loaded", loaded.size());
        detail.put("changes", changes.size());
        detail.put("pinnedBy", admission.pinnedBy().name());
        audit.append("chair", "SHEET_IMPORT", round.programCode() + "/" + export.evaluatorId(), detail);
        LOG.info("sheets of {} imported: submission {}, {} loaded, {} changes", export.evaluatorId(), export.seq(),
                loaded.size(), changes.size());
        return new Outcome(export.evaluatorId(), export.evaluatorName(), export.seq(), fingerprint, false,
                newEvaluator, rekeyed, loaded, changes, export.pledgeAcceptedAt(), unpledged, admission.pinnedBy());
    }

    private static JsonNode data(Path workbook, String fileName) {
        try {
            String json = SheetWorkbookReader.data(workbook)
                    .orElseThrow(() -> new RefusedException("sheets.import.notSheets", fileName));
            return Jsons.MAPPER.readTree(json);
        } catch (IOException e) {
            throw new RefusedException("sheets.import.notSheets", fileName);
        }
    }

    private void requireRound(Round round, Export export, String fileName) {
        boolean knownBundle = rounds.versions(round).stream().anyMatch(b -> b.bundleId().equals(export.bundleId()));
        if (!round.programCode().equals(export.programCode()) || !knownBundle) {
            throw new RefusedException("sheets.import.otherRound", fileName, export.programCode(), export.bundleId(),
                    round.programCode());
        }
    }

    /** Every sheet: its application in this round, complete and valid scores, its own signature holding. */
    private List<ScoreSheet> checkSheets(Round round, Export export, X509Certificate certificate, String fileName) {
        List<ScoreSheet> sheets = new ArrayList<>();
        for (ScoreSheet sheet : export.sheets()) {
            if (rounds.application(round, sheet.receiptNo()).isEmpty()) {
                throw new RefusedException("sheets.import.unknownApplication", fileName, sheet.receiptNo());
            }
            if (!sheet.evaluatorId().equals(export.evaluatorId()) || !sheet.isComplete(round.program().rubric())
                    || sheet.scores().values().stream().anyMatch(s -> s.value() != null
                            && round.program().rubric().check(s.indicatorId(), s.value()).isPresent())) {
                throw new RefusedException("sheets.import.badSheet", fileName, sheet.receiptNo());
            }
            byte[] content = SheetContent.bytes(round.programCode(), sheet);
            if (!SheetContent.sha256(content).equals(export.contentSha(sheet.receiptNo()))
                    || !KeyService.verify(certificate, content, export.signature(sheet.receiptNo()))) {
                throw new IntegrityException("sheets.import.sheetSignature", fileName, sheet.receiptNo());
            }
            sheets.add(sheet);
        }
        return sheets;
    }

    private static boolean sameContent(ScoreSheet a, ScoreSheet b) {
        return changes(a, b).isEmpty() && a.overallOpinion().equals(b.overallOpinion())
                && a.scores().values().stream().allMatch(s -> s.comment().equals(b.comment(s.indicatorId())));
    }

    private static List<Change> changes(ScoreSheet before, ScoreSheet after) {
        List<Change> changes = new ArrayList<>();
        for (Score score : after.scores().values()) {
            BigDecimal was = before.value(score.indicatorId()).orElse(null);
            if (was == null || score.value() == null || was.compareTo(score.value()) != 0) {
                changes.add(new Change(after.receiptNo(), score.indicatorId(), was, score.value()));
            }
        }
        return changes;
    }

    /** The machine-readable copy, read strictly. */
    private record Export(String programCode, String bundleId, int seq, String evaluatorId, String evaluatorName,
            String affiliation, Optional<Instant> pledgeAcceptedAt, List<Conflict> conflicts, List<ScoreSheet> sheets,
            Map<String, String> shas, Map<String, byte[]> signatures) {

        String contentSha(String receiptNo) {
            return shas.get(receiptNo);
        }

        byte[] signature(String receiptNo) {
            return signatures.get(receiptNo);
        }

        static Export read(JsonNode root, String fileName) {
            try {
                if (!"tipa-eval-sheets".equals(root.path("format").asText()) || root.path("version").asInt() != 1) {
                    throw new RefusedException("sheets.import.notSheets", fileName);
                }
                JsonNode evaluator = root.get("evaluator");
                List<Conflict> conflicts = new ArrayList<>();
                for (JsonNode c : root.get("conflicts")) {
                    conflicts.add(new Conflict(c.get("receiptNo").asText(), evaluator.get("id").asText(),
                            c.get("reason").asText(), Instant.parse(c.get("declaredAt").asText())));
                }
                List<ScoreSheet> sheets = new ArrayList<>();
                Map<String, String> shas = new LinkedHashMap<>();
                Map<String, byte[]> signatures = new LinkedHashMap<>();
                for (JsonNode s : root.get("sheets")) {
                    JsonNode content = s.get("content");
                    Map<String, Score> scores = new LinkedHashMap<>();
                    for (JsonNode score : content.get("scores")) {
                        String id = score.get("indicatorId").asText();
                        BigDecimal value = score.get("score").isNull() ? null : new BigDecimal(score.get("score").asText());
                        scores.put(id, new Score(id, value, score.get("comment").asText()));
                    }
                    Instant submitted = Instant.parse(content.get("submittedAt").asText());
                    ScoreSheet sheet = new ScoreSheet(content.get("receiptNo").asText(),
                            content.get("evaluatorId").asText(), content.get("version").asInt(), SheetState.SUBMITTED,
                            scores, content.get("overallOpinion").asText(), submitted, submitted);
                    if (shas.put(sheet.receiptNo(), s.get("contentSha256").asText()) != null) {
                        throw new RefusedException("sheets.import.badSheet", fileName, sheet.receiptNo());
                    }
                    signatures.put(sheet.receiptNo(), Base64.getDecoder().decode(s.get("signature").asText()));
                    sheets.add(sheet);
                }
                JsonNode pledge = root.path("pledgeAcceptedAt");
                Optional<Instant> pledgeAt = pledge.isTextual() ? Optional.of(Instant.parse(pledge.asText()))
                        : Optional.empty();
                return new Export(root.get("programCode").asText(), root.get("bundleId").asText(),
                        root.get("exportSeq").asInt(), evaluator.get("id").asText(), evaluator.get("name").asText(),
                        evaluator.path("affiliation").asText(""), pledgeAt, conflicts, sheets, shas, signatures);
            } catch (RuntimeException e) {
                if (e instanceof RefusedException refused) {
                    throw refused;
                }
                throw new RefusedException("sheets.import.notSheets", fileName);
            }
        }
    }
}
