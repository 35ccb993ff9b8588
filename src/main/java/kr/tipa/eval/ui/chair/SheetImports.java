package kr.tipa.eval.ui.chair;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kr.tipa.eval.i18n.Localizable;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.model.Decimals;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.service.IntegrityException;
import kr.tipa.eval.service.RefusedException;
import kr.tipa.eval.service.SheetImportService;
import kr.tipa.eval.signing.Fingerprint;
import kr.tipa.eval.signing.SignerInfo;
import kr.tipa.eval.signing.VerificationResult;
import kr.tipa.eval.ui.Notices;
import kr.tipa.eval.ui.Notices.Notice;

/**
 * The chair's import of evaluators' signed sheet workbooks, one file after another on the writer thread:
 * each file's signature is checked and shown (signer, fingerprint), then its sheets are loaded. A
 * certificate that differs from the one pinned for that evaluator is asked about before anything loads.
 */
final class SheetImports {

    /** The chair is asked whether a changed certificate is really the evaluator's. */
    @FunctionalInterface
    public interface RekeyQuestion {
        void ask(Rekey rekey, Consumer<Boolean> answer);
    }

    /** An evaluator's certificate is not the pinned one: both fingerprints, in full. */
    public record Rekey(Path file, String evaluatorId, String pinned, String presented) {
    }

    /**
     * A workbook whose evaluator recorded no pledge: the chair may take it only with a written reason (kept in
     * the audit trail), or not at all (empty).
     */
    @FunctionalInterface
    public interface UnpledgedQuestion {
        UnpledgedQuestion REFUSE = (unpledged, reason) -> reason.accept(Optional.empty());

        void ask(Unpledged unpledged, Consumer<Optional<String>> reason);
    }

    /** The file, and the evaluator it says signed it without a pledge. */
    public record Unpledged(Path file, String evaluatorId, String evaluatorName) {
    }

    /** The questions a file may raise before anything of it loads. */
    public record Questions(RekeyQuestion rekey, UnpledgedQuestion unpledged) {
    }

    private record Attempt(VerificationResult verification, SheetImportService.Outcome outcome, Rekey rekey,
            Unpledged unpledged, String refusal) {
    }

    private final SheetImportService service;
    private final Round round;
    private final ChairOperations ops;
    private final Messages messages;
    private final ObservableList<ImportReport> reports = FXCollections.observableArrayList();
    private final BooleanProperty importing = new SimpleBooleanProperty();
    private final Map<String, Integer> indicatorOrder = new HashMap<>();
    private int pending;
    /** Where this run of imports began in {@link #reports}, and who hears how it ended. */
    private int runStart;
    private boolean told;
    /** While files are being queued no run has ended yet, even when a file was done at once. */
    private boolean queuing;
    private Notices notices = Notices.NONE;

    SheetImports(SheetImportService service, Round round, ChairOperations ops) {
        this.service = service;
        this.round = round;
        this.ops = ops;
        this.messages = ops.messages();
        var indicators = round.program().rubric().indicators();
        for (int i = 0; i < indicators.size(); i++) {
            indicatorOrder.put(indicators.get(i).id(), i);
        }
    }

    ObservableList<ImportReport> reports() {
        return reports;
    }

    BooleanProperty importingProperty() {
        return importing;
    }

    /** Checks and imports each file in turn; once none is left, {@code notices} hears how they ended. */
    void importFiles(List<Path> files, Questions question, Notices notices) {
        if (pending == 0) {
            runStart = reports.size();
            told = false;
        }
        this.notices = notices;
        queuing = true;
        for (Path file : files) {
            int index = reports.size();
            reports.add(ImportReport.of(name(file), "", "", false, "", messages.get("chairui.import.checking"),
                    ImportReport.State.CHECKING));
            attempt(file, index, false, Optional.empty(), question);
        }
        queuing = false;
        settled();
    }

    private void attempt(Path file, int index, boolean acceptRekey, Optional<String> reason, Questions question) {
        pending++;
        importing.set(true);
        ops.write(messages.get("task.sheets", name(file)), p -> attempt(file, acceptRekey, reason), a -> {
            pending--;
            reports.set(index, report(file, a));
            if (a.rekey() != null) {
                question.rekey().ask(a.rekey(), yes -> {
                    if (yes) {
                        attempt(file, index, true, reason, question);
                    } else {
                        declined(index, "chairui.import.rekeyDeclined");
                    }
                });
            } else if (a.unpledged() != null) {
                question.unpledged().ask(a.unpledged(), given -> {
                    Optional<String> written = given.map(String::strip).filter(r -> !r.isEmpty());
                    if (written.isPresent()) {
                        attempt(file, index, acceptRekey, written, question);
                    } else {
                        declined(index, "chairui.import.unpledgedDeclined");
                    }
                });
            }
            settled();
        }, e -> {
            pending--;
            reports.set(index, ImportReport.of(name(file), "", "", false, "", ops.describe(e),
                    ImportReport.State.REFUSED));
            settled();
        });
    }

    private void declined(int index, String key) {
        ImportReport r = reports.get(index);
        reports.set(index, ImportReport.of(r.fileName(), r.signer(), r.fingerprint(), r.valid(), r.verdict(),
                messages.get(key), ImportReport.State.REFUSED));
    }

