package kr.tipa.eval.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.tipa.eval.domain.scoring.Conflict;
import kr.tipa.eval.domain.scoring.ScoreSheet;
import kr.tipa.eval.excel.sheets.SheetExport;
import kr.tipa.eval.excel.sheets.SheetWorkbookWriter;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.model.PanelMember;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.model.StoredApplication;
import kr.tipa.eval.signing.SigningIdentity;
import kr.tipa.eval.storage.KeyRepository;
import kr.tipa.eval.storage.ScoringRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes one evaluator's submitted sheets of a round as a signed workbook, the next version in their
 * sequence. The file appears only complete and signed (written beside the target, then moved).
 */
public final class SheetExportService {

    private static final Logger LOG = LoggerFactory.getLogger(SheetExportService.class);

    /** What an export did. */
    public record Outcome(Path file, int seq, int sheets, int unsubmitted, String fingerprint) {
    }

    private final RoundService rounds;
    private final ScoringRepository scoring;
    private final EvaluatorService evaluators;
    private final KeyService keys;
    private final KeyRepository records;
    private final HandOut handOut;
    private final Messages messages;
    private final Clock clock;

    public SheetExportService(RoundService rounds, ScoringRepository scoring, EvaluatorService evaluators,
            KeyService keys, KeyRepository records, HandOut handOut, Messages messages, Clock clock) {
        this.rounds = rounds;
        this.scoring = scoring;
        this.evaluators = evaluators;
        this.keys = keys;
        this.records = records;
        this.handOut = handOut;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * @throws RefusedException when the evaluator is not this laptop's own (only they sign in their name),
     *         has submitted nothing, or a sheet to export was typed by someone else (a proxy entry is
     *         never handed out as signed by the evaluator)
     */
    public Outcome export(Round round, String evaluatorId, Path target) {
        PanelMember member = evaluators.require(evaluatorId);
        if (!member.self()) {
            throw new RefusedException("sheets.refused.notSelf", evaluatorId, member.evaluator().name());
        }
        Map<String, StoredApplication> applications = new LinkedHashMap<>();
        rounds.applications(round).forEach(a -> applications.put(a.receiptNo(), a));
        List<ScoreSheet> submitted = scoring.latestSubmittedOfRound(round.id()).stream()
                .filter(s -> s.evaluatorId().equals(evaluatorId)).toList();
        List<String> proxied = scoring.proxyEntriesOfRound(round.id()).stream()
                .filter(p -> submitted.stream().anyMatch(s -> s.receiptNo().equals(p.receiptNo())
                        && s.evaluatorId().equals(p.evaluatorId()) && s.version() == p.version()))
                .map(p -> p.receiptNo()).toList();
        if (!proxied.isEmpty()) {
            throw new RefusedException("sheets.refused.proxy", evaluatorId, String.join(", ", proxied));
        }
        SigningIdentity identity = keys.identity(evaluatorId);
        long unsubmitted = scoring.latestOfRound(round.id(), evaluatorId).stream()
                .filter(s -> !s.submitted() && !s.isEmpty()).count();
        if (submitted.isEmpty()) {
            throw new RefusedException("sheets.refused.nothingSubmitted", evaluatorId);
        }
        List<Conflict> conflicts = scoring.conflictsOfRound(round.id()).stream()
                .filter(c -> c.evaluatorId().equals(evaluatorId)).toList();
        int seq = records.nextExportSeq(round.id(), evaluatorId);
        Instant at = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Optional<Instant> pledge = scoring.pledgeAcceptedAt(round.id(), evaluatorId);
        List<SheetExport.Entry> entries = new ArrayList<>();
        for (ScoreSheet sheet : submitted) {
            entries.add(new SheetExport.Entry(sheet.receiptNo(), applications.get(sheet.receiptNo()).companyName(),
                    sheet));
        }
        String data = data(round, member, seq, at, pledge, conflicts, submitted);
        SheetExport export = new SheetExport(round.programCode(), round.program().name(), round.currentBundleId(),
                member.evaluator(), seq, at, pledge, conflicts, round.program().rubric(), entries,
                identity.fingerprint().value(), identity.summary().subject(), identity.summary().issuer(),
                ZoneId.systemDefault(), data);
        HandOut.Written written = handOut.signed(target, partial -> new SheetWorkbookWriter(messages)
                .write(export, partial), identity, new HandOut.Note(evaluatorId, "SHEET_EXPORT",
                        round.programCode(), Map.of("seq", seq, "sheets", entries.size())));
        records.recordExport(round.id(), evaluatorId, seq, at, written.sha256(), entries.size());
        LOG.info("sheets of {} exported: {} sheets, submission {}", evaluatorId, entries.size(), seq);
        return new Outcome(target, seq, entries.size(), (int) unsubmitted, identity.fingerprint().value());
    }

    private String data(Round round, PanelMember member, int seq, Instant at, Optional<Instant> pledge,
            List<Conflict> conflicts, List<ScoreSheet> sheets) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("format", "tipa-eval-sheets").put("version", 1);
        root.put("programCode", round.programCode()).put("bundleId", round.currentBundleId());
        root.put("exportSeq", seq).put("exportedAt", at.toString());
        root.putObject("evaluator").put("id", member.id()).put("name", member.evaluator().name())
                .put("affiliation", member.evaluator().affiliation());
        root.put("pledgeAcceptedAt", pledge.map(Instant::toString).orElse(null));
        ArrayNode conflictList = root.putArray("conflicts");
        conflicts.forEach(c -> conflictList.addObject().put("receiptNo", c.receiptNo()).put("reason", c.reason())
                .put("declaredAt", c.declaredAt().toString()));
        ArrayNode list = root.putArray("sheets");
        for (ScoreSheet sheet : sheets) {
            byte[] content = SheetContent.bytes(round.programCode(), sheet);
            ObjectNode node = list.addObject();
            node.set("content", SheetContent.json(round.programCode(), sheet));
            node.put("contentSha256", SheetContent.sha256(content));
            node.put("signature", Base64.getEncoder().encodeToString(keys.sign(member.id(), content)));
        }
        return root.toString();
    }
}
