package kr.tipa.eval.excel.results;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.tipa.eval.domain.aggregation.EvaluatorTotal;
import kr.tipa.eval.domain.program.Program;
import kr.tipa.eval.model.ApplicationOutcome;
import kr.tipa.eval.model.PanelMember;

/** What every sheet of one result workbook shares. */
record ResultContext(ResultWorkbookInput input, Labels labels, Styles styles, SheetFrame frame) {

    Program program() {
        return input.results().round().program();
    }

    List<ApplicationOutcome> outcomes() {
        return input.results().outcomes();
    }

    /**
     * The evaluator columns: the panel in its order, then (defensively) anyone with a submitted total who
     * is no longer on the panel, so that no total is ever left out of the workbook.
     */
    Map<String, String> evaluatorColumns() {
        Map<String, String> columns = new LinkedHashMap<>();
        input.results().panel().stream().sorted(Comparator.comparingInt(PanelMember::order))
                .forEach(m -> columns.put(m.id(),
                        labels.get("results.workbook.evaluator", m.evaluator().name(), m.id())));
        List<String> others = new ArrayList<>();
        for (ApplicationOutcome o : outcomes()) {
            for (EvaluatorTotal t : o.aggregation().totals()) {
                if (!columns.containsKey(t.evaluatorId()) && !others.contains(t.evaluatorId())) {
                    others.add(t.evaluatorId());
                }
            }
        }
        others.forEach(id -> columns.put(id, id));
        return columns;
    }

    /** Evaluator id → name, for text where the id would only be noise. */
    Map<String, String> evaluatorNames() {
        Map<String, String> names = new LinkedHashMap<>();
        input.results().panel().forEach(m -> names.put(m.id(), m.evaluator().name()));
        return names;
    }
}
