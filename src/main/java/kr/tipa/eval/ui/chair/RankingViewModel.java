package kr.tipa.eval.ui.chair;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import kr.tipa.eval.domain.aggregation.SelectionStatus;
import kr.tipa.eval.domain.screening.ScreeningStatus;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.model.ApplicationOutcome;
import kr.tipa.eval.model.PanelMember;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.service.ChairService;
import kr.tipa.eval.service.ResultWorkbooks;
import kr.tipa.eval.service.ScreeningService;
import kr.tipa.eval.ui.Notices;
import kr.tipa.eval.ui.Notices.Notice;

/**
 * 순위: every application in ranking order with each evaluator's total, the composite, the status and
 * the support programmes; the cutoff and capacity lines; and the chair's decisions on one company
 * (exclusion beyond capacity, a screening decision, the 이의신청 pack).
 */
public final class RankingViewModel {

    private final ChairService chair;
    private final ScreeningService screening;
    private final Round round;
    private final ResultWorkbooks workbooks;
    private final String chairName;
    private final ChairOperations ops;
    private final Messages messages;
    private final ObservableList<RankingRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<List<PanelMember>> panel = new SimpleObjectProperty<>(List.of());
    private final ObjectProperty<RankingRow> selected = new SimpleObjectProperty<>();
    private final IntegerProperty passing = new SimpleIntegerProperty();
    private final IntegerProperty selectedCount = new SimpleIntegerProperty();
    private final IntegerProperty excludedCount = new SimpleIntegerProperty();
    private final StringProperty capacityText = new SimpleStringProperty("");
    private final FilteredList<RankingRow> shown = new FilteredList<>(rows);
    private final Set<SelectionStatus> statuses = EnumSet.noneOf(SelectionStatus.class);
    private final Set<ScreeningStatus> screenings = EnumSet.noneOf(ScreeningStatus.class);
    private final StringProperty shownText = new SimpleStringProperty("");

    RankingViewModel(ChairService chair, ScreeningService screening, Round round, ResultWorkbooks workbooks,
            String chairName, ChairOperations ops) {
        this.chair = chair;
        this.screening = screening;
        this.round = round;
        this.workbooks = workbooks;
        this.chairName = chairName;
        this.ops = ops;
        this.messages = ops.messages();
        // Both: new rows may all be hidden, and a new filter changes no row.
        rows.addListener((javafx.collections.ListChangeListener<RankingRow>) c -> count());
        shown.addListener((javafx.collections.ListChangeListener<RankingRow>) c -> count());
        count();
    }

    /** Every application, in ranking order. */
    public ObservableList<RankingRow> rows() {
        return rows;
    }

    /** The rows the filter lets through, still in ranking order: what the table shows. */
    public ObservableList<RankingRow> shownRows() {
        return shown;
    }

    /** "12/57개사 표시" while a filter hides some rows; empty while every row is shown. */
    public StringProperty shownTextProperty() {
        return shownText;
    }

    /** Shows only applications with one of these statuses (지원 대상, 지원 제외 …); none chosen shows all. */
    public void filterStatuses(Collection<SelectionStatus> chosen) {
        statuses.clear();
        statuses.addAll(chosen);
        refilter();
    }

    /** Shows only applications whose screening is one of these (검토 필요 …); none chosen shows all. */
    public void filterScreenings(Collection<ScreeningStatus> chosen) {
        screenings.clear();
        screenings.addAll(chosen);
        refilter();
    }

    /** Whether the filter lets {@code row} through: both choices hold (an empty choice holds for every row). */
    public boolean passes(RankingRow row) {
        return (statuses.isEmpty() || statuses.contains(row.status()))
                && (screenings.isEmpty() || screenings.contains(row.screening().status()));
    }

    private void refilter() {
        // A new predicate each time: the list filters again only when its predicate changes.
        shown.setPredicate(row -> passes(row));
        // The chair acts on what is shown: a hidden row is no longer the one acted on.
        if (selected.get() != null && !passes(selected.get())) {
            selected.set(null);
        }
        count();
    }

    private void count() {
        shownText.set(shown.size() == rows.size() ? "" : messages.get("chairui.ranking.filter.shown", shown.size(),
                rows.size()));
    }

    public ObjectProperty<List<PanelMember>> panelProperty() {
        return panel;
    }

    /** The row the chair acts on (bound to the table's selection). */
    public ObjectProperty<RankingRow> selectedProperty() {
        return selected;
    }

    /** How many companies reach the cutoff (whether selected or excluded by hand). */
    public IntegerProperty passingProperty() {
        return passing;
    }

    public IntegerProperty selectedCountProperty() {
        return selectedCount;
    }

    public IntegerProperty excludedCountProperty() {
        return excludedCount;
    }

    /** "기준 통과 57개사, 지원규모 50개사 내외 — 7개사 초과" and the selection in numbers. */
    public StringProperty capacityTextProperty() {
        return capacityText;
    }

    public BigDecimal cutoff() {
        return round.program().cutoff();
    }

    public int capacity() {
        return round.program().capacity();
    }

    public BooleanBinding canExcludeProperty() {
        return Bindings.createBooleanBinding(() -> selected.get() != null
                && selected.get().status() == SelectionStatus.SELECTED, selected);
    }

    public BooleanBinding canIncludeProperty() {
        return Bindings.createBooleanBinding(() -> selected.get() != null && selected.get().excluded(), selected);
    }

    /** Any screening result can be decided by hand (program-rules §2); NEEDS_REVIEW and X01 are the usual. */
    public BooleanBinding canOverrideProperty() {
        return selected.isNotNull();
    }

