package kr.tipa.eval.excel.sheets;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import kr.tipa.eval.domain.rubric.Rubric;
import kr.tipa.eval.domain.scoring.Conflict;
import kr.tipa.eval.domain.scoring.Evaluator;
import kr.tipa.eval.domain.scoring.ScoreSheet;

/**
 * Everything one evaluator's signed sheet workbook shows for one round.
 *
 * @param certificateSubject the signing certificate's subject, as written in it
 * @param certificateIssuer its issuer (a 공동인증서's CA; the subject again for a self-signed certificate)
 * @param data the machine-readable copy (JSON) embedded in the workbook for the chair's import
 */
public record SheetExport(
        String programCode,
        String programName,
        String bundleId,
        Evaluator evaluator,
        int seq,
        Instant exportedAt,
        Optional<Instant> pledgeAcceptedAt,
        List<Conflict> conflicts,
        Rubric rubric,
        List<Entry> sheets,
        String fingerprint,
        String certificateSubject,
        String certificateIssuer,
        ZoneId zone,
        String data) {

    public SheetExport {
        conflicts = List.copyOf(conflicts);
        sheets = List.copyOf(sheets);
    }

    /** One application's submitted sheet. */
    public record Entry(String receiptNo, String company, ScoreSheet sheet) {
    }
}
