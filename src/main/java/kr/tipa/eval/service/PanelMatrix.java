package kr.tipa.eval.service;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.tipa.eval.domain.screening.ScreeningStatus;
import kr.tipa.eval.model.PanelMember;
import kr.tipa.eval.model.ProxyEntry;

/** Who has done what: every evaluator × every application of the round. */
public record PanelMatrix(List<PanelMember> panel, List<Row> rows) {

    /** One evaluator's state on one application. */
    public enum Cell {
        SUBMITTED, DRAFT, CONFLICT, MISSING, CLOSED, NOT_REQUIRED
    }

    /**
     * One application's line; {@code proxies} holds, by evaluator id, the cells whose sheet (the submitted
     * one, or the draft) the chair typed for that evaluator: 위원장 대리 입력.
     */
    public record Row(String receiptNo, String company, ScreeningStatus screening, Map<String, Cell> cells,
            Map<String, ProxyEntry> proxies) {
        public Row {
            cells = Map.copyOf(cells);
            proxies = Map.copyOf(proxies);
        }

        public Optional<ProxyEntry> proxy(String evaluatorId) {
            return Optional.ofNullable(proxies.get(evaluatorId));
        }
    }

    public PanelMatrix {
        panel = List.copyOf(panel);
        rows = List.copyOf(rows);
    }

    /** How many cells hold a sheet the chair typed. */
    public long proxyCount() {
        return rows.stream().mapToLong(r -> r.proxies().size()).sum();
    }

    public long count(Cell cell) {
        return rows.stream().flatMap(r -> r.cells().values().stream()).filter(c -> c == cell).count();
    }
}
