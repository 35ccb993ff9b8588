package kr.tipa.eval.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Reads the fields of one JSON object, recording a problem that names the file and the field's path
 * for every field that is missing, of the wrong type or out of range. A faulty field yields a harmless
 * placeholder so that reading can go on and report every fault of the file at once.
 */
final class JsonFields {

    /** More decimals than any score, cutoff or step needs; also keeps 1e-999999999 out of the database. */
    static final int MAX_DECIMALS = 10;
    static final int FIRST_YEAR = 1000;
    static final int LAST_YEAR = 9999;

    private final String file;
    private final String path;
    private final JsonNode node;
    private final Problems problems;
    /** Stands in for a missing object: its own fields are not reported again. */
    private final boolean ghost;

    JsonFields(String file, String path, JsonNode node, Problems problems) {
        this(file, path, node, problems, false);
    }

    private JsonFields(String file, String path, JsonNode node, Problems problems, boolean ghost) {
        this.file = file;
        this.path = path;
        this.node = node;
        this.problems = problems;
        this.ghost = ghost;
    }

    static JsonFields root(String file, JsonNode node, Problems problems) {
        JsonFields root = new JsonFields(file, "", node, problems);
        if (!node.isObject()) {
            problems.add(file, "", "bundle.json.notObject");
        }
        return root;
    }

    String file() {
        return file;
    }

    String pathOf(String name) {
        if (name.isEmpty()) {
            return path;
        }
        return path.isEmpty() ? name : path + "." + name;
    }

    boolean has(String name) {
        JsonNode value = node.get(name);
        return value != null && !value.isNull();
    }

    /** A required object; a missing one yields an empty reader whose fields all report as missing. */
    JsonFields object(String name) {
        JsonNode value = present(name);
        if (value != null && !value.isObject()) {
            wrongType(name, "object");
            value = null;
        }
        if (value == null) {
            return new JsonFields(file, pathOf(name), Jsons.MAPPER.createObjectNode(), problems, true);
        }
        return new JsonFields(file, pathOf(name), value, problems);
    }

    Optional<JsonFields> optionalObject(String name) {
        if (!has(name)) {
            return Optional.empty();
        }
        return Optional.of(object(name));
    }

    String text(String name) {
        JsonNode value = present(name);
        if (value == null) {
            return "";
        }
        if (!value.isTextual()) {
            wrongType(name, "text");
            return "";
        }
        if (value.asText().isBlank()) {
            problems.add(file, pathOf(name), "bundle.field.blank");
        }
        return value.asText();
    }

    /** Required text of at most {@code maxLength} characters (code points). */
    String text(String name, int maxLength) {
        String value = text(name);
        return fits(name, value, maxLength) ? value : "";
    }

    /** Whether {@code value} has at most {@code maxLength} code points; records a problem when not. */
    boolean fits(String name, String value, int maxLength) {
        int length = value.codePointCount(0, value.length());
        if (length > maxLength) {
            problems.add(file, pathOf(name), "bundle.field.tooLong", length, maxLength);
            return false;
        }
        return true;
    }

    /** Text that may be empty, but must be present. */
    String textMayBeEmpty(String name) {
        JsonNode value = present(name);
        if (value == null) {
            return "";
        }
        if (!value.isTextual()) {
            wrongType(name, "text");
            return "";
        }
        return value.asText();
    }

    /** Text that may be absent or null; returns null then. */
    String optionalText(String name) {
        if (!has(name)) {
            return null;
        }
        return text(name);
    }

    String matching(String name, Predicate<String> rule, String example) {
        String value = text(name);
        if (!value.isBlank() && !rule.test(value)) {
            problems.add(file, pathOf(name), "bundle.field.format", value, example);
        }
        return value;
    }

    boolean bool(String name) {
        JsonNode value = present(name);
        if (value == null) {
            return false;
        }
        if (!value.isBoolean()) {
            wrongType(name, "boolean");
            return false;
        }
        return value.booleanValue();
    }

    /** A boolean that may be absent or null; {@code fallback} then. */
    boolean optionalBool(String name, boolean fallback) {
        return has(name) ? bool(name) : fallback;
    }

    long integer(String name, long min, long max) {
        JsonNode value = present(name);
        return value == null ? min : integerValue(name, value, min, max);
    }

    /** An integer that may be absent; {@code fallback} then. Null also means absent. */
    long optionalInteger(String name, long min, long max, long fallback) {
        return has(name) ? integer(name, min, max) : fallback;
    }

    BigDecimal decimal(String name, BigDecimal min, BigDecimal max) {
        JsonNode value = present(name);
        if (value == null) {
            return min;
        }
        if (!value.isNumber()) {
            wrongType(name, "number");
            return min;
        }
        BigDecimal number = value.decimalValue();
        if (number.compareTo(min) < 0 || number.compareTo(max) > 0) {
            problems.add(file, pathOf(name), "bundle.field.range", shown(number),
                    min.toPlainString(), max.toPlainString());
            return min;
        }
        if (number.stripTrailingZeros().scale() > MAX_DECIMALS) {
            problems.add(file, pathOf(name), "bundle.field.decimals", shown(number), MAX_DECIMALS);
            return min;
        }
        return number;
    }

    /**
     * A number as a person can read it in a problem: plain digits unless that would take more than a
     * few dozen characters ({@code 1e999999999} has a billion of them), then scientific notation.
     */
    static String shown(BigDecimal number) {
        long digits = (long) number.precision() + Math.abs((long) number.scale());
        return digits <= 40 ? number.toPlainString() : number.toString();
    }

