package kr.tipa.eval.ui.chair;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.model.ApplicationOutcome;
import kr.tipa.eval.model.Decimals;
import kr.tipa.eval.model.PanelMember;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.service.Blockers;
import kr.tipa.eval.service.ChairService;
import kr.tipa.eval.service.FinaliseBlockedException;
import kr.tipa.eval.service.ResultWorkbooks;
import kr.tipa.eval.signing.Fingerprint;
import kr.tipa.eval.ui.Notices;
import kr.tipa.eval.ui.Notices.Notice;

/**
 * 확정: the spread alerts to acknowledge, what still blocks finalisation in plain words, the two explicit
 * options (acknowledge every alert, close every missing sheet), finalising, and the signed result workbook.
 */
public final class FinaliseViewModel {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ChairService chair;
    private final Round round;
    private final ResultWorkbooks workbooks;
    private final String chairName;
    private final ChairOperations ops;
    private final Messages messages;
    private final ObservableList<AlertRow> alerts = FXCollections.observableArrayList();
    private final ObservableList<String> blockerLines = FXCollections.observableArrayList();
    private final ObjectProperty<Blockers> blockers = new SimpleObjectProperty<>(
            new Blockers(List.of(), List.of(), Map.of()));
    private final BooleanProperty loaded = new SimpleBooleanProperty();
    private final BooleanProperty acknowledgeAll = new SimpleBooleanProperty();
    private final BooleanProperty closeMissing = new SimpleBooleanProperty();
    private final BooleanProperty finalised = new SimpleBooleanProperty();
    private final BooleanProperty isFinal = new SimpleBooleanProperty();
    private final StringProperty finalisationText = new SimpleStringProperty("");
    private final StringProperty exportText = new SimpleStringProperty("");
    private final BooleanBinding canFinalise;
    private Map<String, String> companies = Map.of();
    private Map<String, String> names = Map.of();
    private Map<String, Integer> order = Map.of();

    FinaliseViewModel(ChairService chair, Round round, ResultWorkbooks workbooks, String chairName,
            ChairOperations ops) {
        this.chair = chair;
        this.round = round;
        this.workbooks = workbooks;
        this.chairName = chairName;
        this.ops = ops;
        this.messages = ops.messages();
        // Finalised and unchanged since: finalising again would record nothing new.
        this.canFinalise = Bindings.createBooleanBinding(() -> loaded.get() && ops.runningProperty().get() == 0
                && !isFinal.get() && resolvable(blockers.get(), acknowledgeAll.get(), closeMissing.get()),
                loaded, blockers, acknowledgeAll, closeMissing, ops.runningProperty(), isFinal);
    }

    /** Finalising would succeed: nothing blocks, or only what the ticked options deal with. */
    static boolean resolvable(Blockers b, boolean acknowledgeAll, boolean closeMissing) {
        return b.needsReview().isEmpty() && (b.unacknowledgedAlerts().isEmpty() || acknowledgeAll)
                && (b.missingSheets().isEmpty() || closeMissing) && b.missingPanels().isEmpty()
                && b.provisionalPanels().isEmpty();
    }

    /** Whether the window has result workbooks to write with (null until it does). */
    public boolean canExport() {
        return workbooks != null;
    }

    public String programCode() {
        return round.programCode();
    }

    public ObservableList<AlertRow> alerts() {
        return alerts;
    }

    /** What blocks finalisation, one sentence each; empty when nothing does. */
    public ObservableList<String> blockerLines() {
        return blockerLines;
    }

    public ObjectProperty<Blockers> blockersProperty() {
        return blockers;
    }

    public BooleanProperty acknowledgeAllProperty() {
        return acknowledgeAll;
    }

    public BooleanProperty closeMissingProperty() {
        return closeMissing;
    }

    public BooleanBinding canFinaliseProperty() {
        return canFinalise;
    }

    public BooleanProperty finalisedProperty() {
        return finalised;
    }

    /** Finalised and unchanged since: the result workbook is final, not provisional. */
    public BooleanProperty isFinalProperty() {
        return isFinal;
    }

    public StringProperty finalisationTextProperty() {
        return finalisationText;
    }

    public StringProperty exportTextProperty() {
        return exportText;
    }

