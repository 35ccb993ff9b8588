package kr.tipa.eval.hardening;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.model.StoredApplication;
import kr.tipa.eval.model.StoredDocument;

/**
 * What bundle-format.md says about a bundle, judged here from the ZIP's own entries and a plain
 * JSON parser, independently of the reader: the reader's strictness is its own business; these are
 * the things the spec states outright.
 *
 * <p>{@link #mustRefuse} never claims more than the spec says. The JSON here is read by a default,
 * lenient Jackson mapper (trailing data, duplicate keys and odd encodings pass): whatever it rejects
 * is certainly "not valid JSON", and whatever mismatch it finds in a file the strict reader would
 * refuse anyway is a mismatch either way.
 */
final class SpecOracle {

    private static final ObjectMapper PLAIN = new ObjectMapper();
    private static final String MANIFEST = "manifest.json";

    private SpecOracle() {
    }

    /** Why the bundle must be refused, or null when only the reader's finer checks can tell. */
    static String mustRefuse(Path bundle) {
        try (ZipFile zip = open(bundle)) {
            List<ZipEntry> all = new ArrayList<>();
            zip.stream().forEach(all::add);
            Map<String, ZipEntry> entries = new HashMap<>();
            for (ZipEntry entry : all) {
                String name = entry.getName();
                // "An entry whose name has a .. segment, a leading /, a drive letter or a backslash
                // makes the whole bundle refused." Control characters and empty names are not listed:
                // the reader may refuse them or ignore them as outside the layout.
                if (breaksNamingRules(name)) {
                    return "the entry name '" + EntryMutations.shorten(name) + "' breaks the naming rules";
                }
                // Two entries of one name: which one is "the" application.json or document is
                // undefined, so no reading of the bundle can be the one the spec describes.
                if (entries.putIfAbsent(nfc(name), entry) != null) {
                    return "two entries are named '" + EntryMutations.shorten(name) + "'";
                }
            }
            ZipEntry manifestEntry = entries.get(MANIFEST);
            if (manifestEntry == null) {
                return "there is no manifest.json"; // "lacks manifest.json"
            }
            return mustRefuse(zip, entries, manifestEntry);
        } catch (IOException | RuntimeException e) {
            return "it is no readable ZIP (" + e + ")"; // "A bundle that is not a ZIP"
        }
    }

    private static String mustRefuse(ZipFile zip, Map<String, ZipEntry> entries, ZipEntry manifestEntry) {
        byte[] manifestBytes;
        try {
            manifestBytes = bytes(zip, manifestEntry);
        } catch (IOException | RuntimeException e) {
            return null; // damaged content: the reader's own check (unreadable entry) decides
        }
        JsonNode manifest = plain(manifestBytes);
        if (manifest == null) {
            return "manifest.json is not valid JSON";
        }
        if (!manifest.path("format").isTextual() || !manifest.path("format").asText().equals("tipa-eval-bundle")) {
            return "the format is not tipa-eval-bundle"; // "format and formatVersion must match"
        }
        if (!manifest.path("formatVersion").isNumber()
                || manifest.path("formatVersion").decimalValue().compareTo(java.math.BigDecimal.ONE) != 0) {
            return "the formatVersion is not 1";
        }
        JsonNode listed = manifest.path("applications");
        if (!listed.isArray()) {
            return "manifest.applications is missing or no array"; // "misses a required field"
        }
        Map<String, String> receipts = new LinkedHashMap<>();
        for (JsonNode item : listed) {
            if (!item.path("receiptNo").isTextual() || !item.path("sha256").isTextual()) {
                return "a manifest.applications item lacks receiptNo or sha256";
            }
            if (receipts.put(item.get("receiptNo").asText(), item.get("sha256").asText()) != null) {
                return "receiptNo " + EntryMutations.shorten(item.get("receiptNo").asText()) + " is listed twice";
            }
        }
        // "every application.json present must be listed"
        for (String name : entries.keySet()) {
            String receipt = receiptOfApplicationJson(name);
            if (receipt != null && !receipts.containsKey(receipt)) {
                return name + " is present but not listed";
            }
        }
        for (Map.Entry<String, String> application : receipts.entrySet()) {
            String folder = "applications/" + application.getKey() + "/";
            ZipEntry entry = entries.get(nfc(folder + "application.json"));
            // "Every application listed must exist"
            if (entry == null || entry.isDirectory()) {
                return "the listed application " + EntryMutations.shorten(application.getKey()) + " is missing";
            }
            byte[] json;
            try {
                json = bytes(zip, entry);
            } catch (IOException | RuntimeException e) {
                continue;
            }
            // "the sha256 of each must match"
            if (!FuzzBundle.sha256(json).equalsIgnoreCase(application.getValue())) {
                return folder + "application.json does not match its sha256 in the manifest";
            }
            JsonNode tree = plain(json);
            if (tree == null) {
                return folder + "application.json is not valid JSON";
            }
            String document = documentFault(zip, entries, folder, tree.path("documents"));
            if (document != null) {
                return document;
            }
        }
        return null;
    }