    OffsetDateTime dateTime(String name) {
        String value = textOf(name);
        if (value == null) {
            return OffsetDateTime.parse("1970-01-01T00:00:00Z");
        }
        try {
            OffsetDateTime parsed = OffsetDateTime.parse(value);
            if (!inYearRange(parsed.getYear())) {
                problems.add(file, pathOf(name), "bundle.field.range", value, FIRST_YEAR + "-01-01T00:00:00Z",
                        LAST_YEAR + "-12-31T23:59:59Z");
                return OffsetDateTime.parse("1970-01-01T00:00:00Z");
            }
            return parsed;
        } catch (DateTimeParseException e) {
            problems.add(file, pathOf(name), "bundle.field.dateTime", value);
            return OffsetDateTime.parse("1970-01-01T00:00:00Z");
        }
    }

    /**
     * Years of four digits. Java's own limits (year ±999,999,999) are reached by the arithmetic that
     * follows an import (an instant at another offset, the deadline minus five years), so a date at
     * the edge of them would pass here and fail later, inside the import or a screening.
     */
    private static boolean inYearRange(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    LocalDate date(String name) {
        String value = textOf(name);
        if (value == null) {
            return LocalDate.EPOCH;
        }
        try {
            LocalDate parsed = LocalDate.parse(value);
            if (!inYearRange(parsed.getYear())) {
                problems.add(file, pathOf(name), "bundle.field.range", value, FIRST_YEAR + "-01-01",
                        LAST_YEAR + "-12-31");
                return LocalDate.EPOCH;
            }
            return parsed;
        } catch (DateTimeParseException e) {
            problems.add(file, pathOf(name), "bundle.field.date", value);
            return LocalDate.EPOCH;
        }
    }

    <E extends Enum<E>> E enumeration(String name, Class<E> type) {
        String value = textOf(name);
        E[] constants = type.getEnumConstants();
        if (value == null) {
            return constants[0];
        }
        for (E constant : constants) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        problems.add(file, pathOf(name), "bundle.field.enum", value,
                Arrays.stream(constants).map(Enum::name).collect(Collectors.joining(", ")));
        return constants[0];
    }

    /** A required array of objects, each read by its own reader ({@code name[i]}). */
    List<JsonFields> objects(String name) {
        List<JsonFields> items = new ArrayList<>();
        JsonNode array = array(name);
        for (int i = 0; i < array.size(); i++) {
            String itemPath = pathOf(name) + "[" + i + "]";
            JsonNode item = array.get(i);
            if (!item.isObject()) {
                problems.add(file, itemPath, "bundle.field.type", "object");
                continue;
            }
            items.add(new JsonFields(file, itemPath, item, problems));
        }
        return items;
    }

    /** A required array of non-blank texts. */
    List<String> texts(String name) {
        List<String> items = new ArrayList<>();
        JsonNode array = array(name);
        for (int i = 0; i < array.size(); i++) {
            JsonNode item = array.get(i);
            if (!item.isTextual() || item.asText().isBlank()) {
                problems.add(file, pathOf(name) + "[" + i + "]", "bundle.field.type", "text");
                continue;
            }
            items.add(item.asText());
        }
        return items;
    }

    /** A required array of enum constants. */
    <E extends Enum<E>> List<E> enumerations(String name, Class<E> type) {
        List<E> items = new ArrayList<>();
        JsonNode array = array(name);
        for (int i = 0; i < array.size(); i++) {
            JsonFields wrapper = new JsonFields(file, pathOf(name) + "[" + i + "]", null, problems);
            items.add(wrapper.enumValue(array.get(i), type));
        }
        return items;
    }

    JsonNode raw(String name) {
        return node.get(name);
    }

    void problem(String name, String key, Object... args) {
        problems.add(file, pathOf(name), key, args);
    }

    private <E extends Enum<E>> E enumValue(JsonNode value, Class<E> type) {
        E[] constants = type.getEnumConstants();
        if (value.isTextual()) {
            for (E constant : constants) {
                if (constant.name().equals(value.asText())) {
                    return constant;
                }
            }
        }
        problems.add(file, path, "bundle.field.enum", value.toString(),
                Arrays.stream(constants).map(Enum::name).collect(Collectors.joining(", ")));
        return constants[0];
    }

    private long integerValue(String name, JsonNode value, long min, long max) {
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            if (value.isIntegralNumber()) {
                problems.add(file, pathOf(name), "bundle.field.range", value.asText(), min, max);
            } else {
                wrongType(name, "integer");
            }
            return min;
        }
        long number = value.longValue();
        if (number < min || number > max) {
            problems.add(file, pathOf(name), "bundle.field.range", Long.toString(number),
                    Long.toString(min), Long.toString(max));
            return min;
        }
        return number;
    }

    private JsonNode array(String name) {
        JsonNode value = present(name);
        if (value == null) {
            return ghostArray();
        }
        if (!value.isArray()) {
            wrongType(name, "array");
            return ghostArray();
        }
        return value;
    }

    private String textOf(String name) {
        JsonNode value = present(name);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            wrongType(name, "text");
            return null;
        }
        return value.asText();
    }

    /** The field's value, or null after recording it as missing (or as text that is no Unicode). */
    private JsonNode present(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            if (!ghost) {
                problems.add(file, pathOf(name), "bundle.field.missing");
            }
            return null;
        }
        if (value.isTextual() && hasLoneSurrogate(value.textValue())) {
            // "\ud800" is valid JSON but no character (RFC 8259, section 8.2): it cannot be stored
            // or compared as text, so an id or a name holding one would not be itself once kept.
            problems.add(file, pathOf(name), "bundle.field.unicode");
            return null;
        }
        return value;
    }

    private static boolean hasLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    private void wrongType(String name, String type) {
        problems.add(file, pathOf(name), "bundle.field.type", type);
    }

    private static JsonNode ghostArray() {
        return Jsons.MAPPER.createArrayNode();
    }
}
