package kr.tipa.eval.hardening;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipFile;
import kr.tipa.eval.bundle.BundleWriter;
import kr.tipa.eval.bundle.Jsons;

/**
 * A bundle taken apart into its entries so that one case can break it anywhere, then put back
 * together with {@link RawZip}. Changing an entry's bytes can carry its new SHA-256 into whatever
 * names the old one (document → application.json → manifest.json): the fault then reaches the checks
 * behind the checksums instead of always stopping at the first checksum.
 */
final class FuzzBundle {

    static final String MANIFEST = "manifest.json";

    private final List<RawZip.Entry> entries;
    private final List<String> notes = new ArrayList<>();
    private boolean mayBeBroken;

    private FuzzBundle(List<RawZip.Entry> entries) {
        this.entries = new ArrayList<>(entries);
    }

    /** The entries of a bundle written by {@link BundleWriter}, as the base of many cases. */
    static FuzzBundle of(BundleWriter writer, Path scratch) throws IOException {
        writer.write(scratch);
        List<RawZip.Entry> entries = new ArrayList<>();
        try (ZipFile zip = new ZipFile(scratch.toFile(), StandardCharsets.UTF_8)) {
            var all = zip.entries();
            while (all.hasMoreElements()) {
                var entry = all.nextElement();
                entries.add(RawZip.Entry.of(entry.getName(), zip.getInputStream(entry).readAllBytes()));
            }
        }
        Files.delete(scratch);
        return new FuzzBundle(entries);
    }

    FuzzBundle copy() {
        return new FuzzBundle(entries);
    }

    List<RawZip.Entry> entries() {
        return entries;
    }

    /** What was done to this case, for the report of a failure. */
    List<String> notes() {
        return notes;
    }

    /** A change that may break the bundle: from now on only the reader can tell whether it is valid. */
    void note(String what) {
        notes.add(what);
        mayBeBroken = true;
    }

    /** A change that keeps a valid bundle valid by bundle-format.md. */
    void noteValid(String what) {
        notes.add(what);
    }

    /**
     * Whether only changes that keep it valid were made to a valid base: such a bundle must be
     * imported, not refused.
     */
    boolean valid() {
        return !mayBeBroken;
    }

    byte[] zip() {
        return RawZip.write(entries);
    }

    int indexOf(String name) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    List<Integer> indexesWhere(java.util.function.Predicate<String> name) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            if (name.test(entries.get(i).name())) {
                found.add(i);
            }
        }
        return found;
    }

    List<Integer> applicationJsons() {
        return indexesWhere(n -> n.startsWith("applications/") && n.endsWith("/application.json"));
    }

    List<Integer> documents() {
        return indexesWhere(n -> n.contains("/documents/") && !n.endsWith("/"));
    }

    /** The entry's JSON as an object tree, or null when it is not one (already broken). */
    ObjectNode tree(int index) {
        try {
            JsonNode node = Jsons.MAPPER.readTree(entries.get(index).data());
            return node instanceof ObjectNode object ? object : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** Edits the entry's JSON tree and writes it back; false when the entry holds no JSON object. */
    boolean editJson(int index, boolean carryChecksum, Consumer<ObjectNode> edit) {
        ObjectNode tree = tree(index);
        if (tree == null) {
            return false;
        }
        edit.accept(tree);
        replace(index, BundleWriter.pretty(tree), carryChecksum);
        return true;
    }

    /** New bytes for an entry; with {@code carryChecksum}, every mention of its old SHA-256 follows. */
    void replace(int index, byte[] data, boolean carryChecksum) {
        replace(index, data, carryChecksum ? 3 : 0);
    }

    /** {@code hops}: how far a checksum is carried (a document's reaches the manifest in two). */
    private void replace(int index, byte[] data, int hops) {
        RawZip.Entry entry = entries.get(index);
        String before = sha256(entry.data());
        entries.set(index, entry.withData(data));
        String after = sha256(data);
        if (hops == 0 || before.equals(after)) {
            return;
        }
        byte[] from = before.getBytes(StandardCharsets.US_ASCII);
        byte[] to = after.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < entries.size(); i++) {
            if (i != index) {
                byte[] mentioning = substitute(entries.get(i).data(), from, to);
                if (mentioning != null) {
                    replace(i, mentioning, hops - 1);
                }
            }
        }
    }

    /** {@code data} with every {@code from} replaced by {@code to} (same length), or null when absent. */
    private static byte[] substitute(byte[] data, byte[] from, byte[] to) {
        byte[] copy = null;
        outer:
        for (int i = 0; i + from.length <= data.length; i++) {
            for (int j = 0; j < from.length; j++) {
                if (data[i + j] != from[j]) {
                    continue outer;
                }
            }
            if (copy == null) {
                copy = data.clone();
            }
            System.arraycopy(to, 0, copy, i, to.length);
        }
        return copy;
    }

    static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