    /**
     * After each file: once no file is left (a changed certificate accepted in the dialog has queued its file
     * again by now), how the run ended, in numbers.
     */
    private void settled() {
        importing.set(pending > 0);
        // Once per run: a file queued again after its certificate was accepted may have ended the run already.
        if (pending > 0 || told || queuing || reports.size() == runStart) {
            return;
        }
        told = true;
        Map<ImportReport.State, Integer> counts = new java.util.EnumMap<>(ImportReport.State.class);
        List<ImportReport> run = reports.subList(runStart, reports.size());
        run.forEach(r -> counts.merge(r.state(), 1, Integer::sum));
        int refused = counts.getOrDefault(ImportReport.State.REFUSED, 0);
        String text = messages.get("notice.sheets.text", run.size(), counts.getOrDefault(ImportReport.State.IMPORTED,
                0), counts.getOrDefault(ImportReport.State.UNCHANGED, 0), refused);
        notices.finished(refused > 0 ? Notice.failed(messages.get("notice.sheets.refused"), text)
                : Notice.done(messages.get("notice.sheets.done"), text));
    }

    private Attempt attempt(Path file, boolean acceptRekey, Optional<String> reason) {
        VerificationResult verification = SheetImportService.verify(file);
        if (!verification.valid()) {
            return new Attempt(verification, null, null, null, null);
        }
        try {
            return new Attempt(verification, service.importSheets(round, file, acceptRekey, reason), null, null,
                    null);
        } catch (IntegrityException e) {
            Localizable first = e.reasons().isEmpty() ? null : e.reasons().get(0);
            if (first != null && "sheets.import.rekey".equals(first.key()) && first.args().size() == 3) {
                return new Attempt(verification, null, new Rekey(file, String.valueOf(first.args().get(0)),
                        String.valueOf(first.args().get(1)), String.valueOf(first.args().get(2))), null, null);
            }
            return new Attempt(verification, null, null, null, e.render(messages));
        } catch (RefusedException e) {
            Localizable first = e.reasons().isEmpty() ? null : e.reasons().get(0);
            if (reason.isEmpty() && first != null && "sheets.import.noPledge".equals(first.key())
                    && first.args().size() == 3) {
                return new Attempt(verification, null, null, new Unpledged(file, String.valueOf(first.args().get(1)),
                        String.valueOf(first.args().get(2))), null);
            }
            return new Attempt(verification, null, null, null, e.render(messages));
        }
    }

    private ImportReport report(Path file, Attempt a) {
        VerificationResult v = a.verification();
        SignerInfo signer = v.signer().orElse(null);
        String who = signer == null ? "" : signer.commonName();
        String fingerprint = signer == null ? "" : signer.fingerprint().shortForm();
        String verdict = v.valid() ? messages.get("chairui.import.valid")
                : v.message().map(m -> m.render(messages)).orElse(messages.get("sheets.import.unknownReason"));
        if (!v.valid()) {
            return ImportReport.of(name(file), who, fingerprint, false, verdict,
                    messages.get("chairui.import.notLoaded"), ImportReport.State.REFUSED);
        }
        if (a.rekey() != null) {
            return ImportReport.of(name(file), who, fingerprint, true, verdict,
                    messages.get("chairui.import.awaitingRekey", a.rekey().evaluatorId()),
                    ImportReport.State.AWAITING_REKEY);
        }
        if (a.unpledged() != null) {
            return ImportReport.of(name(file), who, fingerprint, true, verdict,
                    messages.get("chairui.import.awaitingReason", a.unpledged().evaluatorId()),
                    ImportReport.State.AWAITING_REKEY);
        }
        if (a.refusal() != null) {
            return ImportReport.of(name(file), who, fingerprint, true, verdict, a.refusal(),
                    ImportReport.State.REFUSED);
        }
        SheetImportService.Outcome o = a.outcome();
        if (o.unchanged()) {
            return ImportReport.of(name(file), who, fingerprint, true, verdict,
                    messages.get("chairui.import.unchanged", o.evaluatorId(), o.evaluatorName(), o.seq()),
                    ImportReport.State.UNCHANGED);
        }
        List<SheetImportService.Change> sorted = o.changes().stream().sorted(Comparator
                .comparing(SheetImportService.Change::receiptNo)
                .thenComparing(c -> indicatorOrder.getOrDefault(c.indicatorId(), Integer.MAX_VALUE))).toList();
        List<String> changes = new ArrayList<>();
        Map<String, List<String>> byReceipt = new LinkedHashMap<>();
        for (SheetImportService.Change c : sorted) {
            changes.add(messages.get("chairui.import.change", c.receiptNo(), c.indicatorId(), plain(c.before()),
                    plain(c.after())));
            byReceipt.computeIfAbsent(c.receiptNo(), r -> new ArrayList<>()).add(messages.get(
                    "chairui.import.changeShort", c.indicatorId(), plain(c.before()), plain(c.after())));
        }
        List<String> lines = new ArrayList<>();
        byReceipt.forEach((receipt, list) -> lines.add(messages.get("chairui.import.changeLine", receipt,
                String.join(", ", list))));
        String result = messages.get("chairui.import.loaded", o.evaluatorId(), o.evaluatorName(), o.seq(),
                o.loaded().size(), changes.size())
                + (o.newEvaluator() ? " " + messages.get("chairui.import.newEvaluator") : "")
                + (o.rekeyed() ? " " + messages.get("chairui.import.rekeyed", new Fingerprint(o.fingerprint())
                        .shortForm()) : "");
        return new ImportReport(name(file), who, fingerprint, true, verdict, result, o.loaded().size(), changes,
                lines, ImportReport.State.IMPORTED);
    }

    private static String plain(java.math.BigDecimal value) {
        return value == null ? "–" : Decimals.plain(value);
    }

    private static String name(Path file) {
        return String.valueOf(file.getFileName());
    }
}
