package kr.tipa.eval.authoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.tipa.eval.i18n.Localizable;

/** Every fault of one build's inputs; reading goes on after each, so that one run lists them all. */
final class IntakeFaults {

    private final List<IntakeFault> list = new ArrayList<>();

    void add(String file, int row, String column, String key, Object... args) {
        list.add(new IntakeFault(file, row, column, Localizable.of(key, args)));
    }

    /** Whether a fault names this row of this file already. */
    boolean atRow(String file, int row) {
        return list.stream().anyMatch(f -> f.row() == row && f.file().equals(file));
    }

    int count() {
        return list.size();
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    /** Files in the order they were read, each file's faults by row, as the person fixing them goes. */
    List<IntakeFault> all() {
        Map<String, Integer> fileOrder = new HashMap<>();
        list.forEach(f -> fileOrder.putIfAbsent(f.file(), fileOrder.size()));
        List<IntakeFault> sorted = new ArrayList<>(list);
        sorted.sort(Comparator.comparingInt((IntakeFault f) -> fileOrder.get(f.file()))
                .thenComparingInt(IntakeFault::row));
        return List.copyOf(sorted);
    }
}
