package kr.tipa.eval.service;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import kr.tipa.eval.excel.results.AppealPackInput;
import kr.tipa.eval.domain.panel.Panel;
import kr.tipa.eval.excel.results.AppealPackWriter;
import kr.tipa.eval.excel.results.Handover;
import kr.tipa.eval.excel.results.ResultWorkbookInput;
import kr.tipa.eval.excel.results.ResultWorkbookWriter;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.model.ApplicationOutcome;
import kr.tipa.eval.model.PanelResult;
import kr.tipa.eval.model.PanelResultRecord;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.model.RoundResults;
import kr.tipa.eval.signing.SigningIdentity;
import kr.tipa.eval.signing.VerificationResult;
import kr.tipa.eval.storage.AuditLog;

/**
 * The committee's result workbook for the agency, signed with the chair's key (this laptop's evaluator's,
 * else the database owner's, made on first use), marked 잠정 unless the round is finalised and unchanged
 * since; and the 이의신청 pack, signed the same way.
 */
public final class ResultWorkbookService implements ResultWorkbooks {

    private final ResultsService results;
    private final RoundService rounds;
    private final ChairService chair;
    private final ScreeningService screening;
    private final EvaluatorService evaluators;
    private final KeyService keys;
    private final AuditLog audit;
    private final HandOut handOut;
    private final Messages messages;
    private final Clock clock;
    /** Draws each appeal pack's letters; never seeded, so that no two packs share an order by design. */
    private final RandomGenerator letters = new SecureRandom();

    public ResultWorkbookService(ResultsService results, RoundService rounds, ChairService chair,
            ScreeningService screening, EvaluatorService evaluators, KeyService keys, AuditLog audit, HandOut handOut,
            Messages messages, Clock clock) {
        this.results = results;
        this.rounds = rounds;
        this.chair = chair;
        this.screening = screening;
        this.evaluators = evaluators;
        this.keys = keys;
        this.audit = audit;
        this.handOut = handOut;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public Outcome export(Round round, Path target) {
        RoundResults r = results.results(round);
        boolean provisional = !chair.isFinal(round, r);
        String chairName = ownerName();
        SigningIdentity identity = chairIdentity(chairName);
        Map<String, String> exclusions = new LinkedHashMap<>();
        chair.exclusions(round).forEach((receipt, d) -> exclusions.put(receipt, d.detail()));
        Instant now = clock.instant();
        ResultWorkbookInput input = new ResultWorkbookInput(r, provisional, screening.overrideHistory(round),
                audit.all(), exclusions, chairName, now, ZoneId.systemDefault(),
                Optional.of(results.advisory(r)), handover(round, r, !provisional, now, chairName));
        HandOut.Written written = handOut.signed(target, partial -> new ResultWorkbookWriter(messages)
                .write(input, partial), identity, new HandOut.Note(chairName, "RESULTS_EXPORT", round.programCode(),
                        Map.of("provisional", provisional)));
        String signer = written.signature().flatMap(VerificationResult::signer).map(s -> s.commonName())
                .orElse(chairName);
        return new Outcome(target, provisional, signer, identity.fingerprint().value());
    }

    /**
     * Writes one company's appeal pack signed like the result workbook, its evaluators lettered in an order
     * drawn for this pack alone; the audit entry keeps the file's hash (and no letter order: the pack names
     * no evaluator, and neither does its trace).
     */
    @Override
    public Path appealPack(Round round, String receiptNo, Path target) {
        RoundResults r = results.results(round);
        ApplicationOutcome outcome = r.outcomes().stream().filter(o -> o.receiptNo().equals(receiptNo)).findFirst()
                .orElseThrow(() -> new UnknownApplicationException(receiptNo));
        Optional<String> exclusion = Optional.ofNullable(chair.exclusions(round).get(receiptNo)).map(d -> d.detail());
        AppealPackInput input = new AppealPackInput(outcome, round.program(), exclusion, !chair.isFinal(round, r),
                clock.instant(), ZoneId.systemDefault(), AppealPackInput.drawLetters(outcome, letters));
        String chairName = ownerName();
        SigningIdentity identity = chairIdentity(chairName);
        handOut.signed(target, partial -> new AppealPackWriter(messages).write(input, partial), identity,
                new HandOut.Note(chairName, "APPEAL_PACK", round.programCode() + "/" + receiptNo,
                        Map.of("provisional", input.provisional())));
        return target;
    }

    /**
     * Which bundle and panel the workbook speaks for. A chair's laptop holding one panel (its package) adds
     * the machine copy the agency's {@code results import} reads; the agency's database names the panels
     * merged in, each with its imported result; a round without panels names only its bundle.
     */
    private Handover handover(Round round, RoundResults r, boolean finalResult, Instant now, String chairName) {
        Optional<MergedPanels.Merged> merged = results.merged(round);
        if (merged.isPresent()) {
            List<Handover.PanelPart> parts = new ArrayList<>();
            for (Panel panel : merged.get().panels()) {
                Optional<PanelResultRecord> current = Optional.ofNullable(merged.get().current().get(panel.id()));
                parts.add(new Handover.PanelPart(panel.id(), panel.name(),
                        current.map(PanelResultRecord::chairName).orElse(""),
                        current.map(PanelResultRecord::signerName).orElse(messages.get("results.workbook.panel.none")),
                        current.map(PanelResultRecord::fingerprint).orElse(""),
                        current.map(PanelResultRecord::finalResult).orElse(false),
                        current.map(PanelResultRecord::seq).orElse(0), panel.receiptNos()));
            }
            return new Handover(round.currentBundleId(), Optional.empty(), parts, "");
        }
        List<Panel> panels = rounds.panels(round);
        if (panels.size() != 1) {
            return Handover.of(round.currentBundleId());
        }
        Panel panel = panels.get(0);
        List<PanelResult.Recusal> recusals = new ArrayList<>();
        for (PanelMatrix.Row row : chair.matrix(round).rows()) {
            row.cells().forEach((evaluator, cell) -> {
                if (cell == PanelMatrix.Cell.CONFLICT) {
                    recusals.add(new PanelResult.Recusal(row.receiptNo(), evaluator));
                }
            });
        }
        String copy = PanelResultContent.write(r, round.currentBundleId(), panel, finalResult, now, chairName,
                recusals);
        return new Handover(round.currentBundleId(), Optional.of(new Handover.PanelName(panel.id(), panel.name())),
                List.of(), copy);
    }

    /**
     * The chair's own signing key when the chair is this laptop's evaluator (the fingerprint the panel
     * already knows); else this database's owner key, made on first use.
     */
    private SigningIdentity chairIdentity(String chairName) {
        Optional<String> self = evaluators.self().map(m -> m.evaluator().id()).filter(keys::has);
        if (self.isPresent()) {
            return keys.identity(self.get());
        }
        return keys.ownerIdentity(chairName);
    }

    private String ownerName() {
        return evaluators.self().map(m -> m.evaluator().name())
                .orElse(System.getProperty("user.name", messages.get("results.owner.default")));
    }
}
