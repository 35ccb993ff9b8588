package kr.tipa.eval.hardening;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Mutations of a bundle's entries (names, duplicates, sizes that lie, bombs, broken JSON text) and of
 * the finished ZIP's bytes (flips, truncation, extension, corrupted headers).
 */
final class EntryMutations {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private EntryMutations() {
    }

    static void apply(FuzzBundle bundle, Random random) {
        List<RawZip.Entry> entries = bundle.entries();
        if (entries.isEmpty()) {
            return;
        }
        int i = random.nextInt(entries.size());
        RawZip.Entry entry = entries.get(i);
        switch (random.nextInt(13)) {
            case 0 -> {
                String name = Hostile.pick(random, Hostile.ENTRY_NAMES);
                bundle.note("extra entry " + shorten(name));
                entries.add(random.nextInt(entries.size() + 1), RawZip.Entry.of(name, Hostile.small(random)));
            }
            case 1 -> {
                String twin = switch (random.nextInt(3)) {
                    case 0 -> entry.name();
                    case 1 -> Normalizer.normalize(entry.name(), Normalizer.Form.NFD);
                    default -> entry.name().toUpperCase(Locale.ROOT);
                };
                bundle.note("duplicate " + shorten(entry.name()) + " as " + shorten(twin));
                entries.add(random.nextInt(entries.size() + 1), entry.withName(twin));
            }
            case 2 -> {
                String name = switch (random.nextInt(4)) {
                    case 0 -> Hostile.pick(random, Hostile.ENTRY_NAMES);
                    case 1 -> entry.name() + "/";
                    case 2 -> "x/" + entry.name();
                    default -> entry.name().replace('/', '\\');
                };
                bundle.note("rename " + shorten(entry.name()) + " to " + shorten(name));
                entries.set(i, entry.withName(name));
            }
            case 3 -> {
                bundle.note("drop " + shorten(entry.name()));
                entries.remove(i);
            }
            case 4 -> {
                boolean carry = random.nextBoolean();
                bundle.note("empty " + shorten(entry.name()) + (carry ? " (checksums follow)" : ""));
                bundle.replace(i, new byte[0], carry);
            }
            case 5 -> lie(bundle, random, i);
            case 6 -> bomb(bundle, random);
            case 7 -> brokenJsonText(bundle, random);
            case 8 -> {
                bundle.note("directory entry beside " + shorten(entry.name()));
                entries.add(RawZip.Entry.of(entry.name() + (random.nextBoolean() ? "/" : "/x/"), new byte[0]));
            }
            case 9 -> {
                bundle.note("headers of " + shorten(entry.name()) + ": other method, CP949 name");
                entries.set(i, entry.withHeaders(!entry.deflate(), false, -1, -1, false));
            }
            case 10 -> {
                // "Paths inside the ZIP": nothing in bundle-format.md depends on the order of entries.
                bundle.noteValid("shuffled entries");
                Collections.shuffle(entries, random);
            }
            case 11 -> {
                String name = "applications/2024-EXP-0001/documents/참고자료.pdf";
                if (bundle.indexOf(name) < 0) {
                    // bundle-format.md lists no refusal for a document no application.json names.
                    bundle.noteValid("an unreferenced document");
                } else {
                    bundle.note("an unreferenced document, again");
                }
                entries.add(RawZip.Entry.of(name, Hostile.small(random)));
            }
            default -> {
                List<Integer> applications = bundle.applicationJsons();
                if (!applications.isEmpty()) {
                    int a = Hostile.pick(random, applications);
                    String moved = random.nextBoolean() ? "application.json"
                            : bundle.entries().get(a).name().replace("applications/", "applications/moved/");
                    bundle.note("move " + bundle.entries().get(a).name() + " to " + moved);
                    entries.set(a, entries.get(a).withName(moved));
                }
            }
        }
    }

    /** Receipt numbers changed in the application, in the manifest, or everywhere including folder names. */
    static void receiptNo(FuzzBundle bundle, Random random, int application, int manifest) {
        ObjectNode tree = bundle.tree(application);
        if (tree == null || !tree.path("receiptNo").isTextual()) {
            return;
        }
        String old = tree.get("receiptNo").asText();
        String odd = Hostile.pick(random, Hostile.RECEIPTS);
        int where = random.nextInt(3);
        bundle.note("receiptNo " + old + " → " + shorten(odd) + " in " + List.of("application", "manifest", "all").get(where));
        if (where != 1) {
            bundle.editJson(application, true, t -> t.put("receiptNo", odd));
        }
        if (where != 0) {
            bundle.editJson(manifest, false, t -> {
                if (t.get("applications") instanceof ArrayNode list) {
                    for (JsonNode item : list) {
                        if (item instanceof ObjectNode o && old.equals(o.path("receiptNo").asText())) {
                            o.put("receiptNo", odd);
                        }
                    }
                }
            });
        }
        if (where == 2) {
            List<RawZip.Entry> entries = bundle.entries();
            String prefix = "applications/" + old + "/";
            for (int i = 0; i < entries.size(); i++) {
                if (entries.get(i).name().startsWith(prefix)) {
                    entries.set(i, entries.get(i).withName("applications/" + odd + "/"
                            + entries.get(i).name().substring(prefix.length())));
                }
            }
        }
    }

