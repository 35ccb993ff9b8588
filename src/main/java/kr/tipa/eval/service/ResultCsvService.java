package kr.tipa.eval.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import kr.tipa.eval.model.ResultTable;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.model.RoundResults;

/**
 * Writes {@code results --csv}: the result table the signed workbook carries on its {@code data} sheet, as a
 * file next to it for the agency's own systems — in place in one step, hashed and recorded in the audit trail.
 */
public final class ResultCsvService {

    /** What was written. */
    public record Written(Path file, int rows, String sha256) {
    }

    private final ResultsService results;
    private final HandOut handOut;

    public ResultCsvService(ResultsService results, HandOut handOut) {
        this.results = results;
        this.handOut = handOut;
    }

    public Written write(Round round, Path target, String actor) {
        RoundResults r = results.results(round);
        ResultTable table = ResultTable.of(r);
        byte[] bytes = ResultCsv.bytes(table);
        HandOut.Written written = handOut.unsigned(target, partial -> Files.write(partial, bytes),
                new HandOut.Note(actor, "RESULTS_CSV", round.programCode(), Map.of("rows", table.rows().size())));
        return new Written(written.file(), table.rows().size(), written.sha256());
    }
}
