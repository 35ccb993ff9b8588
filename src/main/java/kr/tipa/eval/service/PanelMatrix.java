package kr.tipa.eval.service;

import java.util.List;
import java.util.Map;
import kr.tipa.eval.domain.screening.ScreeningStatus;
import kr.tipa.eval.model.PanelMember;

/** Who has done what: every evaluator × every application of the round. */
public record PanelMatrix(List<PanelMember> panel, List<Row> rows) {

    /** One evaluator's state on one application. */
    public enum Cell {
        SUBMITTED, DRAFT, CONFLICT, MISSING, CLOSED, NOT_REQUIRED
    }

    /** One application's line. */
    public record Row(String receiptNo, String company, ScreeningStatus screening, Map<String, Cell> cells) {
        public Row {
            cells = Map.copyOf(cells);
        }
    }

    public PanelMatrix {
        panel = List.copyOf(panel);
        rows = List.copyOf(rows);
    }

    public long count(Cell cell) {
        return rows.stream().flatMap(r -> r.cells().values().stream()).filter(c -> c == cell).count();
    }
}
