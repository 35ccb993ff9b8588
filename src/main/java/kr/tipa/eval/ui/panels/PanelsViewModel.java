package kr.tipa.eval.ui.panels;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kr.tipa.eval.domain.aggregation.SelectionStatus;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.model.ApplicationOutcome;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.model.RoundResults;
import kr.tipa.eval.service.PanelResultImportService;
import kr.tipa.eval.service.RefusedException;
import kr.tipa.eval.service.ResultCsvService;
import kr.tipa.eval.service.ResultWorkbooks;
import kr.tipa.eval.service.ResultsService;
import kr.tipa.eval.ui.tasks.BackgroundTasks;

/**
 * 분과 현황 on the agency's database: each panel's state (imported, final, missing) with who signed its result
 * and the certificate's fingerprint; the panels' result files imported several at once; the merged ranking
 * across panels with the cutoff and capacity lines; and the hand-over (the signed result workbook and the CSV).
 * Everything is read in one background read, again after every change.
 */
public final class PanelsViewModel {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** What one read brings: the panels and the merged results, read together so that they agree. */
    private record Snapshot(List<PanelResultImportService.PanelState> states, RoundResults results) {
    }

    private final PanelResultImportService panels;
    private final ResultsService results;
    private final ResultWorkbooks workbooks;
    private final ResultCsvService csv;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final Round round;
    private final String actor;
    private final ZoneId zone;
    private final ObservableList<PanelRow> panelRows = FXCollections.observableArrayList();
    private final ObservableList<MergedRow> ranking = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty capacityText = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty statusIsError = new SimpleBooleanProperty();
    private final IntegerProperty running = new SimpleIntegerProperty();
    private final BooleanProperty loaded = new SimpleBooleanProperty();
    private final BooleanProperty allFinal = new SimpleBooleanProperty();
    private long generation;

    /**
     * @param actor who imports and hands over, as the audit trail records it
     */
    public PanelsViewModel(PanelResultImportService panels, ResultsService results, ResultWorkbooks workbooks,
            ResultCsvService csv, BackgroundTasks tasks, Messages messages, Round round, String actor, ZoneId zone) {
        this.panels = panels;
        this.results = results;
        this.workbooks = workbooks;
        this.csv = csv;
        this.tasks = tasks;
        this.messages = messages;
        this.round = round;
        this.actor = actor;
        this.zone = zone;
    }

    public Messages messages() {
        return messages;
    }

    public Round round() {
        return round;
    }

    public ObservableList<PanelRow> panels() {
        return panelRows;
    }

    public ObservableList<MergedRow> ranking() {
        return ranking;
    }

    /** "분과 2개: 확정 1, 잠정 1, 없음 0". */
    public StringProperty summaryProperty() {
        return summary;
    }

