package kr.tipa.eval.domain.advisory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reliability data: units (applications), each with the values its coders (evaluators) gave; a coder who
 * gave none (recused, missing sheet) is simply absent from that unit.
 */
public record Ratings(List<Unit> units) {

    public Ratings {
        units = List.copyOf(units);
    }

    /** One unit and its values by coder, in the order given. */
    public record Unit(String id, Map<String, Double> values) {
        public Unit {
            Objects.requireNonNull(id, "id");
            values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
            for (Map.Entry<String, Double> e : values.entrySet()) {
                if (e.getValue() == null || !Double.isFinite(e.getValue())) {
                    throw new IllegalArgumentException("unit " + id + ", coder " + e.getKey() + ": not a number");
                }
            }
        }

        /** At least two values: only such a unit says anything about agreement. */
        public boolean pairable() {
            return values.size() >= 2;
        }
    }

    /** Every coder, in the order of first appearance. */
    public Set<String> coders() {
        Set<String> coders = new LinkedHashSet<>();
        units.forEach(u -> coders.addAll(u.values().keySet()));
        return coders;
    }

    /** The same units without one coder's values. */
    public Ratings without(String coder) {
        List<Unit> rest = new ArrayList<>();
        for (Unit u : units) {
            Map<String, Double> values = new LinkedHashMap<>(u.values());
            values.remove(coder);
            rest.add(new Unit(u.id(), values));
        }
        return new Ratings(rest);
    }

    /** The units with at least two values. */
    public List<Unit> pairable() {
        return units.stream().filter(Unit::pairable).toList();
    }
}