    /** A listed document that is absent or does not match its checksum ("a checksum mismatch"). */
    private static String documentFault(ZipFile zip, Map<String, ZipEntry> entries, String folder, JsonNode documents) {
        if (!documents.isArray()) {
            return null;
        }
        for (JsonNode document : documents) {
            if (!document.path("file").isTextual() || !document.path("sha256").isTextual()) {
                continue;
            }
            ZipEntry entry = entries.get(nfc(folder + document.get("file").asText()));
            if (entry == null || entry.isDirectory()) {
                return "the listed document " + EntryMutations.shorten(folder + document.get("file").asText())
                        + " is missing";
            }
            try {
                if (!FuzzBundle.sha256(bytes(zip, entry)).equalsIgnoreCase(document.get("sha256").asText())) {
                    return "the document " + EntryMutations.shorten(entry.getName()) + " does not match its sha256";
                }
            } catch (IOException | RuntimeException e) {
                // Damaged content: the reader's own check decides.
            }
        }
        return null;
    }

    /**
     * What an accepted import must hold, checked against the ZIP itself: the round's current
     * applications are exactly the manifest's list, each stored application.json matches the
     * manifest's sha256, and each stored document is an entry of the bundle with that SHA-256 and
     * exactly that many bytes. Null when so.
     */
    static String importedWrongly(Path bundle, AppContext context, Round round) {
        try (ZipFile zip = open(bundle)) {
            Map<String, ZipEntry> entries = new HashMap<>();
            zip.stream().forEach(e -> entries.put(nfc(e.getName()), e));
            JsonNode manifest = PLAIN.readTree(bytes(zip, entries.get(MANIFEST)));
            Map<String, String> listed = new LinkedHashMap<>();
            manifest.path("applications").forEach(a -> listed.put(a.path("receiptNo").asText(),
                    a.path("sha256").asText()));
            if (!round.currentBundleId().equals(manifest.path("bundleId").asText())) {
                return "the round is at bundle " + round.currentBundleId() + ", not " + manifest.path("bundleId");
            }
            List<StoredApplication> held = context.rounds().applications(round);
            Set<String> receipts = new TreeSet<>();
            held.forEach(a -> receipts.add(a.receiptNo()));
            if (!receipts.equals(new TreeSet<>(listed.keySet()))) {
                return "the round holds " + receipts + ", the manifest lists " + listed.keySet();
            }
            for (StoredApplication application : held) {
                String folder = "applications/" + application.receiptNo() + "/";
                byte[] json = bytes(zip, entries.get(folder + "application.json"));
                if (!FuzzBundle.sha256(json).equalsIgnoreCase(listed.get(application.receiptNo()))) {
                    return folder + "application.json was imported against its manifest sha256";
                }
                for (StoredDocument document : application.documents()) {
                    ZipEntry entry = entries.get(nfc(folder + document.file()));
                    if (entry == null) {
                        return "stored document " + folder + document.file() + " is no entry of the bundle";
                    }
                    byte[] content = bytes(zip, entry);
                    if (!FuzzBundle.sha256(content).equals(document.sha256()) || content.length != document.size()) {
                        return "stored document " + folder + document.file() + " is " + document.size() + " bytes "
                                + document.sha256() + ", the bundle's entry " + content.length + " bytes "
                                + FuzzBundle.sha256(content);
                    }
                }
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return "the oracle cannot read what was imported: " + e;
        }
    }

    /** The ZIP as the reader opens it: UTF-8 names, else CP949 as Korean Windows archivers write them. */
    static ZipFile open(Path bundle) throws IOException {
        try {
            return new ZipFile(bundle.toFile(), StandardCharsets.UTF_8);
        } catch (ZipException e) {
            return new ZipFile(bundle.toFile(), Charset.forName("x-windows-949"));
        }
    }

    private static byte[] bytes(ZipFile zip, ZipEntry entry) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            return in.readNBytes(64 << 20);
        }
    }

    /** The JSON tree by a default mapper, or null when even that cannot read it. */
    private static JsonNode plain(byte[] json) {
        try {
            JsonNode node = PLAIN.readTree(json);
            return node == null || node.isMissingNode() ? null : node;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The receipt of {@code applications/<receipt>/application.json}, or null for any other name. */
    private static String receiptOfApplicationJson(String name) {
        String[] parts = name.split("/", -1);
        return parts.length == 3 && parts[0].equals("applications") && !parts[1].isEmpty()
                && parts[2].equals("application.json") ? parts[1] : null;
    }

    private static String nfc(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC);
    }

    /** The naming rules of bundle-format.md, "Layout". */
    static boolean breaksNamingRules(String name) {
        if (name.indexOf('\\') >= 0 || name.startsWith("/") || name.matches("(?s)[A-Za-z]:.*")) {
            return true;
        }
        for (String segment : name.split("/", -1)) {
            if (segment.equals("..")) {
                return true;
            }
        }
        return false;
    }
}
