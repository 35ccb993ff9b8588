package kr.tipa.eval.authoring;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import kr.tipa.eval.bundle.ApplicationParser;
import kr.tipa.eval.bundle.Jsons;
import kr.tipa.eval.domain.screening.BusinessRegistrationNumber;

/**
 * Turns the applications sheet's rows into application.json trees (documents are attached later),
 * recording a fault for every cell that cannot be read. What only screening judges (a business number's
 * check digit, a missing document) is left to screening.
 */
final class ApplicationRows {

    /** One application read from its row. */
    record Row(String file, int row, String receiptNo, ObjectNode json) {
    }

    private static final long MAX_EMPLOYEES = 10_000_000;
    private static final long MAX_USD = 1_000_000_000_000L;
    private static final Pattern GRADE = Pattern.compile("[A-Za-z0-9+-]{1,8}");
    private static final Pattern TEN_DIGITS = Pattern.compile("\\d{10}");

    private final IntakeFaults faults;

    ApplicationRows(IntakeFaults faults) {
        this.faults = faults;
    }

    List<Row> read(Table table) {
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Table.Record record : table.records()) {
            ObjectNode json = application(record, table.keys());
            String receipt = json.path(ApplicationColumns.RECEIPT_NO).asText("");
            if (receipt.isEmpty()) {
                continue;
            }
            Integer first = seen.putIfAbsent(receipt, record.row());
            if (first != null) {
                faults.add(record.file(), record.row(), ApplicationColumns.RECEIPT_NO, "intake.receipt.duplicate",
                        receipt, first);
                continue;
            }
            rows.add(new Row(record.file(), record.row(), receipt, json));
        }
        return rows;
    }

    private ObjectNode application(Table.Record record, List<String> keys) {
        ObjectNode root = Jsons.MAPPER.createObjectNode();
        for (ApplicationColumns.Field field : ApplicationColumns.FIELDS) {
            if (field.key().startsWith("groupInsurance.")) {
                continue;
            }
            Object value = value(record, field);
            if (value != null) {
                put(root, field.key(), value);
            }
        }
        object(root, "credit");
        groupInsurance(record, root);
        sections(record, keys, root);
        root.putArray("documents");
        return root;
    }

    /** All empty: not requested (no object); otherwise every fact given, an empty one read as "no". */
    private void groupInsurance(Table.Record record, ObjectNode root) {
        List<ApplicationColumns.Field> fields = ApplicationColumns.FIELDS.stream()
                .filter(f -> f.key().startsWith("groupInsurance.")).toList();
        if (fields.stream().allMatch(f -> record.get(f.key()).blank())) {
            return;
        }
        for (ApplicationColumns.Field field : fields) {
            Object value = record.get(field.key()).blank() ? Boolean.FALSE : value(record, field);
            if (value != null) {
                put(root, field.key(), value);
            }
        }
    }

    private void sections(Table.Record record, List<String> keys, ObjectNode root) {
        ArrayNode sections = object(root, "plan").putArray("sections");
        for (String key : keys) {
            if (!key.startsWith(ApplicationColumns.PLAN_PREFIX) || key.equals("plan.summary")) {
                continue;
            }
            String text = record.get(key).text();
            if (text.isBlank()) {
                continue;
            }
            String section = key.substring(ApplicationColumns.PLAN_PREFIX.length());
            sections.addObject().put("key", section).put("title", ApplicationColumns.sectionTitle(section))
                    .put("text", text.strip());
        }
    }

    /** The field's JSON value, or null after recording a fault (or for an optional empty cell). */
    private Object value(Table.Record record, ApplicationColumns.Field field) {
        Grid.Cell cell = record.get(field.key());
        String text = cell.strip();
        boolean optional = field.kind() == ApplicationColumns.Kind.GRADE
                || field.kind() == ApplicationColumns.Kind.OPTIONAL_BOOL
                || field.kind() == ApplicationColumns.Kind.TEXT_MAY_BE_EMPTY
                || field.kind() == ApplicationColumns.Kind.LIST || field.kind() == ApplicationColumns.Kind.CODES;
        if (cell.blank()) {
            if (!optional) {
                fault(record, field, "intake.cell.missing");
            }
            return switch (field.kind()) {
                case TEXT_MAY_BE_EMPTY -> "";
                case LIST, CODES -> List.of();
                default -> null;
            };
        }
        return switch (field.kind()) {
            case RECEIPT_NO -> matching(record, field, text, ApplicationParser.RECEIPT_NO, "2024-EXP-0001");
            case TEXT, TEXT_MAY_BE_EMPTY -> cell.text().strip();
            case DATE_TIME -> Values.dateTime(cell).map(Values::format)
                    .orElseGet(() -> unreadable(record, field, "intake.value.dateTime"));
            case DATE -> Values.date(cell).map(LocalDate::toString)
                    .orElseGet(() -> unreadable(record, field, "intake.value.date"));
            case BOOL, OPTIONAL_BOOL -> Values.bool(cell).map(Object.class::cast)
                    .orElseGet(() -> unreadable(record, field, "intake.value.bool"));
            case COUNT -> number(record, field, MAX_EMPLOYEES);
            case AMOUNT -> number(record, field, MAX_USD);
            case CODE -> Values.codeName(text, field.codes()).map(Object.class::cast)
                    .orElseGet(() -> unreadable(record, field, "intake.value.code", codes(field)));
            case LIST -> Values.list(text);
            case CODES -> codeList(record, field, text);
            case BUSINESS_NO -> businessNo(record, field, text);
            case GRADE -> matching(record, field, text, GRADE, "C");
        };
    }

    private Object number(Table.Record record, ApplicationColumns.Field field, long max) {
        Optional<Long> value = Values.amount(record.get(field.key()));
        if (value.isEmpty()) {
            return unreadable(record, field, "intake.value.amount");
        }
        if (value.get() > max) {
            fault(record, field, "intake.value.range", value.get(), 0, max);
            return null;
        }
        return value.get();
    }

    private Object codeList(Table.Record record, ApplicationColumns.Field field, String text) {
        List<String> codes = new ArrayList<>();
        for (String item : Values.list(text)) {
            Optional<String> code = Values.codeName(item, field.codes());
            if (code.isEmpty()) {
                fault(record, field, "intake.value.code", item, codes(field));
            } else if (!codes.contains(code.get())) {
                codes.add(code.get());
            }
        }
        return codes;
    }

    /** The form import requires ({@code NNN-NN-NNNNN}); ten digits without dashes are given them. */
    private Object businessNo(Table.Record record, ApplicationColumns.Field field, String text) {
        String number = TEN_DIGITS.matcher(text).matches()
                ? text.substring(0, 3) + "-" + text.substring(3, 5) + "-" + text.substring(5) : text;
        if (!BusinessRegistrationNumber.isWellFormed(number)) {
            fault(record, field, "intake.value.format", text, "220-81-62517");
            return null;
        }
        return number;
    }

    private Object matching(Table.Record record, ApplicationColumns.Field field, String text, Pattern pattern,
            String example) {
        if (!pattern.matcher(text).matches()) {
            fault(record, field, "intake.value.format", text, example);
            return null;
        }
        return text;
    }

    private <T> T unreadable(Table.Record record, ApplicationColumns.Field field, String key, Object... more) {
        Object[] args = new Object[more.length + 1];
        args[0] = record.get(field.key()).text();
        System.arraycopy(more, 0, args, 1, more.length);
        fault(record, field, key, args);
        return null;
    }

    private void fault(Table.Record record, ApplicationColumns.Field field, String key, Object... args) {
        faults.add(record.file(), record.row(), field.key(), key, args);
    }

    private static String codes(ApplicationColumns.Field field) {
        return String.join(", ", java.util.Arrays.stream(field.codes().getEnumConstants()).map(c -> ((Enum<?>) c).name())
                .toList());
    }

    private static ObjectNode object(ObjectNode parent, String name) {
        return parent.get(name) instanceof ObjectNode child ? child : parent.putObject(name);
    }

    /** Puts {@code value} at a dotted path, making the objects on the way. */
    private static void put(ObjectNode root, String path, Object value) {
        String[] parts = path.split("\\.");
        ObjectNode node = root;
        for (int i = 0; i < parts.length - 1; i++) {
            node = object(node, parts[i]);
        }
        String name = parts[parts.length - 1];
        switch (value) {
            case Boolean b -> node.put(name, b);
            case Long l -> node.put(name, l);
            case List<?> list -> {
                ArrayNode array = node.putArray(name);
                list.forEach(item -> array.add(String.valueOf(item)));
            }
            default -> node.put(name, String.valueOf(value));
        }
    }
}
