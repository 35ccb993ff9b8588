package kr.tipa.eval.domain.panel;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * In a blind round evaluators see "신청기업 07" instead of the company (round-authoring.md §2). The number is
 * the place of the application's receipt number among all the round's receipt numbers in ascending order
 * (from 1, two digits or as many as the count needs), so it is the same in every panel's package and on
 * every split of the same round; it says nothing of the panel, the screening or the company.
 */
public final class Pseudonyms {

    /** What the company's name becomes: 신청기업 and the number. */
    public static final String NAME_PREFIX = "신청기업 ";
    /** What the CEO's name and the address become. */
    public static final String WITHHELD = "(비공개)";

    private Pseudonyms() {
    }

    /** The pseudonym of each receipt number, in receipt-number order. */
    public static Map<String, String> of(List<String> receiptNos) {
        TreeSet<String> ordered = new TreeSet<>(receiptNos);
        int width = Math.max(2, String.valueOf(ordered.size()).length());
        Map<String, String> names = new LinkedHashMap<>();
        int number = 1;
        for (String receiptNo : ordered) {
            names.put(receiptNo, NAME_PREFIX + String.format("%0" + width + "d", number++));
        }
        return names;
    }
}
