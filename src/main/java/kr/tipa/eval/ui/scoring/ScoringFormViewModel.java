package kr.tipa.eval.ui.scoring;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import kr.tipa.eval.domain.rubric.Indicator;
import kr.tipa.eval.domain.rubric.Rubric;
import kr.tipa.eval.domain.rubric.RubricCategory;
import kr.tipa.eval.domain.rubric.ScoreProblem;
import kr.tipa.eval.domain.scoring.ScoreSheet;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.model.Decimals;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.service.RefusedException;
import kr.tipa.eval.service.ScoringService;
import kr.tipa.eval.ui.tasks.BackgroundTasks;

/**
 * The scoring form of any rubric: an entry per indicator, category subtotals, the total against the
 * cutoff, what is still missing. Each keystroke is written at once on the writer thread (autosave), in
 * keystroke order. There is one truth: a field holding what is not a valid score says why and leaves its
 * indicator unscored, in the database as on the screen, so that nothing signed was not shown as accepted.
 */
public final class ScoringFormViewModel {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final ScoringService scoring;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final Round round;
    private final String evaluatorId;
    private final Rubric rubric;
    private final List<IndicatorEntry> entries = new ArrayList<>();
    private final Map<String, ObjectProperty<BigDecimal>> subtotals = new LinkedHashMap<>();
    private final ObjectProperty<BigDecimal> total = new SimpleObjectProperty<>(BigDecimal.ZERO);
    private final IntegerProperty missing = new SimpleIntegerProperty();
    private final IntegerProperty invalid = new SimpleIntegerProperty();
    private final BooleanProperty readOnly = new SimpleBooleanProperty(true);
    private final BooleanProperty complete = new SimpleBooleanProperty();
    private final BooleanProperty loaded = new SimpleBooleanProperty();
    private final BooleanProperty submitted = new SimpleBooleanProperty();
    private final StringProperty opinion = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty receiptNo = new SimpleStringProperty("");
    private final StringProperty company = new SimpleStringProperty("");
    private final StringProperty notice = new SimpleStringProperty("");
    private final IntegerProperty version = new SimpleIntegerProperty();
    private final IntegerProperty pendingWrites = new SimpleIntegerProperty();
    private final ConflictAction conflicts;
    private Consumer<ScoreSheet> onSaved = sheet -> { };
    private boolean applying;

    /** @param conflicts where {@link #declareConflict()} sends the application shown (the workspace) */
    public ScoringFormViewModel(ScoringService scoring, BackgroundTasks tasks, Messages messages, Round round,
            String evaluatorId, ConflictAction conflicts) {
        this.scoring = scoring;
        this.conflicts = conflicts;
        this.tasks = tasks;
        this.messages = messages;
        this.round = round;
        this.evaluatorId = evaluatorId;
        this.rubric = round.program().rubric();
        for (RubricCategory category : rubric.categories()) {
            subtotals.put(category.id(), new SimpleObjectProperty<>(BigDecimal.ZERO));
            for (Indicator indicator : category.indicators()) {
                IndicatorEntry entry = new IndicatorEntry(indicator, category.id());
                entry.textProperty().addListener((o, was, now) -> typed(entry, now));
                entry.commentProperty().addListener((o, was, now) -> commented(entry, now));
                entries.add(entry);
            }
        }
        opinion.addListener((o, was, now) -> opinionTyped(now));
        recompute();
    }

    /** Declares a conflict on the application this form shows; nothing happens while none is shown. */
    public void declareConflict() {
        if (!receiptNo.get().isEmpty()) {
            conflicts.declare(receiptNo.get());
        }
    }

    /** Called after each successful write with the sheet as stored (for the list's state and total). */
    public void setOnSaved(Consumer<ScoreSheet> onSaved) {
        this.onSaved = onSaved;
    }

    public Rubric rubric() {
        return rubric;
    }

    public Round round() {
        return round;
    }

    public List<IndicatorEntry> entries() {
        return List.copyOf(entries);
    }

    public ObjectProperty<BigDecimal> subtotalProperty(String categoryId) {
        return subtotals.get(categoryId);
    }

    public ObjectProperty<BigDecimal> totalProperty() {
        return total;
    }

    /** Indicators without a score, counting those whose field holds a refused value. */
    public IntegerProperty missingProperty() {
        return missing;
    }

    /** Indicators whose field holds a refused value (each also counted as missing). */
    public IntegerProperty invalidProperty() {
        return invalid;
    }

    public BooleanProperty readOnlyProperty() {
        return readOnly;
    }

    public BooleanProperty completeProperty() {
        return complete;
    }

    public BooleanProperty submittedProperty() {
        return submitted;
    }

