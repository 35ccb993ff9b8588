package kr.tipa.eval.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateEncodingException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.tipa.eval.domain.panel.Panel;
import kr.tipa.eval.domain.panel.RosterMember;
import kr.tipa.eval.domain.screening.ScreeningDecision;
import kr.tipa.eval.domain.screening.ScreeningStatus;
import kr.tipa.eval.excel.results.MachineCopyReader;
import kr.tipa.eval.i18n.Localizable;
import kr.tipa.eval.model.BundleRecord;
import kr.tipa.eval.model.PanelResult;
import kr.tipa.eval.model.PanelResultRecord;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.model.StoredApplication;
import kr.tipa.eval.signing.Fingerprint;
import kr.tipa.eval.signing.SignerInfo;
import kr.tipa.eval.signing.VerificationResult;
import kr.tipa.eval.signing.WorkbookVerifier;
import kr.tipa.eval.storage.AuditLog;
import kr.tipa.eval.storage.PanelPackageRepository;
import kr.tipa.eval.storage.PanelResultRepository;
import kr.tipa.eval.storage.Transactions;

/**
 * The agency collects the panels (round-authoring.md §3): {@code results import PANEL.xlsx}. Nothing is
 * written unless the chair's signature holds over the whole workbook and is the panel chair's (the
 * roster's fingerprint when the agency gave one, else the certificate pinned at the panel's first
 * import), the round, bundle and panel are the agency's, and every composite, status, rank and dropped
 * total recomputed from the evaluators' scores inside is what the chair signed. A later version of a
 * panel's result replaces the earlier, which stays in the history; the audit trail records both.
 */
public final class PanelResultImportService {

    /** What importing one file did. */
    public record Outcome(String file, String panelId, String panelName, int version, boolean finalResult,
            boolean unchanged, boolean replaced, String chairName, String signer, String fingerprint,
            boolean pinnedNow, boolean rosterChecked, boolean bundleChecked, int applications, int sheets,
            List<String> notInResult) {
        public Outcome {
            notInResult = List.copyOf(notInResult);
        }
    }

    /** A panel as the agency's desk shows it: its current result, and the certificate it must be signed with. */
    public record PanelState(Panel panel, Optional<PanelResultRecord> current, Optional<String> rosterFingerprint,
            Optional<String> pinnedFingerprint) {

        /** Whether the panel's result is in, and final. */
        public enum State {
            MISSING, PROVISIONAL, FINAL
        }

        public State state() {
            return current.map(r -> r.finalResult() ? State.FINAL : State.PROVISIONAL).orElse(State.MISSING);
        }
    }

    /** One file checked and ready to be stored. */
    private record Checked(Path file, String name, PanelResult result, Panel panel, SignerInfo signer, byte[] der,
            String sha256, boolean rosterChecked, boolean bundleChecked, List<String> notInResult) {
    }

    private final Transactions transactions;
    private final RoundService rounds;
    private final ScreeningService screening;
    private final PanelResultRepository results;
    private final PanelPackageRepository packages;
    private final AuditLog audit;
    private final Clock clock;

    public PanelResultImportService(Transactions transactions, RoundService rounds, ScreeningService screening,
            PanelResultRepository results, PanelPackageRepository packages, AuditLog audit, Clock clock) {
        this.transactions = transactions;
        this.rounds = rounds;
        this.screening = screening;
        this.packages = packages;
        this.results = results;
        this.audit = audit;
        this.clock = clock;
    }

    public Outcome importResult(Round round, Path file, String actor) {
        return importAll(round, List.of(file), actor).get(0);
    }

