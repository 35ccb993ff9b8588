package kr.tipa.eval.hardening;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import kr.tipa.eval.bundle.Jsons;

/**
 * Mutations of the JSON inside a bundle, made on the trees before zipping: fields deleted, retyped,
 * stretched, nested; hostile receipt numbers, file names, dates, numbers and enums; checksums and
 * manifest lists that disagree with the files; other format versions, rubrics and tie-breaks. Unless a
 * mutation is about checksums, the changed file's new SHA-256 is carried into whatever lists it.
 */
final class JsonMutations {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final List<String> MANIFEST_NUMBERS = List.of("formatVersion", "program.capacity", "program.cutoff",
            "program.aggregation.minEvaluators", "program.aggregation.trimWhenAtLeast",
            "program.aggregation.roundingScale", "program.aggregation.spreadAlert");
    private static final List<String> APPLICATION_NUMBERS = List.of("company.employees", "export.lastYearExportUsd");
    private static final List<String> MANIFEST_DATES = List.of("createdAt", "program.applicationDeadline");
    private static final List<String> APPLICATION_DATES = List.of("submittedAt", "company.foundedOn",
            "rndProject.completedOn");
    private static final List<String> ENUMS = List.of("rndProject.role", "rndProject.result", "documents.0.type",
            "onlineForms.0", "credit.ksureGrade");

    private JsonMutations() {
    }

    static void apply(FuzzBundle bundle, Random random) {
        int manifest = bundle.indexOf(FuzzBundle.MANIFEST);
        List<Integer> applications = bundle.applicationJsons();
        if (manifest < 0 || applications.isEmpty()) {
            return;
        }
        int application = Hostile.pick(random, applications);
        int target = random.nextInt(3) == 0 ? manifest : application;
        String where = bundle.entries().get(target).name();
        switch (random.nextInt(16)) {
            case 0 -> edit(bundle, target, "delete a field of " + where, tree -> {
                Slot slot = randomSlot(tree, random);
                if (slot != null) {
                    slot.remove();
                }
            });
            case 1, 2 -> edit(bundle, target, "retype a field of " + where, tree -> {
                Slot slot = randomSlot(tree, random);
                if (slot != null) {
                    slot.set(Hostile.value(random));
                }
            });
            case 3 -> edit(bundle, target, "odd text in " + where, tree -> {
                List<Slot> texts = slots(tree).stream().filter(s -> s.get().isTextual()).toList();
                if (!texts.isEmpty()) {
                    Slot slot = Hostile.pick(random, texts);
                    String odd = Hostile.pick(random, Hostile.TEXTS);
                    slot.set(JSON.textNode(random.nextBoolean() ? odd : slot.get().asText() + odd));
                }
            });
            case 4 -> {
                boolean inManifest = random.nextBoolean();
                String path = Hostile.pick(random, inManifest ? MANIFEST_NUMBERS : APPLICATION_NUMBERS);
                edit(bundle, inManifest ? manifest : application, "number " + path, t -> set(t, path,
                        Hostile.number(random)));
            }
            case 5 -> {
                boolean inManifest = random.nextBoolean();
                String path = Hostile.pick(random, inManifest ? MANIFEST_DATES : APPLICATION_DATES);
                List<String> pool = path.endsWith("On") ? Hostile.DATES : Hostile.DATE_TIMES;
                edit(bundle, inManifest ? manifest : application, "date " + path, t -> set(t, path,
                        JSON.textNode(Hostile.pick(random, pool))));
            }
            case 6 -> {
                String path = Hostile.pick(random, ENUMS);
                edit(bundle, application, "enum " + path, t -> set(t, path, JSON.textNode(Hostile.pick(random,
                        Hostile.ENUMS))));
            }
            case 7 -> edit(bundle, manifest, "formatVersion", t -> t.set("formatVersion",
                    random.nextBoolean() ? Hostile.number(random) : Hostile.value(random)));
            case 8 -> EntryMutations.receiptNo(bundle, random, application, manifest);
            case 9 -> EntryMutations.documentFile(bundle, random, application);
            case 10 -> checksum(bundle, random, manifest, application);
            case 11 -> edit(bundle, manifest, "manifest list", t -> manifestList(t, random));
            case 12 -> edit(bundle, manifest, "rubric", t -> rubric(t, random));
            case 13 -> edit(bundle, manifest, "tieBreak / aggregation", t -> set(t, random.nextBoolean()
                    ? "program.tieBreak" : "program.aggregation", Hostile.value(random)));
            default -> stillValid(bundle, random, application);
        }
    }

    /** Changes a valid bundle may carry: these cases should import. */
    private static void stillValid(FuzzBundle bundle, Random random, int application) {
        // Each of these is allowed by bundle-format.md: any company name, a cancelled application
        // (screened, not refused), group insurance requested without its form (ineligible, "still
        // imported and shown"), any plan text.
        bundle.noteValid("a valid change");
        bundle.editJson(application, true, tree -> {
            switch (random.nextInt(4)) {
                case 0 -> set(tree, "company.name", JSON.textNode("주식회사 " + "가나다라".repeat(1 + random.nextInt(40))));
                case 1 -> tree.put("submissionComplete", false);
                case 2 -> set(tree, "groupInsurance.requested", JSON.booleanNode(true));
                default -> set(tree, "plan.summary", JSON.textNode("줄\n바꿈\t과 \"따옴표\" 😀"));
            }
        });
    }