    /** How many pass the cutoff against the capacity, and the selection in numbers. */
    public StringProperty capacityTextProperty() {
        return capacityText;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public ReadOnlyBooleanProperty statusIsErrorProperty() {
        return statusIsError;
    }

    public BooleanBinding busyProperty() {
        return running.greaterThan(0);
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded;
    }

    /** Every panel's result is in and final: the round can be finalised and handed over as final. */
    public ReadOnlyBooleanProperty allFinalProperty() {
        return allFinal;
    }

    public BigDecimal cutoff() {
        return round.program().cutoff();
    }

    public int capacity() {
        return round.program().capacity();
    }

    /** Reads the panels and the merged results again; only the newest read is shown. */
    public void refresh() {
        long mine = ++generation;
        started();
        tasks.run(p -> new Snapshot(panels.states(round), results.results(round)), d -> { }, s -> {
            finished();
            if (mine == generation) {
                apply(s);
            }
        }, e -> {
            finished();
            fail(e);
        });
    }

    /** Imports the chosen panel result files together: all of them, or none when any is refused. */
    public void importFiles(List<Path> files) {
        if (files.isEmpty()) {
            return;
        }
        started();
        tasks.write(p -> panels.importAll(round, files, actor), outcomes -> {
            finished();
            List<String> parts = new ArrayList<>();
            for (PanelResultImportService.Outcome o : outcomes) {
                parts.add(messages.get(o.unchanged() ? "panelsui.imported.unchanged"
                        : o.finalResult() ? "panelsui.imported.final" : "panelsui.imported.provisional",
                        o.panelId(), o.version()));
            }
            say(messages.get("panelsui.imported", outcomes.size(), String.join(", ", parts)));
            refresh();
        }, e -> {
            finished();
            fail(e);
            refresh();
        });
    }

    /** Writes the signed result workbook (final once the round is finalised and unchanged, else 잠정). */
    public void saveWorkbook(Path target, Consumer<Path> done) {
        started();
        tasks.write(p -> workbooks.export(round, target), o -> {
            finished();
            say(messages.get(o.provisional() ? "panelsui.workbook.provisional" : "panelsui.workbook.final",
                    String.valueOf(o.file()), o.fingerprint()));
            done.accept(o.file());
        }, e -> {
            finished();
            fail(e);
        });
    }

    /** Writes the result CSV for the agency's own systems. */
    public void saveCsv(Path target, Consumer<Path> done) {
        started();
        tasks.write(p -> csv.write(round, target, actor), w -> {
            finished();
            say(messages.get("panelsui.csv.done", String.valueOf(w.file()), w.rows()));
            done.accept(w.file());
        }, e -> {
            finished();
            fail(e);
        });
    }

    private void apply(Snapshot s) {
        List<PanelRow> rows = new ArrayList<>();
        int finals = 0;
        int provisional = 0;
        int missing = 0;
        for (PanelResultImportService.PanelState state : s.states()) {
            switch (state.state()) {
                case FINAL -> finals++;
                case PROVISIONAL -> provisional++;
                case MISSING -> missing++;
                default -> throw new IllegalStateException(state.state().name());
            }
            rows.add(new PanelRow(state.panel().id(), state.panel().name(), state.state(),
                    state.current().map(r -> r.chairName()).orElse(""),
                    state.current().map(r -> r.signerName()).orElse(""),
                    state.current().map(r -> r.fingerprint())
                            .orElse(state.rosterFingerprint().or(state::pinnedFingerprint).orElse("")),
                    state.current().map(r -> messages.get("panelsui.version", r.seq())).orElse(""),
                    state.current().map(r -> TIME.format(r.importedAt().atZone(zone))).orElse(""),
                    state.rosterFingerprint().isPresent()));
        }
        panelRows.setAll(rows);
        summary.set(messages.get("panelsui.summary", s.states().size(), finals, provisional, missing));
        allFinal.set(!s.states().isEmpty() && finals == s.states().size());
        ranking.setAll(ranking(s.results()));
        loaded.set(true);
    }

    private List<MergedRow> ranking(RoundResults r) {
        List<ApplicationOutcome> outcomes = r.outcomes();
        int lastPassing = -1;
        int capacityRow = -1;
        int selected = 0;
        int passing = 0;
        int excluded = 0;
        for (int i = 0; i < outcomes.size(); i++) {
            var a = outcomes.get(i).aggregation();
            if (a.composite().isPresent() && a.composite().get().compareTo(cutoff()) >= 0) {
                lastPassing = i;
                passing++;
                if (a.exclusionReason().isPresent()) {
                    excluded++;
                }
            }
            if (a.status() == SelectionStatus.SELECTED && ++selected == capacity()) {
                capacityRow = i;
            }
        }
        List<MergedRow> rows = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            ApplicationOutcome o = outcomes.get(i);
            var a = o.aggregation();
            boolean notLast = i < outcomes.size() - 1;
            rows.add(new MergedRow(a.rank(), o.receiptNo(), r.panelOf(o.receiptNo()).orElse(""),
                    o.application().companyName(), a.composite(), a.status(), a.exclusionReason().isPresent(),
                    i == lastPassing && notLast, i == capacityRow && notLast));
        }
        String line = passing > capacity()
                ? messages.get("chairui.ranking.over", passing, capacity(), passing - capacity())
                : messages.get("chairui.ranking.within", passing, capacity());
        capacityText.set(line + "  ·  " + messages.get("panelsui.selection", selected, excluded));
        return rows;
    }

    private void say(String text) {
        statusIsError.set(false);
        status.set(text);
    }

    private void fail(Throwable e) {
        statusIsError.set(true);
        status.set(e instanceof RefusedException refused ? refused.render(messages)
                : messages.get("chairui.error.unexpected", e.getClass().getSimpleName(), String.valueOf(e.getMessage())));
    }

    private void started() {
        running.set(running.get() + 1);
    }

    private void finished() {
        running.set(running.get() - 1);
    }
}
