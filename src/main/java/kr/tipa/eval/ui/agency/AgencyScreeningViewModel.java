package kr.tipa.eval.ui.agency;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import kr.tipa.eval.domain.screening.ScreeningStatus;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.service.ScreeningService;
import kr.tipa.eval.ui.chair.ChairOperations;
import kr.tipa.eval.ui.chair.ScreeningWords;

/**
 * 자격 요건검토 on the agency's database: every application with its screening status and reasons, only
 * those that still need review when asked, and the agency's decision by hand (eligible, or X01 and the
 * like) with a written reason, recorded by the same service and dialog as the chair's.
 */
public final class AgencyScreeningViewModel {

    private final ScreeningService screening;
    private final Supplier<Round> round;
    private final String decidedBy;
    private final ChairOperations ops;
    private final Messages messages;
    private final ObservableList<ScreeningRow> rows = FXCollections.observableArrayList();
    private final FilteredList<ScreeningRow> shown = new FilteredList<>(rows);
    private final BooleanProperty reviewOnly = new SimpleBooleanProperty();
    private final ObjectProperty<ScreeningRow> selected = new SimpleObjectProperty<>();
    private final StringProperty counts = new SimpleStringProperty("");

    AgencyScreeningViewModel(ScreeningService screening, Supplier<Round> round, String decidedBy,
            ChairOperations ops) {
        this.screening = screening;
        this.round = round;
        this.decidedBy = decidedBy;
        this.ops = ops;
        this.messages = ops.messages();
        reviewOnly.addListener((o, was, now) -> {
            shown.setPredicate(now ? ScreeningRow::needsReview : null);
            if (selected.get() != null && !shown.contains(selected.get())) {
                selected.set(null);
            }
        });
    }

    public Messages messages() {
        return messages;
    }

    /** The rows the table shows: all, or only those still needing review. */
    public ObservableList<ScreeningRow> shown() {
        return shown;
    }

    public ObservableList<ScreeningRow> rows() {
        return rows;
    }

    public BooleanProperty reviewOnlyProperty() {
        return reviewOnly;
    }

    public ObjectProperty<ScreeningRow> selectedProperty() {
        return selected;
    }

    /** "적격 12 · 부적격 3 · 검토 필요 2" */
    public StringProperty countsProperty() {
        return counts;
    }

    /** Any result can be decided by hand (program-rules §2); NEEDS_REVIEW and X01 are the usual. */
    public BooleanBinding canDecideProperty() {
        return selected.isNotNull();
    }

    void apply(AgencySnapshot s) {
        String keep = selected.get() == null ? null : selected.get().receiptNo();
        rows.setAll(s.rows());
        long eligible = s.rows().stream().filter(r -> r.status() == ScreeningStatus.ELIGIBLE).count();
        long ineligible = s.rows().stream().filter(r -> r.status() == ScreeningStatus.INELIGIBLE).count();
        long review = s.rows().stream().filter(ScreeningRow::needsReview).count();
        counts.set(messages.get("agency.screening.counts", s.rows().size(), eligible, ineligible, review));
        selected.set(keep == null ? null : shown.stream().filter(r -> r.receiptNo().equals(keep)).findFirst()
                .orElse(null));
    }

    /** The reasons in words, for the table's column. */
    public String reasons(ScreeningRow row) {
        return String.join("; ", ScreeningWords.reasons(row.decision(), messages));
    }

    /** The decision by hand in words, or empty when the automatic result stands. */
    public String decision(ScreeningRow row) {
        return row.decision().override().map(o -> messages.get("agency.screening.decided",
                ScreeningWords.status(o.decision(), messages), o.decidedBy(), o.reason())).orElse("");
    }

    /** Everything about the chosen row, for the line under the table. */
    public String details(ScreeningRow row) {
        if (row == null) {
            return messages.get("agency.screening.details.none");
        }
        List<String> parts = new ArrayList<>();
        parts.add(row.receiptNo() + " " + row.company());
        parts.add(messages.get("chairui.ranking.details.screening", ScreeningWords.status(row.status(), messages)));
        parts.addAll(ScreeningWords.reasons(row.decision(), messages));
        String decided = decision(row);
        if (!decided.isEmpty()) {
            parts.add(decided);
        }
        return String.join("  ·  ", parts);
    }

    /** The header of the decision dialog for the chosen row. */
    public String decisionHeader() {
        ScreeningRow row = selected.get();
        return row == null ? "" : messages.get("chairui.override.header", row.receiptNo(), row.company(),
                ScreeningWords.status(row.status(), messages));
    }

    /** Records the agency's decision (ELIGIBLE or INELIGIBLE) on the chosen row, with its reason. */
    public void decide(ScreeningStatus decision, String reason) {
        ScreeningRow row = selected.get();
        Round current = round.get();
        if (row == null || current == null || decision == ScreeningStatus.NEEDS_REVIEW || reason == null
                || reason.isBlank()) {
            return;
        }
        ops.write(p -> screening.override(current, row.receiptNo(), decision, reason, decidedBy),
                d -> ops.say(messages.get("chairui.ranking.overridden", row.receiptNo(),
                        ScreeningWords.status(d.status(), messages))));
    }

    /** Screens every application again from its facts (decisions by hand stay over the results). */
    public void screenAgain() {
        Round current = round.get();
        if (current == null) {
            return;
        }
        ops.write(p -> screening.screen(current), d -> ops.say(messages.get("agency.screening.screened", d.size())));
    }
}
