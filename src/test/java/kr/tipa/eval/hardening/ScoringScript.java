package kr.tipa.eval.hardening;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import kr.tipa.eval.domain.rubric.Indicator;
import kr.tipa.eval.domain.rubric.Rubric;
import kr.tipa.eval.domain.scoring.ScoreSheet;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.service.ScoringService;

/**
 * The scripted scoring of the kill test, run by the child and replayed by the parent. Both start from
 * the same state (what the database held when the child started) and the same seed, so the parent
 * knows exactly what the database must hold after the k-th committed operation: every operation
 * changes something, so the states after k and after k+1 always differ.
 */
final class ScoringScript {

    /** One operation on the evaluator's sheets. */
    record Op(Kind kind, String receiptNo, String indicatorId, BigDecimal value) {
        enum Kind { SET, SUBMIT, CORRECT }

        String line(long k) {
            return "COMMITTED " + k + " " + kind + " " + receiptNo + " " + indicatorId + " "
                    + (value == null ? "-" : value.toPlainString());
        }
    }

    /** One version of a sheet as the test sees it: state and values, nothing else. */
    record Version(int version, boolean submitted, Map<String, String> values) {
    }

    private final Random random;
    private final Rubric rubric;
    private final List<String> receipts;
    /** receipt → versions, oldest first. */
    private final Map<String, List<Version>> state;

    ScoringScript(long seed, Rubric rubric, List<String> receipts, Map<String, List<Version>> initial) {
        this.random = new Random(seed);
        this.rubric = rubric;
        this.receipts = List.copyOf(receipts);
        this.state = copy(initial);
    }

    /** What the database holds now for {@code evaluator}, in the shape the script models. */
    static Map<String, List<Version>> read(ScoringService scoring, Round round, List<String> receipts,
            String evaluator) {
        Map<String, List<Version>> read = new TreeMap<>();
        for (String receipt : receipts) {
            List<Version> versions = new ArrayList<>();
            for (ScoreSheet sheet : scoring.versions(round, receipt, evaluator)) {
                Map<String, String> values = new TreeMap<>();
                sheet.scores().forEach((id, score) -> {
                    if (score.value() != null) {
                        values.put(id, plain(score.value()));
                    }
                });
                versions.add(new Version(sheet.version(), sheet.submitted(), values));
            }
            read.put(receipt, versions);
        }
        return read;
    }

    Map<String, List<Version>> state() {
        return copy(state);
    }

    /** The next operation, applied to the model. */
    Op next() {
        String receipt = receipts.get(random.nextInt(receipts.size()));
        List<Version> versions = state.get(receipt);
        Version latest = versions.isEmpty() ? null : versions.get(versions.size() - 1);
        Op op;
        if (latest != null && latest.submitted()) {
            op = new Op(Op.Kind.CORRECT, receipt, "-", null);
            versions.add(new Version(latest.version() + 1, false, new TreeMap<>(latest.values())));
        } else if (latest != null && latest.values().size() == rubric.indicators().size() && random.nextInt(4) == 0) {
            op = new Op(Op.Kind.SUBMIT, receipt, "-", null);
            versions.set(versions.size() - 1, new Version(latest.version(), true, latest.values()));
        } else {
            Indicator indicator = pickIndicator(latest);
            String current = latest == null ? null : latest.values().get(indicator.id());
            int max = indicator.maxPoints().intValueExact();
            BigDecimal value;
            do {
                value = BigDecimal.valueOf(random.nextInt(max + 1));
            } while (plain(value).equals(current));
            op = new Op(Op.Kind.SET, receipt, indicator.id(), value);
            if (latest == null) {
                latest = new Version(1, false, new TreeMap<>());
                versions.add(latest);
            }
            latest.values().put(indicator.id(), plain(value));
        }
        return op;
    }

    /** Unset indicators first, mostly, so that sheets fill up and get submitted and corrected. */
    private Indicator pickIndicator(Version latest) {
        List<Indicator> all = rubric.indicators();
        if (latest != null && random.nextInt(10) < 7) {
            List<Indicator> unset = all.stream().filter(i -> !latest.values().containsKey(i.id())).toList();
            if (!unset.isEmpty()) {
                return unset.get(random.nextInt(unset.size()));
            }
        }
        return all.get(random.nextInt(all.size()));
    }

    static void apply(ScoringService scoring, Round round, String evaluator, Op op) {
        switch (op.kind()) {
            case SET -> scoring.setScore(round, op.receiptNo(), evaluator, op.indicatorId(), op.value());
            case SUBMIT -> scoring.submit(round, op.receiptNo(), evaluator);
            case CORRECT -> scoring.startCorrection(round, op.receiptNo(), evaluator);
        }
    }

    static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    private static Map<String, List<Version>> copy(Map<String, List<Version>> from) {
        Map<String, List<Version>> copy = new LinkedHashMap<>();
        from.forEach((receipt, versions) -> {
            List<Version> list = new ArrayList<>();
            versions.forEach(v -> list.add(new Version(v.version(), v.submitted(), new TreeMap<>(v.values()))));
            copy.put(receipt, list);
        });
        return copy;
    }
}
