package kr.tipa.eval.authoring;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import kr.tipa.eval.bundle.ApplicationParser;
import kr.tipa.eval.bundle.BundleLimits;
import kr.tipa.eval.domain.application.DocumentType;

/**
 * The uploaded files, one folder per receipt number ({@code documents/<receiptNo>/<file>}): each file's
 * type from the documents list when it names the file, else from its name. Files are looked at (type,
 * name, size, whether they open) but not read: the build reads each once, while it writes the bundle.
 */
final class DocumentFolders {

    /** A file found for an application, as it goes into the bundle. */
    record Found(String receiptNo, String name, Path path, long size, DocumentType type, boolean inferred) {

        String bundlePath() {
            return "documents/" + name;
        }
    }

    /** One row of the documents list. */
    record Listed(String file, int row, DocumentType type) {
    }

    /** What operating systems leave in folders; never an applicant's upload. */
    private static final Set<String> JUNK = Set.of("thumbs.db", "desktop.ini", ".ds_store");

    private final IntakeFaults faults;
    private final BundleLimits limits;
    private final List<String> ignored = new ArrayList<>();
    /** Every file name met in each receipt folder, usable or not. */
    private final Map<String, Set<String>> seen = new HashMap<>();

    DocumentFolders(IntakeFaults faults, BundleLimits limits) {
        this.faults = faults;
        this.limits = limits;
    }

    List<String> ignored() {
        return List.copyOf(ignored);
    }

    /** The type a file's name suggests (round-authoring.md §1). */
    static DocumentType infer(String name) {
        String nfc = Normalizer.normalize(name, Normalizer.Form.NFC);
        if (nfc.contains("참가계획서")) {
            return DocumentType.PARTICIPATION_PLAN;
        }
        if (nfc.contains("개인정보")) {
            return DocumentType.PRIVACY_CONSENT_KSURE;
        }
        if (nfc.contains("단체보험")) {
            return DocumentType.GROUP_INSURANCE_FORM;
        }
        if (nfc.contains("사업자등록")) {
            return DocumentType.BUSINESS_REGISTRATION;
        }
        return DocumentType.EVIDENCE;
    }

    /**
     * The files of every receipt folder, by receipt number.
     *
     * @param receipts the receipt numbers that have a row
     * @param listed   the documents list by receipt number and file name (NFC); empty when none was given
     */
    Map<String, List<Found>> scan(Path folder, String folderName, Set<String> receipts,
            Map<String, Map<String, Listed>> listed) {
        Map<String, List<Found>> found = new LinkedHashMap<>();
        if (!Files.isDirectory(folder)) {
            faults.add(folderName, 0, "", "intake.documents.noFolder");
            return found;
        }
        for (Path entry : sorted(folder, folderName)) {
            String name = nfc(entry.getFileName().toString());
            if (isJunk(name)) {
                ignored.add(folderName + "/" + name);
                continue;
            }
            if (!Files.isDirectory(entry)) {
                faults.add(folderName + "/" + name, 0, "", "intake.documents.outsideFolder");
                continue;
            }
            if (!receipts.contains(name)) {
                faults.add(folderName + "/" + name + "/", 0, "", "intake.documents.noRow", name);
                continue;
            }
            found.put(name, files(entry, folderName + "/" + name, name, listed.getOrDefault(name, Map.of())));
        }
        return found;
    }