    public BooleanProperty loadedProperty() {
        return loaded;
    }

    public StringProperty opinionProperty() {
        return opinion;
    }

    /** The last save, a refusal, or what is being done, in words. */
    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty receiptNoProperty() {
        return receiptNo;
    }

    /** Why no sheet is shown for the chosen application (the agency's 제척); empty otherwise. */
    public StringProperty noticeProperty() {
        return notice;
    }

    /** Shows no sheet for an application the agency recused me from, and says so. */
    public void showAgencyRecusal(String reason) {
        clear();
        notice.set(messages.get("form.agencyConflict", reason));
    }

    public StringProperty companyProperty() {
        return company;
    }

    public IntegerProperty versionProperty() {
        return version;
    }

    public IntegerProperty pendingWritesProperty() {
        return pendingWrites;
    }

    public BigDecimal cutoff() {
        return round.program().cutoff();
    }

    /** Shows the sheet of an application (read in the background). */
    public void load(String receipt, String companyName) {
        loaded.set(false);
        notice.set("");
        receiptNo.set(receipt);
        company.set(companyName == null ? "" : companyName);
        tasks.run(p -> scoring.sheet(round, receipt, evaluatorId), d -> { }, sheet -> {
            if (receipt.equals(receiptNo.get())) {
                apply(sheet);
            }
        }, this::failed);
    }

    /** Shows a sheet already read (with the rest of the first screen): no second read. */
    public void show(String receipt, String companyName, ScoreSheet sheet) {
        receiptNo.set(receipt);
        company.set(companyName == null ? "" : companyName);
        apply(sheet);
    }

    /** Clears the form (e.g. after a conflict closes it). */
    public void clear() {
        notice.set("");
        receiptNo.set("");
        company.set("");
        apply(ScoreSheet.empty("-", evaluatorId));
        readOnly.set(true);
        loaded.set(false);
    }

    /** What submitting would sign, as the form shows it now. */
    public SigningQuestion submitQuestion() {
        return question(SigningQuestion.Kind.SUBMIT);
    }

    /** What opening a correction would reopen, as the form shows it now. */
    public SigningQuestion correctionQuestion() {
        return question(SigningQuestion.Kind.CORRECTION);
    }