    /** A document's {@code file} made hostile, and half the time the ZIP entry renamed to match. */
    static void documentFile(FuzzBundle bundle, Random random, int application) {
        ObjectNode tree = bundle.tree(application);
        if (tree == null || !(tree.get("documents") instanceof ArrayNode documents) || documents.isEmpty()
                || !documents.get(0).path("file").isTextual()) {
            return;
        }
        int d = random.nextInt(documents.size());
        String old = documents.get(d).path("file").asText();
        String odd = Hostile.pick(random, Hostile.NAMES);
        boolean renameEntry = random.nextBoolean();
        bundle.note("document file " + old + " → " + shorten(odd) + (renameEntry ? " (entry renamed)" : ""));
        String folder = bundle.entries().get(application).name().replace("application.json", "");
        bundle.editJson(application, true, t -> JsonMutations.set(t, "documents." + d + ".file", JSON.textNode(odd)));
        int entry = bundle.indexOf(folder + old);
        if (renameEntry && entry >= 0) {
            bundle.entries().set(entry, bundle.entries().get(entry).withName(folder + odd));
        }
    }

    private static void lie(FuzzBundle bundle, Random random, int i) {
        RawZip.Entry entry = bundle.entries().get(i);
        long[] sizes = {0, 1, entry.data().length + 1L, Math.max(0, entry.data().length - 1L), 201L << 20, 33L << 20,
            Integer.MAX_VALUE, 0xFFFFFFFFL, 3_000_000_000L, -1};
        long size = sizes[random.nextInt(sizes.length)];
        long compressed = random.nextBoolean() ? -1 : sizes[random.nextInt(sizes.length)];
        boolean badCrc = random.nextInt(4) == 0;
        bundle.note("headers of " + shorten(entry.name()) + " say size " + size + ", compressed " + compressed
                + (badCrc ? ", wrong CRC" : ""));
        bundle.entries().set(i, entry.withHeaders(entry.deflate(), entry.utf8Flag(), size, compressed, badCrc));
    }

    /** Content that inflates far beyond its compressed size, as a listed document or a padded JSON file. */
    private static void bomb(FuzzBundle bundle, Random random) {
        List<Integer> applications = bundle.applicationJsons();
        if (applications.isEmpty()) {
            return;
        }
        int a = Hostile.pick(random, applications);
        if (random.nextBoolean()) {
            bundle.note("4 MB of spaces after " + bundle.entries().get(a).name());
            byte[] json = bundle.entries().get(a).data();
            byte[] padded = new byte[json.length + (4 << 20)];
            System.arraycopy(json, 0, padded, 0, json.length);
            java.util.Arrays.fill(padded, json.length, padded.length, (byte) ' ');
            bundle.replace(a, padded, true);
            return;
        }
        String folder = bundle.entries().get(a).name().replace("application.json", "");
        byte[] zeros = new byte[(4 + random.nextInt(5)) << 20];
        bundle.note("listed document of " + (zeros.length >> 20) + " MB of zeros");
        bundle.entries().add(RawZip.Entry.of(folder + "documents/bomb.pdf", zeros));
        bundle.editJson(a, true, t -> {
            if (t.get("documents") instanceof ArrayNode documents) {
                documents.addObject().put("type", "EVIDENCE").put("file", "documents/bomb.pdf")
                        .put("sha256", FuzzBundle.sha256(zeros));
            }
        });
    }