    private List<Found> files(Path folder, String shown, String receipt, Map<String, Listed> listed) {
        List<Found> files = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Path entry : sorted(folder, shown)) {
            String name = nfc(entry.getFileName().toString());
            String where = shown + "/" + name;
            if (isJunk(name)) {
                ignored.add(where);
                continue;
            }
            if (Files.isDirectory(entry)) {
                faults.add(where + "/", 0, "", "intake.documents.nestedFolder");
                continue;
            }
            seen.computeIfAbsent(receipt, r -> new HashSet<>()).add(name);
            if (!names.add(name)) {
                faults.add(where, 0, "", "intake.documents.sameName");
                continue;
            }
            Long size = check(entry, where, name);
            if (size == null) {
                continue;
            }
            Listed row = listed.get(name);
            DocumentType type = row != null ? row.type() : infer(name);
            files.add(new Found(receipt, name, entry, size, type, row == null));
        }
        return files;
    }

    /** The file's size when it may go into a bundle; null after recording why not. */
    private Long check(Path file, String where, String name) {
        String extension = name.lastIndexOf('.') > 0 ? name.substring(name.lastIndexOf('.') + 1)
                .toLowerCase(Locale.ROOT) : "";
        if (!ApplicationParser.DOCUMENT_EXTENSIONS.contains(extension)) {
            faults.add(where, 0, "", "intake.documents.type", extension.isEmpty() ? "-" : extension);
            return null;
        }
        String path = "documents/" + name;
        if (!ApplicationParser.isDocumentPath(path)) {
            faults.add(where, 0, "", "intake.documents.name");
            return null;
        }
        int length = path.codePointCount(0, path.length());
        if (length > ApplicationParser.MAX_DOCUMENT_PATH) {
            faults.add(where, 0, "", "intake.documents.nameLength", length - "documents/".length(),
                    ApplicationParser.MAX_DOCUMENT_PATH - "documents/".length());
            return null;
        }
        try (InputStream probe = Files.newInputStream(file)) {
            long size = Files.size(file);
            if (size > limits.maxEntryBytes()) {
                faults.add(where, 0, "", "intake.documents.tooLarge", limits.maxEntryBytes() / BundleLimits.MB);
                return null;
            }
            return size;
        } catch (IOException e) {
            faults.add(where, 0, "", "intake.documents.unreadable", String.valueOf(e.getMessage()));
            return null;
        }
    }

    private List<Path> sorted(Path folder, String shown) {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            stream.forEach(entries::add);
        } catch (IOException e) {
            faults.add(shown, 0, "", "intake.documents.unreadable", String.valueOf(e.getMessage()));
        }
        entries.sort((a, b) -> nfc(a.getFileName().toString()).compareTo(nfc(b.getFileName().toString())));
        return entries;
    }

    private static boolean isJunk(String name) {
        return name.startsWith(".") || JUNK.contains(name.toLowerCase(Locale.ROOT))
                || name.startsWith("~$");
    }

    static String nfc(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC);
    }

    /** The documents list read into receipt → file name → row, with a fault for each row it cannot use. */
    Map<String, Map<String, Listed>> list(Table table, Set<String> receipts) {
        Map<String, Map<String, Listed>> listed = new HashMap<>();
        for (Table.Record record : table.records()) {
            String receipt = record.text("receiptNo");
            String file = nfc(record.text("file"));
            if (file.startsWith("documents/")) {
                file = file.substring("documents/".length());
            }
            String typeText = record.text("type");
            boolean ok = true;
            if (receipt.isEmpty()) {
                faults.add(record.file(), record.row(), "receiptNo", "intake.cell.missing");
                ok = false;
            } else if (!receipts.contains(receipt)) {
                faults.add(record.file(), record.row(), "receiptNo", "intake.receipt.unknown", receipt);
                ok = false;
            }
            if (file.isEmpty()) {
                faults.add(record.file(), record.row(), "file", "intake.cell.missing");
                ok = false;
            }
            DocumentType type = null;
            if (typeText.isEmpty()) {
                faults.add(record.file(), record.row(), "type", "intake.cell.missing");
                ok = false;
            } else {
                type = Values.code(typeText, DocumentType.class).orElse(null);
                if (type == null) {
                    faults.add(record.file(), record.row(), "type", "intake.value.code", typeText,
                            "PARTICIPATION_PLAN, PRIVACY_CONSENT_KSURE, GROUP_INSURANCE_FORM, BUSINESS_REGISTRATION,"
                                    + " EVIDENCE");
                    ok = false;
                }
            }
            if (!ok) {
                continue;
            }
            Listed previous = listed.computeIfAbsent(receipt, r -> new LinkedHashMap<>())
                    .putIfAbsent(file, new Listed(file, record.row(), type));
            if (previous != null) {
                faults.add(record.file(), record.row(), "file", "intake.documents.listedTwice", file, previous.row());
            }
        }
        return listed;
    }

    /** Every listed file that the folders do not hold (or that could not be used) is a fault of its row. */
    void requireListed(Table table, Map<String, Map<String, Listed>> listed) {
        listed.forEach((receipt, files) -> files.values().forEach(row -> {
            if (!seen.getOrDefault(receipt, Set.of()).contains(row.file())) {
                faults.add(table.file(), row.row(), "file", "intake.documents.listedMissing", receipt, row.file());
            }
        }));
    }
}