    private SigningQuestion question(SigningQuestion.Kind kind) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        entries.forEach(e -> values.put(e.indicator().id(), e.valueProperty().get()));
        return new SigningQuestion(kind, receiptNo.get(), company.get(), total.get(), rubric.maxTotal(),
                version.get(), values);
    }

    /**
     * Signs and submits the sheet the evaluator was asked about and agreed to; the service refuses it
     * if what is stored is not what the question showed.
     */
    public void submit(SigningQuestion agreed) {
        if (agreed.kind() != SigningQuestion.Kind.SUBMIT || !agreed.receiptNo().equals(receiptNo.get())
                || !complete.get() || readOnly.get()) {
            return;
        }
        String receipt = agreed.receiptNo();
        status.set(messages.get("scoring.status.submitting"));
        write(() -> scoring.submit(round, receipt, evaluatorId, agreed.values()), sheet -> {
            apply(sheet);
            status.set(messages.get("scoring.status.submitted", sheet.version(), time(sheet)));
        });
    }

    /** Opens the next version of the submitted sheet the evaluator agreed to correct. */
    public void startCorrection(SigningQuestion agreed) {
        if (agreed.kind() != SigningQuestion.Kind.CORRECTION || !agreed.receiptNo().equals(receiptNo.get())
                || !submitted.get()) {
            return;
        }
        String receipt = agreed.receiptNo();
        write(() -> scoring.startCorrection(round, receipt, evaluatorId), this::apply);
    }

    /** Moves a score by one step (arrow keys), within 0 and the maximum. */
    public void step(IndicatorEntry entry, int direction) {
        if (readOnly.get()) {
            return;
        }
        BigDecimal current = entry.valueProperty().get() == null ? null : entry.valueProperty().get();
        BigDecimal next = current == null ? (direction > 0 ? BigDecimal.ZERO : entry.indicator().maxPoints())
                : current.add(rubric.step().multiply(BigDecimal.valueOf(direction)));
        if (next.signum() < 0 || next.compareTo(entry.indicator().maxPoints()) > 0) {
            return;
        }
        entry.textProperty().set(Decimals.plain(next));
    }

    private void typed(IndicatorEntry entry, String text) {
        if (applying || readOnly.get()) {
            return;
        }
        String trimmed = text == null ? "" : text.strip();
        String refusal = refusal(entry, trimmed);
        // A refused text leaves the indicator unscored: the value its first keystrokes saved is cleared.
        BigDecimal value = refusal.isEmpty() && !trimmed.isEmpty() ? new BigDecimal(trimmed) : null;
        entry.errorProperty().set(refusal.isEmpty() ? "" : refusal + " " + messages.get("scoring.error.unscored"));
        if (same(entry.valueProperty().get(), value)) {
            recompute();
            return;
        }
        entry.valueProperty().set(value);
        recompute();
        String receipt = receiptNo.get();
        String indicator = entry.indicator().id();
        write(() -> scoring.setScore(round, receipt, evaluatorId, indicator, value), this::saved);
    }

    /** Why the typed text is not a score of this indicator; empty when it is one or when nothing is typed. */
    private String refusal(IndicatorEntry entry, String trimmed) {
        if (trimmed.isEmpty()) {
            return "";
        }
        BigDecimal value;
        try {
            value = new BigDecimal(trimmed);
        } catch (NumberFormatException e) {
            return messages.get("scoring.error.notANumber", trimmed);
        }
        Optional<ScoreProblem> problem = rubric.check(entry.indicator().id(), value);
        return problem.map(p -> messages.get("scoring.refused." + p.name(), Decimals.plain(value),
                Decimals.plain(entry.indicator().maxPoints()), Decimals.plain(rubric.step()))).orElse("");
    }

    private void commented(IndicatorEntry entry, String comment) {
        if (applying || readOnly.get()) {
            return;
        }
        String receipt = receiptNo.get();
        String indicator = entry.indicator().id();
        write(() -> scoring.setComment(round, receipt, evaluatorId, indicator, comment), this::saved);
    }

    private void opinionTyped(String text) {
        if (applying || readOnly.get()) {
            return;
        }
        String receipt = receiptNo.get();
        write(() -> scoring.setOpinion(round, receipt, evaluatorId, text), this::saved);
    }

    private void write(WriteWork work, Consumer<ScoreSheet> then) {
        pendingWrites.set(pendingWrites.get() + 1);
        tasks.write(p -> work.call(), sheet -> {
            pendingWrites.set(pendingWrites.get() - 1);
            then.accept(sheet);
            onSaved.accept(sheet);
        }, e -> {
            pendingWrites.set(pendingWrites.get() - 1);
            failed(e);
        });
    }

    @FunctionalInterface
    private interface WriteWork {
        ScoreSheet call() throws Exception;
    }

    private void saved(ScoreSheet sheet) {
        if (pendingWrites.get() == 0) {
            status.set(messages.get("scoring.status.saved", time(sheet)));
        }
    }

    private void failed(Throwable e) {
        if (e instanceof RefusedException refused) {
            status.set(refused.render(messages));
        } else {
            status.set(messages.get("scoring.status.failed", String.valueOf(e.getMessage())));
        }
        if (!receiptNo.get().isEmpty()) {
            String receipt = receiptNo.get();
            tasks.run(p -> scoring.sheet(round, receipt, evaluatorId), d -> { }, this::apply, x -> { });
        }
    }

    private void apply(ScoreSheet sheet) {
        applying = true;
        try {
            for (IndicatorEntry entry : entries) {
                BigDecimal value = sheet.value(entry.indicator().id()).orElse(null);
                entry.valueProperty().set(value);
                entry.textProperty().set(value == null ? "" : Decimals.plain(value));
                entry.errorProperty().set("");
                entry.commentProperty().set(sheet.comment(entry.indicator().id()));
            }
            opinion.set(sheet.overallOpinion());
            version.set(sheet.version());
            submitted.set(sheet.submitted());
            readOnly.set(sheet.submitted());
            loaded.set(true);
            recompute();
        } finally {
            applying = false;
        }
    }

    private void recompute() {
        BigDecimal sum = BigDecimal.ZERO;
        int unscored = 0;
        int refused = 0;
        Map<String, BigDecimal> byCategory = new LinkedHashMap<>();
        for (IndicatorEntry entry : entries) {
            BigDecimal value = entry.valueProperty().get();
            if (!entry.errorProperty().get().isEmpty()) {
                refused++;
            }
            if (value == null) {
                unscored++;
            } else {
                sum = sum.add(value);
                byCategory.merge(entry.categoryId(), value, BigDecimal::add);
            }
        }
        subtotals.forEach((id, property) -> property.set(byCategory.getOrDefault(id, BigDecimal.ZERO)));
        total.set(sum);
        invalid.set(refused);
        missing.set(unscored);
        complete.set(unscored == 0 && refused == 0);
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static String time(ScoreSheet sheet) {
        return sheet.updatedAt() == null ? "" : TIME.format(sheet.updatedAt().atZone(ZoneId.systemDefault()));
    }
}
