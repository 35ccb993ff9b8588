package kr.tipa.eval.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.OptionalDouble;
import kr.tipa.eval.domain.advisory.Agreement;
import kr.tipa.eval.domain.advisory.PanelAdvisory;

/**
 * The {@code advisory} objects of {@code results --json} (참고용): the panel's agreement and, per application,
 * the adjusted composite. Alpha is a number to three decimals, as Krippendorff reports it, or null when
 * undefined; the adjusted composite is a decimal string like {@code composite}.
 */
final class AdvisoryJson {

    private AdvisoryJson() {
    }

    static void round(ObjectNode node, PanelAdvisory advisory) {
        Agreement agreement = advisory.agreement();
        node.put("advisoryOnly", true);
        node.put("metric", "KRIPPENDORFF_ALPHA_INTERVAL");
        alpha(node, "alpha", agreement.alpha());
        if (agreement.interval().isPresent()) {
            ArrayNode interval = node.putArray("alphaInterval");
            interval.add(round(agreement.interval().get().lower()));
            interval.add(round(agreement.interval().get().upper()));
        } else {
            node.putNull("alphaInterval");
        }
        ObjectNode without = node.putObject("alphaWithout");
        agreement.alphaWithout().forEach((id, a) -> alpha(without, id, a));
        node.put("pairableApplications", agreement.pairableUnits());
        ObjectNode bootstrap = node.putObject("bootstrap");
        bootstrap.put("method", "PERCENTILE_RESAMPLING_APPLICATIONS");
        bootstrap.put("replicates", Agreement.REPLICATES);
        bootstrap.put("seed", Agreement.SEED);
        bootstrap.put("defined", agreement.interval().map(Agreement.Interval::replicates).orElse(0));
        ObjectNode excluded = node.putObject("excludedFromAdjustment");
        advisory.adjustment().excluded().forEach((id, why) -> excluded.put(id, why.name()));
        ArrayNode cutoff = node.putArray("crossesCutoff");
        advisory.crossingCutoff().forEach(cutoff::add);
        ArrayNode capacity = node.putArray("crossesCapacity");
        advisory.crossingCapacity().forEach(capacity::add);
    }

    static void application(ObjectNode node, PanelAdvisory.Advice advice) {
        if (advice.adjustedComposite().isPresent()) {
            node.put("adjustedComposite", advice.adjustedComposite().get().toPlainString());
        } else {
            node.putNull("adjustedComposite");
        }
        node.put("crossesCutoff", advice.crossesCutoff());
        node.put("crossesCapacity", advice.crossesCapacity());
    }

    private static void alpha(ObjectNode node, String field, OptionalDouble value) {
        if (value.isPresent()) {
            node.put(field, round(value.getAsDouble()));
        } else {
            node.putNull(field);
        }
    }

    private static BigDecimal round(double value) {
        return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP);
    }
}