    /**
     * Imports several panels' results at once (the agency's desk takes them together): every file is
     * checked first, and nothing is written unless all of them pass. Versions of one panel are applied
     * oldest first, so that the newest counts.
     *
     * @throws IntegrityException when any signature fails or a certificate is not the panel chair's (exit 3)
     * @throws RefusedException   when any file is not a result of this round's panel, or differs from its
     *                            recomputation (exit 2)
     */
    public List<Outcome> importAll(Round round, List<Path> files, String actor) {
        List<Localizable> integrity = new ArrayList<>();
        List<Localizable> refused = new ArrayList<>();
        List<Checked> checked = new ArrayList<>();
        for (Path file : files) {
            try {
                checked.add(check(round, file));
            } catch (IntegrityException e) {
                integrity.addAll(e.reasons());
            } catch (RefusedException e) {
                refused.addAll(e.reasons());
            }
        }
        if (!integrity.isEmpty()) {
            List<Localizable> all = new ArrayList<>(integrity);
            all.addAll(refused);
            throw new IntegrityException(all);
        }
        if (!refused.isEmpty()) {
            throw new RefusedException(refused);
        }
        List<Checked> ordered = new ArrayList<>(checked);
        ordered.sort(Comparator.comparing((Checked c) -> c.result().generatedAt()));
        Map<Path, Outcome> outcomes = transactions.inTransaction(() -> {
            Map<Path, Outcome> done = new HashMap<>();
            for (Checked c : ordered) {
                done.put(c.file(), store(round, c, actor));
            }
            return done;
        });
        return files.stream().map(outcomes::get).toList();
    }

    /** Each panel of the round with its current result (in the agency's order). */
    public List<PanelState> states(Round round) {
        List<PanelState> states = new ArrayList<>();
        for (Panel panel : rounds.panels(round)) {
            states.add(new PanelState(panel, results.current(round.id(), panel.id()), rosterFingerprint(panel),
                    results.chairPin(round.programCode(), panel.id()).map(PanelResultRepository.ChairPin::fingerprint)));
        }
        return states;
    }

    /** Every imported version, the replaced ones included, by panel then version. */
    public List<PanelResultRecord> history(Round round) {
        return results.all(round.id());
    }