    private static void checksum(FuzzBundle bundle, Random random, int manifest, int application) {
        if (random.nextBoolean()) {
            // A document's listed hash changes; the application's own new hash is carried on.
            edit(bundle, application, "a document checksum", t -> set(t, "documents." + random.nextInt(2) + ".sha256",
                    JSON.textNode(oddHash(random))));
        } else {
            bundle.note("an application checksum in the manifest");
            bundle.editJson(manifest, false, t -> set(t, "applications." + random.nextInt(3) + ".sha256",
                    JSON.textNode(oddHash(random))));
        }
    }

    private static String oddHash(Random random) {
        StringBuilder hex = new StringBuilder();
        for (int i = 0; i < 64; i++) {
            hex.append(Character.forDigit(random.nextInt(16), 16));
        }
        return switch (random.nextInt(4)) {
            case 0 -> hex.toString().toUpperCase(java.util.Locale.ROOT);
            case 1 -> hex.substring(0, 63);
            case 2 -> hex.substring(0, 63) + "g";
            default -> hex.toString();
        };
    }

    private static void manifestList(ObjectNode manifest, Random random) {
        JsonNode list = manifest.get("applications");
        if (!(list instanceof ArrayNode array) || array.isEmpty()) {
            manifest.set("applications", Hostile.value(random));
            return;
        }
        switch (random.nextInt(6)) {
            case 0 -> array.remove(random.nextInt(array.size()));
            case 1 -> array.addObject().put("receiptNo", "2024-EXP-0999").put("sha256", "ab".repeat(32));
            case 2 -> array.add(array.get(random.nextInt(array.size())).deepCopy());
            case 3 -> array.removeAll();
            case 4 -> array.set(random.nextInt(array.size()), Hostile.value(random));
            default -> manifest.set("applications", Hostile.value(random));
        }
    }

    /** The built-in rubric written out in full, then one number or part of it made odd. */
    private static void rubric(ObjectNode manifest, Random random) {
        ObjectNode rubric;
        try (InputStream in = JsonMutations.class.getResourceAsStream("/rubrics/KSURE-EXPORT-2024.json")) {
            rubric = (ObjectNode) Jsons.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        List<Slot> slots = slots(rubric);
        List<Slot> numbers = slots.stream().filter(s -> s.get().isNumber()).toList();
        switch (random.nextInt(4)) {
            case 0 -> Hostile.pick(random, numbers).set(Hostile.number(random));
            case 1 -> Hostile.pick(random, slots).set(Hostile.value(random));
            case 2 -> Hostile.pick(random, slots).remove();
            default -> {
                // As written: a full rubric object that is valid must import like the built-in one.
            }
        }
        set(manifest, "program.rubric", rubric);
    }

    private static void edit(FuzzBundle bundle, int index, String what, java.util.function.Consumer<ObjectNode> edit) {
        bundle.note(what);
        bundle.editJson(index, true, edit);
    }

    /** Sets a dotted path ({@code documents.0.type}); does nothing when a parent on the way is gone. */
    static void set(ObjectNode root, String path, JsonNode value) {
        String[] parts = path.split("\\.");
        JsonNode parent = root;
        for (int i = 0; i < parts.length - 1; i++) {
            parent = child(parent, parts[i]);
            if (parent == null) {
                return;
            }
        }
        String last = parts[parts.length - 1];
        if (parent instanceof ObjectNode object) {
            object.set(last, value);
        } else if (parent instanceof ArrayNode array && last.matches("\\d+") && Integer.parseInt(last) < array.size()) {
            array.set(Integer.parseInt(last), value);
        }
    }

    static JsonNode child(JsonNode parent, String part) {
        if (parent instanceof ObjectNode object) {
            return object.get(part);
        }
        if (parent instanceof ArrayNode array && part.matches("\\d+")) {
            return array.get(Integer.parseInt(part));
        }
        return null;
    }

    /** A place in a tree: a field of an object or an item of an array. */
    record Slot(ContainerNode<?> parent, String field, int index) {
        JsonNode get() {
            return parent instanceof ObjectNode o ? o.get(field) : ((ArrayNode) parent).get(index);
        }

        void set(JsonNode value) {
            if (parent instanceof ObjectNode o) {
                o.set(field, value);
            } else {
                ((ArrayNode) parent).set(index, value);
            }
        }

        void remove() {
            if (parent instanceof ObjectNode o) {
                o.remove(field);
            } else {
                ((ArrayNode) parent).remove(index);
            }
        }
    }

    static List<Slot> slots(JsonNode root) {
        List<Slot> slots = new ArrayList<>();
        collect(root, slots);
        return slots;
    }

    private static Slot randomSlot(JsonNode root, Random random) {
        List<Slot> slots = slots(root);
        return slots.isEmpty() ? null : Hostile.pick(random, slots);
    }

    private static void collect(JsonNode node, List<Slot> slots) {
        if (node instanceof ObjectNode object) {
            for (String field : iterable(object)) {
                slots.add(new Slot(object, field, -1));
                collect(object.get(field), slots);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                slots.add(new Slot(array, null, i));
                collect(array.get(i), slots);
            }
        }
    }

    private static List<String> iterable(ObjectNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
