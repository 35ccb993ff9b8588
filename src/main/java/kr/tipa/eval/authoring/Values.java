package kr.tipa.eval.authoring;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Cell values as people type them (round-authoring.md §1): booleans in the forms Korean offices use,
 * ISO dates and times (a time without an offset is Korea time), amounts with thousands separators,
 * lists separated by {@code ;}. Each method gives empty for a value it cannot read; the caller says
 * which cell that was.
 */
final class Values {

    static final ZoneId KOREA = ZoneId.of("Asia/Seoul");
    /** Always with seconds, so that a time read back prints as it was typed. */
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private static final Pattern PLAIN_DIGITS = Pattern.compile("\\d+");
    private static final Pattern GROUPED_DIGITS = Pattern.compile("\\d{1,3}(,\\d{3})+");
    private static final Pattern DATE_SPACE_TIME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2}) +(\\d{1,2}:.*)");

    private Values() {
    }

    /** {@code true}/{@code false} in any case, {@code Y}/{@code N}, {@code 예}/{@code 아니오}, {@code O}/{@code X}. */
    static Optional<Boolean> bool(Grid.Cell cell) {
        if (cell.bool() != null) {
            return Optional.of(cell.bool());
        }
        return switch (cell.strip().toLowerCase(Locale.ROOT)) {
            case "true", "y", "예", "o" -> Optional.of(Boolean.TRUE);
            case "false", "n", "아니오", "x" -> Optional.of(Boolean.FALSE);
            default -> Optional.empty();
        };
    }

    /** ISO 8601 with an offset, or without one (then Korea time); a workbook's date cell is Korea time. */
    static Optional<OffsetDateTime> dateTime(Grid.Cell cell) {
        if (cell.date() != null) {
            return Optional.of(cell.date().atZone(KOREA).toOffsetDateTime());
        }
        String text = cell.strip();
        var spaced = DATE_SPACE_TIME.matcher(text);
        if (spaced.matches()) {
            text = spaced.group(1) + "T" + spaced.group(2);
        }
        try {
            return Optional.of(OffsetDateTime.parse(text));
        } catch (DateTimeParseException e) {
            // No offset: Korea time, as the intake portal records it.
        }
        try {
            return Optional.of(LocalDateTime.parse(text).atZone(KOREA).toOffsetDateTime());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** An ISO date ({@code 2012-03-15}); a workbook's date cell gives its day. */
    static Optional<LocalDate> date(Grid.Cell cell) {
        if (cell.date() != null) {
            return Optional.of(cell.date().toLocalDate());
        }
        try {
            return Optional.of(LocalDate.parse(cell.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A whole number ≥ 0, its thousands separated by commas or not ({@code 1,250,000}). */
    static Optional<Long> amount(Grid.Cell cell) {
        String text = cell.strip();
        if (!PLAIN_DIGITS.matcher(text).matches() && !GROUPED_DIGITS.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(text.replace(",", "")));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The constant of {@code type} named by the cell, in any case. */
    static <E extends Enum<E>> Optional<E> code(String text, Class<E> type) {
        String wanted = text.strip();
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equalsIgnoreCase(wanted)).findFirst();
    }

    /** The name of the constant of {@code type} the text names, in any case. */
    static Optional<String> codeName(String text, Class<? extends Enum<?>> type) {
        String wanted = text.strip();
        return Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                .filter(name -> name.equalsIgnoreCase(wanted)).findFirst();
    }

    /** The items of a {@code ;}-separated list, without blanks. */
    static List<String> list(String text) {
        return Arrays.stream(text.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static String format(OffsetDateTime time) {
        return DATE_TIME.format(time);
    }
}
