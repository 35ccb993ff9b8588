package kr.tipa.eval.domain.screening;

import java.util.regex.Pattern;

/** 사업자등록번호 {@code NNN-NN-NNNNN} and its check digit (program-rules.md §1). */
public final class BusinessRegistrationNumber {

    private static final Pattern FORM = Pattern.compile("\\d{3}-\\d{2}-\\d{5}");
    private static final int[] WEIGHTS = {1, 3, 7, 1, 3, 7, 1, 3, 5};

    private BusinessRegistrationNumber() {
    }

    public static boolean isWellFormed(String number) {
        return number != null && FORM.matcher(number).matches();
    }

    /**
     * s = d1·1 + d2·3 + d3·7 + d4·1 + d5·3 + d6·7 + d7·1 + d8·3 + d9·5 + ⌊d9·5/10⌋;
     * valid when (10 − s mod 10) mod 10 = d10.
     */
    public static boolean hasValidCheckDigit(String number) {
        if (!isWellFormed(number)) {
            return false;
        }
        String digits = digitsOf(number);
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += digit(digits, i) * WEIGHTS[i];
        }
        sum += digit(digits, 8) * 5 / 10;
        return (10 - sum % 10) % 10 == digit(digits, 9);
    }

    /** The ten digits without dashes, used to compare numbers. */
    public static String digitsOf(String number) {
        return number.replaceAll("\\D", "");
    }

    private static int digit(String digits, int index) {
        return digits.charAt(index) - '0';
    }
}