    void apply(ChairSnapshot s) {
        Map<String, String> byReceipt = new HashMap<>();
        for (ApplicationOutcome o : s.results().outcomes()) {
            byReceipt.put(o.receiptNo(), o.application().companyName());
        }
        companies = byReceipt;
        Map<String, String> panelNames = new HashMap<>();
        Map<String, Integer> panelOrder = new HashMap<>();
        for (PanelMember m : s.results().panel()) {
            panelNames.put(m.id(), m.evaluator().name());
            panelOrder.put(m.id(), panelOrder.size());
        }
        names = panelNames;
        order = panelOrder;
        List<AlertRow> rows = new ArrayList<>();
        s.alerts().forEach((receipt, spread) -> {
            ApplicationOutcome o = s.results().outcomes().stream().filter(x -> x.receiptNo().equals(receipt))
                    .findFirst().orElseThrow();
            String totals = o.aggregation().totals().stream()
                    .map(t -> names.getOrDefault(t.evaluatorId(), t.evaluatorId()) + " " + Decimals.plain(t.total()))
                    .collect(Collectors.joining("  ·  "));
            rows.add(new AlertRow(receipt, o.application().companyName(), totals, spread,
                    Optional.ofNullable(s.acknowledgements().get(receipt))));
        });
        alerts.setAll(rows);
        blockerLines.setAll(lines(s.blockers(), s.alerts()));
        blockers.set(s.blockers());
        finalised.set(s.finalisation().isPresent());
        isFinal.set(s.isFinal());
        finalisationText.set(s.finalisation().map(f -> messages.get(s.isFinal() ? "chairui.finalise.done"
                : "chairui.finalise.changed", f.by(), TIME.format(f.at().atZone(ZoneId.systemDefault())),
                f.resultsSha256().substring(0, 12))).orElse(messages.get("chairui.finalise.notYet")));
        loaded.set(true);
    }

    /** The blockers as sentences that say what to do about each. */
    List<String> lines(Blockers b, Map<String, java.math.BigDecimal> spreads) {
        List<String> lines = new ArrayList<>();
        b.needsReview().forEach(r -> lines.add(messages.get("chairui.blocker.needsReview", r, company(r))));
        b.unacknowledgedAlerts().forEach(r -> lines.add(messages.get("chairui.blocker.alert", r, company(r),
                spreads.containsKey(r) ? Decimals.plain(spreads.get(r)) : "?")));
        b.missingSheets().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> lines.add(
                messages.get("chairui.blocker.missing", e.getKey(), company(e.getKey()), e.getValue().stream()
                        .sorted(Comparator.comparing((String id) -> order.getOrDefault(id, Integer.MAX_VALUE))
                                .thenComparing(id -> id))
                        .map(id -> names.getOrDefault(id, id) + " (" + id + ")").collect(Collectors.joining(", ")))));
        b.missingPanels().forEach(p -> lines.add(messages.get("chairui.blocker.panelMissing", p)));
        b.provisionalPanels().forEach(p -> lines.add(messages.get("chairui.blocker.panelProvisional", p)));
        return lines;
    }

    private String company(String receipt) {
        return companies.getOrDefault(receipt, "");
    }

    public void acknowledge(String receiptNo) {
        ops.write(p -> {
            chair.acknowledge(round, receiptNo, chairName);
            return null;
        }, x -> ops.say(messages.get("chairui.alert.acknowledged", receiptNo)));
    }

    /**
     * Finalises with the ticked options. When the service still finds blockers (someone changed something
     * meanwhile), {@code blocked} receives them as sentences and nothing is written.
     */
    public void finalise(Consumer<List<String>> blocked) {
        boolean ack = acknowledgeAll.get();
        boolean close = closeMissing.get();
        Map<String, java.math.BigDecimal> spreads = new HashMap<>();
        alerts.forEach(a -> spreads.put(a.receiptNo(), a.spread()));
        ops.write(p -> chair.finalise(round, chairName, ack, close), f -> {
            acknowledgeAll.set(false);
            closeMissing.set(false);
            ops.say(messages.get("chairui.finalise.said", f.by()));
        }, e -> {
            if (e instanceof FinaliseBlockedException refused) {
                ops.say(messages.get("chairui.finalise.blocked"));
                blocked.accept(lines(refused.blockers(), spreads));
            } else {
                ops.fail(e);
            }
        });
    }

    /** Writes and signs the result workbook to {@code target}; {@code done} receives what it says. */
    public void export(Path target, Consumer<String> done) {
        export(target, done, Notices.NONE);
    }

    /** As {@link #export(Path, Consumer)}; {@code notices} hears that the workbook was written, or why not. */
    public void export(Path target, Consumer<String> done, Notices notices) {
        if (workbooks == null) {
            return;
        }
        ops.read(messages.get("task.results", String.valueOf(target.getFileName())), p -> workbooks.export(round,
                target), o -> {
                    String text = messages.get(o.provisional() ? "chairui.export.provisional" : "chairui.export.final",
                            String.valueOf(o.file()), o.signer(), shortForm(o.fingerprint()));
                    exportText.set(text);
                    ops.say(messages.get("chairui.export.said", String.valueOf(o.file().getFileName())));
                    notices.finished(Notice.done(messages.get("notice.results.done"), text));
                    done.accept(text);
                }, e -> {
                    ops.fail(e);
                    notices.finished(Notice.failed(messages.get("notice.results.failed"), ops.describe(e)));
                });
    }

    private static String shortForm(String fingerprint) {
        try {
            return new Fingerprint(fingerprint).shortForm();
        } catch (IllegalArgumentException e) {
            return fingerprint;
        }
    }
}
