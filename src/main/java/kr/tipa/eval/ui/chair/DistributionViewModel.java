package kr.tipa.eval.ui.chair;

import java.math.BigDecimal;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kr.tipa.eval.domain.aggregation.Histogram;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.model.Decimals;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.service.EvaluatorProfile;

/**
 * 분포: a histogram of composites in bins of five points with the cutoff marked, and each evaluator's
 * scoring profile (advisory only — it never replaces the official composite).
 */
public final class DistributionViewModel {

    /** Bins of five points, as the announcement's scale reads. */
    public static final BigDecimal BIN_WIDTH = BigDecimal.valueOf(5);

    private final Round round;
    private final Messages messages;
    private final ObservableList<Histogram.Bin> bins = FXCollections.observableArrayList();
    private final ObservableList<EvaluatorProfile> profiles = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");

    DistributionViewModel(Round round, Messages messages) {
        this.round = round;
        this.messages = messages;
    }

    public ObservableList<Histogram.Bin> bins() {
        return bins;
    }

    public ObservableList<EvaluatorProfile> profiles() {
        return profiles;
    }

    /** How many composites there are and how many reach the cutoff, in words. */
    public StringProperty summaryProperty() {
        return summary;
    }

    public BigDecimal cutoff() {
        return round.program().cutoff();
    }

    void apply(ChairSnapshot s) {
        List<BigDecimal> composites = s.results().outcomes().stream()
                .flatMap(o -> o.aggregation().composite().stream()).toList();
        bins.setAll(Histogram.bins(composites, round.program().rubric().maxTotal(), BIN_WIDTH, cutoff()));
        long reaching = composites.stream().filter(c -> c.compareTo(cutoff()) >= 0).count();
        summary.set(messages.get("chairui.distribution.summary", composites.size(), Decimals.plain(cutoff()),
                reaching));
        profiles.setAll(s.profiles());
    }
}