    private Checked check(Round round, Path file) {
        String name = String.valueOf(file.getFileName());
        VerificationResult verification = new WorkbookVerifier().verify(file);
        if (!verification.valid()) {
            throw new IntegrityException(List.of(Localizable.of("results.import.invalid", name),
                    verification.message().orElse(Localizable.of("sheets.import.unknownReason"))));
        }
        SignerInfo signer = verification.signer().orElseThrow();
        byte[] der;
        try {
            der = signer.certificate().getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IntegrityException("results.import.invalid", name);
        }
        String text;
        byte[] bytes;
        try {
            text = MachineCopyReader.read(file).orElseThrow(() -> new RefusedException(
                    "results.import.notPanelResult", name));
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PanelResult result = PanelResultContent.read(text, name);
        if (!result.programCode().equals(round.programCode())) {
            throw new RefusedException("results.import.otherRound", name, result.programCode(), round.programCode());
        }
        Panel panel = rounds.setup(round).flatMap(s -> s.panel(result.panelId())).orElseThrow(
                () -> new RefusedException("results.import.unknownPanel", name, result.panelId(), round.programCode()));
        boolean bundleChecked = checkBundle(round, panel, result, name);
        Optional<String> roster = rosterFingerprint(panel);
        String fingerprint = signer.fingerprint().value();
        if (roster.isPresent() && !roster.get().equals(fingerprint)) {
            throw new IntegrityException("results.import.notRosterChair", name, panel.id(), roster.get(), fingerprint);
        }
        Map<String, StoredApplication> applications = new HashMap<>();
        rounds.applications(round).forEach(a -> applications.put(a.receiptNo(), a));
        List<Localizable> faults = new PanelResultCheck(round.program(), panel, applications).faults(result, name);
        if (!faults.isEmpty()) {
            List<Localizable> all = new ArrayList<>();
            all.add(Localizable.of("results.import.recomputed", name, panel.id()));
            all.addAll(faults);
            throw new RefusedException(all);
        }
        Map<String, ScreeningDecision> decisions = screening.decisionsByReceipt(round);
        java.util.Set<String> inResult = new java.util.HashSet<>();
        result.applications().forEach(a -> inResult.add(a.receiptNo()));
        List<String> notInResult = panel.receiptNos().stream().filter(r -> !inResult.contains(r))
                .filter(r -> decisions.containsKey(r) && decisions.get(r).status() != ScreeningStatus.INELIGIBLE)
                .toList();
        return new Checked(file, name, result, panel, signer, der, SheetContent.sha256(bytes), roster.isPresent(),
                bundleChecked, notInResult);
    }

    /**
     * The package a result was scored from must be one the agency made. {@code round split} records every
     * package it writes; once a panel has one, only those (or the round's own bundles, for a chair who was
     * given the whole round) are accepted. A panel with none (split by hand) cannot be checked, and the
     * outcome says so.
     */
    private boolean checkBundle(Round round, Panel panel, PanelResult result, String name) {
        List<String> made = packages.ofRound(round.id()).stream().filter(w -> w.panelId().equals(panel.id()))
                .map(PanelPackageRepository.Written::bundleId).toList();
        if (made.isEmpty()) {
            return false;
        }
        boolean own = rounds.versions(round).stream().map(BundleRecord::bundleId).anyMatch(result.bundleId()::equals);
        if (!own && !made.contains(result.bundleId())) {
            throw new RefusedException("results.import.otherBundle", name, result.bundleId(), panel.id(),
                    String.join(", ", made));
        }
        return true;
    }

    private Outcome store(Round round, Checked c, String actor) {
        String fingerprint = c.signer().fingerprint().value();
        String panelId = c.panel().id();
        boolean pinnedNow = false;
        if (!c.rosterChecked()) {
            Optional<PanelResultRepository.ChairPin> pin = results.chairPin(round.programCode(), panelId);
            if (pin.isPresent() && !pin.get().fingerprint().equals(fingerprint)) {
                throw new IntegrityException("results.import.otherCertificate", c.name(), panelId,
                        pin.get().fingerprint(), fingerprint);
            }
            if (pin.isEmpty()) {
                results.pinChair(new PanelResultRepository.ChairPin(round.programCode(), panelId, fingerprint, c.der(),
                        c.signer().commonName(), clock.instant()));
                audit.append(actor, "PANEL_CHAIR_PIN", round.programCode() + "/" + panelId,
                        Map.of("fingerprint", fingerprint, "signer", c.signer().commonName()));
                pinnedNow = true;
            }
        }
        Optional<PanelResultRecord> current = results.current(round.id(), panelId);
        PanelResult r = c.result();
        if (current.isPresent() && current.get().fileSha256().equals(c.sha256())) {
            PanelResultRecord same = current.get();
            return outcome(c, same.seq(), true, false, pinnedNow);
        }
        if (current.isPresent() && !r.generatedAt().isAfter(current.get().generatedAt())) {
            throw new RefusedException("results.import.older", c.name(), panelId,
                    r.generatedAt().toString(), current.get().generatedAt().toString(),
                    String.valueOf(current.get().seq()));
        }
        Instant now = clock.instant();
        int seq = results.all(round.id()).stream().filter(x -> x.panelId().equals(panelId))
                .mapToInt(PanelResultRecord::seq).max().orElse(0) + 1;
        current.ifPresent(old -> results.markReplaced(old.id(), now));
        results.insert(round.id(), new PanelResultRecord(0, panelId, c.panel().name(), seq, r.bundleId(),
                r.finalResult(), r.chairName(), c.signer().commonName(), fingerprint, c.name(), c.sha256(),
                r.generatedAt(), now, actor, Optional.empty()), r);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("version", seq);
        detail.put("final", r.finalResult());
        detail.put("bundleId", r.bundleId());
        detail.put("fingerprint", fingerprint);
        detail.put("signer", c.signer().commonName());
        detail.put("fileSha256", c.sha256());
        detail.put("file", c.name());
        current.ifPresent(old -> detail.put("replaces", old.seq()));
        audit.append(actor, "PANEL_RESULT_IMPORTED", round.programCode() + "/" + panelId, detail);
        return outcome(c, seq, false, current.isPresent(), pinnedNow);
    }

    private static Outcome outcome(Checked c, int seq, boolean unchanged, boolean replaced, boolean pinnedNow) {
        PanelResult r = c.result();
        return new Outcome(c.name(), c.panel().id(), c.panel().name(), seq, r.finalResult(), unchanged, replaced,
                r.chairName(), c.signer().commonName(), c.signer().fingerprint().value(), pinnedNow, c.rosterChecked(),
                c.bundleChecked(), r.applications().size(), r.sheets().size(), c.notInResult());
    }

    /** The roster's fingerprint of the panel's chair, when the agency gave one. */
    private static Optional<String> rosterFingerprint(Panel panel) {
        return panel.chair().flatMap(RosterMember::certificate).flatMap(Fingerprint::parse).map(Fingerprint::value);
    }
}
