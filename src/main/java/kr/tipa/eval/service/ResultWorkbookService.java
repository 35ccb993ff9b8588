package kr.tipa.eval.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import kr.tipa.eval.excel.results.AppealPackInput;
import kr.tipa.eval.excel.results.AppealPackWriter;
import kr.tipa.eval.excel.results.ResultWorkbookInput;
import kr.tipa.eval.excel.results.ResultWorkbookWriter;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.signing.SigningException;
import kr.tipa.eval.signing.SigningIdentity;
import kr.tipa.eval.signing.VerificationResult;
import kr.tipa.eval.signing.WorkbookSigner;
import kr.tipa.eval.storage.AuditLog;
import kr.tipa.eval.storage.Round;

/**
 * The committee's result workbook for the agency, signed with the chair's key (this laptop's evaluator's,
 * else the database owner's, made on first use), marked 잠정 unless the round is finalised and unchanged since; and the 이의신청 pack.
 */
public final class ResultWorkbookService implements ResultWorkbooks {

    private final ResultsService results;
    private final ChairService chair;
    private final ScreeningService screening;
    private final EvaluatorService evaluators;
    private final KeyService keys;
    private final AuditLog audit;
    private final Messages messages;
    private final Clock clock;

    public ResultWorkbookService(ResultsService results, ChairService chair, ScreeningService screening,
            EvaluatorService evaluators, KeyService keys, AuditLog audit, Messages messages, Clock clock) {
        this.results = results;
        this.chair = chair;
        this.screening = screening;
        this.evaluators = evaluators;
        this.keys = keys;
        this.audit = audit;
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
        ResultWorkbookInput input = new ResultWorkbookInput(r, provisional, screening.overrideHistory(round),
                audit.all(), exclusions, chairName, clock.instant(), ZoneId.systemDefault());
        Path temporary = target.resolveSibling("." + target.getFileName() + ".partial");
        try {
            new ResultWorkbookWriter(messages).write(input, temporary);
            VerificationResult signed = new WorkbookSigner(clock).signInPlace(temporary, identity);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            audit.append(chairName, "RESULTS_EXPORT", round.programCode(), Map.of("provisional", provisional,
                    "fileSha256", SheetContent.sha256(Files.readAllBytes(target))));
            return new Outcome(target, provisional, signed.signer().map(s -> s.commonName()).orElse(chairName),
                    identity.fingerprint().value());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SigningException e) {
            throw new IllegalStateException(e.render(messages), e);
        } finally {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // A leftover partial file is named as such.
            }
        }
    }

    @Override
    public Path appealPack(Round round, String receiptNo, Path target) {
        RoundResults r = results.results(round);
        ApplicationOutcome outcome = r.outcomes().stream().filter(o -> o.receiptNo().equals(receiptNo)).findFirst()
                .orElseThrow(() -> new UnknownApplicationException(receiptNo));
        Optional<String> exclusion = Optional.ofNullable(chair.exclusions(round).get(receiptNo)).map(d -> d.detail());
        try {
            new AppealPackWriter(messages).write(new AppealPackInput(outcome, round.program(), exclusion,
                    !chair.isFinal(round, r), clock.instant(), ZoneId.systemDefault()), target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.append(ownerName(), "APPEAL_PACK", round.programCode() + "/" + receiptNo, Map.of());
        return target;
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