    /** JSON text no tree can hold: truncated, trailing data, BOM, duplicate keys, comments, bad UTF-8, depth. */
    private static void brokenJsonText(FuzzBundle bundle, Random random) {
        List<Integer> jsons = new java.util.ArrayList<>(bundle.applicationJsons());
        int manifest = bundle.indexOf(FuzzBundle.MANIFEST);
        if (manifest >= 0) {
            jsons.add(manifest);
        }
        if (jsons.isEmpty()) {
            return;
        }
        int j = Hostile.pick(random, jsons);
        byte[] text = bundle.entries().get(j).data();
        int brace = Math.max(0, indexOf(text, (byte) '{') + 1);
        int quote = Math.max(0, indexOf(text, (byte) '"') + 1);
        int kind = random.nextInt(10);
        byte[] changed = switch (kind) {
            case 0 -> java.util.Arrays.copyOf(text, random.nextInt(text.length + 1));
            case 1 -> concat(text, ascii(Hostile.pick(random, List.of("}", "garbage", "\u0000", "{}", "\n// c", ","))));
            case 2 -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text);
            case 3 -> insert(text, brace, ascii("\"receiptNo\": \"2024-EXP-0001\", \"formatVersion\": 1, "));
            case 4 -> insert(text, brace, ascii("/* comment */ "));
            case 5 -> insert(text, quote, new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE});
            case 6 -> new String(text, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16);
            case 7 -> insert(text, brace, ascii("\"deep\": " + deep(random, 20_000) + ", "));
            case 8 -> new String(text, StandardCharsets.UTF_8).replace(": 38", ": 038").replace(": 1,", ": NaN,")
                    .replace(": true", ": TRUE").getBytes(StandardCharsets.UTF_8);
            default -> {
                byte[] copy = text.clone();
                if (copy.length > 0) {
                    copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
                }
                yield copy;
            }
        };
        bundle.note("broken JSON text (" + List.of("truncated", "trailing data", "UTF-8 BOM", "duplicate keys",
                "comment", "bad UTF-8", "UTF-16", "deep nesting", "non-JSON literals", "a random byte").get(kind)
                + ") in " + bundle.entries().get(j).name());
        bundle.replace(j, changed, random.nextInt(5) != 0);
    }

    /** The finished ZIP's bytes, damaged once or more. */
    static byte[] damage(byte[] zip, Random random, FuzzBundle notes) {
        byte[] bytes = zip;
        int times = 1 + random.nextInt(3);
        for (int t = 0; t < times && bytes.length > 0; t++) {
            int at = random.nextInt(bytes.length);
            switch (random.nextInt(7)) {
                case 0 -> {
                    bytes = bytes.clone();
                    int flips = 1 + random.nextInt(8);
                    for (int f = 0; f < flips; f++) {
                        bytes[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8));
                    }
                    notes.note(flips + " bit flips");
                }
                case 1 -> {
                    bytes = java.util.Arrays.copyOf(bytes, at);
                    notes.note("truncated at " + at);
                }
                case 2 -> {
                    bytes = concat(bytes, Hostile.noise(random, 1 + random.nextInt(2000)));
                    notes.note("extended");
                }
                case 3 -> {
                    bytes = insert(bytes, at, Hostile.noise(random, 1 + random.nextInt(100)));
                    notes.note("bytes inserted at " + at);
                }
                case 4 -> {
                    bytes = header(bytes, random);
                    notes.note("a header field overwritten");
                }
                case 5 -> {
                    bytes = bytes.clone();
                    java.util.Arrays.fill(bytes, at, Math.min(bytes.length, at + 1 + random.nextInt(64)), (byte) 0);
                    notes.note("zeros at " + at);
                }
                default -> {
                    bytes = concat(Hostile.noise(random, 1 + random.nextInt(100)), bytes);
                    notes.note("bytes prepended");
                }
            }
        }
        return bytes;
    }

    /** Overwrites a field of a local, central or end header: sizes, lengths, offsets, counts, flags. */
    private static byte[] header(byte[] zip, Random random) {
        List<Integer> headers = new java.util.ArrayList<>();
        for (int i = 0; i + 4 <= zip.length; i++) {
            if (zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] < 7 && zip[i + 3] < 7 && zip[i + 2] > 0) {
                headers.add(i);
            }
        }
        byte[] copy = zip.clone();
        if (headers.isEmpty()) {
            return copy;
        }
        int start = Hostile.pick(random, headers) + 4 + random.nextInt(30);
        int length = 1 + random.nextInt(4);
        for (int i = start; i < Math.min(copy.length, start + length); i++) {
            copy[i] = random.nextBoolean() ? (byte) 0xFF : (byte) random.nextInt(256);
        }
        return copy;
    }

    /** Nesting with random keys, so that it does not compress like a bomb and reaches the JSON parser. */
    private static String deep(Random random, int depth) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            text.append("{\"").append(Long.toHexString(random.nextLong())).append("\":");
        }
        return text.append('1').append("}".repeat(depth)).toString();
    }

    private static int indexOf(byte[] data, byte wanted) {
        for (int i = 0; i < data.length; i++) {
            if (data[i] == wanted) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(a.length + b.length);
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    private static byte[] insert(byte[] data, int at, byte[] inserted) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length + inserted.length);
        out.write(data, 0, at);
        out.writeBytes(inserted);
        out.write(data, at, data.length - at);
        return out.toByteArray();
    }

    static String shorten(String text) {
        String visible = text.replace("\u0000", "\\0");
        return visible.length() > 60 ? visible.substring(0, 40) + "…(" + visible.length() + " chars)" : visible;
    }
}