    /** A row is chosen and the window has result workbooks to write with. */
    public BooleanBinding canAppealProperty() {
        return Bindings.createBooleanBinding(() -> selected.get() != null && workbooks != null, selected);
    }

    void apply(ChairSnapshot s) {
        List<ApplicationOutcome> outcomes = s.results().outcomes();
        BigDecimal cutoff = cutoff();
        int lastPassing = -1;
        boolean anyRanked = false;
        for (int i = 0; i < outcomes.size(); i++) {
            var composite = outcomes.get(i).aggregation().composite();
            anyRanked |= composite.isPresent();
            if (composite.isPresent() && composite.get().compareTo(cutoff) >= 0) {
                lastPassing = i;
            }
        }
        int capacityRow = -1;
        int selectedSoFar = 0;
        int pass = 0;
        int excluded = 0;
        for (int i = 0; i < outcomes.size(); i++) {
            var a = outcomes.get(i).aggregation();
            if (a.status() == SelectionStatus.SELECTED && ++selectedSoFar == capacity()) {
                capacityRow = i;
            }
            if (a.composite().isPresent() && a.composite().get().compareTo(cutoff) >= 0) {
                pass++;
                if (a.exclusionReason().isPresent()) {
                    excluded++;
                }
            }
        }
        List<RankingRow> list = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            boolean after = lastPassing >= 0 && i == lastPassing && i < outcomes.size() - 1;
            boolean before = lastPassing < 0 && anyRanked && i == 0;
            list.add(RankingRow.of(outcomes.get(i), after, before, i == capacityRow && i < outcomes.size() - 1));
        }
        String keep = selected.get() == null ? null : selected.get().receiptNo();
        panel.set(s.results().panel());
        rows.setAll(list);
        passing.set(pass);
        selectedCount.set(selectedSoFar);
        excludedCount.set(excluded);
        String line = pass > capacity()
                ? messages.get("chairui.ranking.over", pass, capacity(), pass - capacity())
                : messages.get("chairui.ranking.within", pass, capacity());
        capacityText.set(line + "  ·  " + messages.get("chairui.ranking.selection", selectedSoFar, excluded));
        selected.set(keep == null ? null : list.stream().filter(r -> r.receiptNo().equals(keep) && passes(r))
                .findFirst().orElse(null));
    }

    /** The row's screening reasons and the chair's exclusion, in words, for the line under the table. */
    public String details(RankingRow row) {
        if (row == null) {
            return messages.get("chairui.ranking.details.none");
        }
        List<String> parts = new ArrayList<>();
        parts.add(messages.get("chairui.ranking.details.screening",
                ScreeningWords.status(row.screening().status(), messages)));
        parts.addAll(ScreeningWords.reasons(row.screening(), messages));
        row.screening().override().ifPresent(o -> parts.add(messages.get("chairui.ranking.details.override",
                messages.get("screening.status." + o.decision().name()), o.decidedBy(), o.reason())));
        row.exclusionReason().ifPresent(r -> parts.add(messages.get("chairui.ranking.details.excluded", r)));
        row.composite().ifPresent(c -> parts.add(messages.get("chairui.ranking.details.composite",
                c.toPlainString())));
        return String.join("  ·  ", parts);
    }

    /** Excludes the selected company from selection, with the chair's written reason. */
    public void exclude(String reason) {
        RankingRow row = selected.get();
        if (row == null) {
            return;
        }
        ops.write(p -> {
            chair.exclude(round, row.receiptNo(), reason, chairName);
            return null;
        }, x -> ops.say(messages.get("chairui.ranking.excluded", row.receiptNo())));
    }

    public void include() {
        RankingRow row = selected.get();
        if (row == null) {
            return;
        }
        ops.write(p -> {
            chair.include(round, row.receiptNo(), chairName);
            return null;
        }, x -> ops.say(messages.get("chairui.ranking.included", row.receiptNo())));
    }

    /** Records the chair's screening decision (ELIGIBLE or INELIGIBLE) with its reason. */
    public void override(ScreeningStatus decision, String reason) {
        RankingRow row = selected.get();
        if (row == null || decision == ScreeningStatus.NEEDS_REVIEW || reason == null || reason.isBlank()) {
            return;
        }
        ops.write(p -> screening.override(round, row.receiptNo(), decision, reason, chairName),
                d -> ops.say(messages.get("chairui.ranking.overridden", row.receiptNo(),
                        messages.get("screening.status." + d.status().name()))));
    }

    /** Writes the selected company's 이의신청 pack to {@code target}. */
    public void appealPack(Path target, Consumer<Path> done) {
        appealPack(target, done, Notices.NONE);
    }

    /** As {@link #appealPack(Path, Consumer)}; {@code notices} hears that the pack was written, or why not. */
    public void appealPack(Path target, Consumer<Path> done, Notices notices) {
        RankingRow row = selected.get();
        if (row == null || workbooks == null) {
            return;
        }
        ops.read(messages.get("task.appeal", row.receiptNo()), p -> workbooks.appealPack(round, row.receiptNo(),
                target), path -> {
                    String said = messages.get("chairui.ranking.appealDone", row.receiptNo(), String.valueOf(path));
                    ops.say(said);
                    notices.finished(Notice.done(messages.get("notice.appeal.done"), said));
                    done.accept(path);
                }, e -> {
                    ops.fail(e);
                    notices.finished(Notice.failed(messages.get("notice.appeal.failed"), ops.describe(e)));
                });
    }
}
