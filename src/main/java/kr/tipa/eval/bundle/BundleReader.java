package kr.tipa.eval.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import kr.tipa.eval.domain.application.Application;
import kr.tipa.eval.domain.application.AttachedDocument;
import kr.tipa.eval.i18n.Localizable;
import kr.tipa.eval.signing.ManifestSignatures;

/**
 * Reads an application bundle (bundle-format.md) in one pass over the ZIP, never holding the archive
 * or a whole document in memory: names are judged from the central directory before any content is
 * read, every byte inflated is counted against the limits, every checksum is verified, every field is
 * validated. Any fault refuses the bundle whole with problems naming the file and field. A version 2
 * bundle's agency signature ({@link Manifest#SIGNATURE_ENTRY}) is checked against the manifest's exact
 * bytes before anything else of it is read; a missing or broken one is a {@link BundleIntegrityException}.
 */
public final class BundleReader {

    private static final String APPLICATION_JSON = "application.json";
    private static final String DOCUMENTS = "documents/";
    private static final String APPLICATIONS = "applications/";

    private final BundleLimits limits;

    public BundleReader(BundleLimits limits) {
        this.limits = limits;
    }

    public BundleReader() {
        this(BundleLimits.SPEC);
    }

    /**
     * Reads and checks the bundle, staging each document's bytes.
     *
     * @throws BundleRefusedException when anything is wrong with it; nothing was kept
     * @throws java.util.concurrent.CancellationException when {@code progress} asked to stop
     */
    public ReadBundle read(Path bundle, DocumentStaging staging, ReadProgress progress)
            throws BundleRefusedException, IOException {
        return read(bundle, staging, progress, true);
    }

    /**
     * Checks a bundle this program has just written, as {@link #read} does, except that documents are
     * not read again: the writer hashed exactly the bytes it wrote ({@link BundleWriter#attachHashedOnWrite}),
     * so their listing, names, sizes and every limit are checked from the ZIP's directory instead. Never
     * for a bundle from elsewhere.
     */
    public ReadBundle checkOwnOutput(Path bundle) throws BundleRefusedException, IOException {
        return read(bundle, DocumentStaging.DISCARD, ReadProgress.NONE, false);
    }

    private ReadBundle read(Path bundle, DocumentStaging staging, ReadProgress progress, boolean readDocuments)
            throws BundleRefusedException, IOException {
        String bundleName = String.valueOf(bundle.getFileName());
        Problems problems = new Problems(limits.maxProblemsReported());
        try (ZipFile zip = open(bundle, bundleName)) {
            return new Pass(zip, problems, staging, progress, readDocuments).run();
        } catch (Problems.TooMany e) {
            throw new BundleRefusedException(problems.all());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static ZipFile open(Path bundle, String bundleName) throws BundleRefusedException, IOException {
        try {
            return new ZipFile(bundle.toFile(), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw refusal(bundleName, "bundle.file.missing");
        } catch (ZipException e) {
            // Korean archivers on Windows write CP949 names without the UTF-8 flag.
            try {
                return new ZipFile(bundle.toFile(), Charset.forName("x-windows-949"));
            } catch (ZipException | EOFException notZipEither) {
                throw refusal(bundleName, "bundle.notZip");
            }
        } catch (EOFException e) {
            // The end record points past the end of the file (a length or offset that lies).
            throw refusal(bundleName, "bundle.notZip");
        } catch (IOException e) {
            if (!bundle.toFile().isFile()) {
                throw refusal(bundleName, "bundle.file.missing");
            }
            throw e;
        }
    }

    private static BundleRefusedException refusal(String file, String key, Object... args) {
        return new BundleRefusedException(new BundleProblem(file, "", Localizable.of(key, args)));
    }

    /** One read of one bundle. */
    private final class Pass {
        private final ZipFile zip;
        private final Problems problems;
        private final DocumentStaging staging;
        private final ReadProgress progress;
        private final Map<String, ZipEntry> entries = new LinkedHashMap<>();
        private final List<BundleProblem> warnings = new ArrayList<>();
        private final boolean readDocuments;
        private LimitedInputStream.Budget budget;

        Pass(ZipFile zip, Problems problems, DocumentStaging staging, ReadProgress progress, boolean readDocuments) {
            this.zip = zip;
            this.problems = problems;
            this.staging = staging;
            this.progress = progress;
            this.readDocuments = readDocuments;
        }

        ReadBundle run() throws BundleRefusedException, IOException {
            indexEntries();
            problems.throwIfAny();
            budget = new LimitedInputStream.Budget(limits, progress, declaredTotal());
            ZipEntry manifestEntry = entries.get(ManifestParser.FILE);
            if (manifestEntry == null) {
                throw refusal(ManifestParser.FILE, "bundle.manifest.missing");
            }
            byte[] manifestBytes = readSmall(manifestEntry);
            problems.throwIfAny();
            // Before the manifest is even parsed: a changed byte is a broken signature, not bad JSON.
            ManifestSignatures.Signer agency = verifySignature(manifestBytes);
            JsonNode manifestJson = JsonText.parse(ManifestParser.FILE, JsonText.utf8(ManifestParser.FILE, manifestBytes, problems), problems);
            problems.throwIfAny();
            if (agency == null && SignatureEntry.declaresSignedVersion(manifestJson)) {
                throw SignatureEntry.refusal("bundle.signature.missing", Manifest.SIGNED_VERSION);
            }
            Manifest manifest = ManifestParser.parse(manifestJson, problems);
            problems.throwIfAny();
            checkLayout(manifest);
            problems.throwIfAny();
            List<Application> applications = new ArrayList<>();
            List<String> jsons = new ArrayList<>();
            for (Manifest.Entry listed : manifest.applications()) {
                readApplication(listed, manifest.panelPackage().isPresent(), applications, jsons);
            }
            problems.throwIfAny();
            List<ReadBundle.Item> items = new ArrayList<>();
            for (int i = 0; i < applications.size(); i++) {
                items.add(new ReadBundle.Item(applications.get(i), jsons.get(i), readDocuments(applications.get(i))));
            }
            problems.throwIfAny();
            warnUnreferenced(applications);
            budget.finish();
            return new ReadBundle(manifest, sha256Hex(manifestBytes), items, warnings,
                    manifest.signedByAgency() ? agency : null);
        }

        /**
         * The signer of the manifest when the bundle carries a signature entry (version 2 always does;
         * a signature present is checked whatever the manifest says); null when it carries none.
         */
        private ManifestSignatures.Signer verifySignature(byte[] manifestBytes)
                throws BundleRefusedException, IOException {
            ZipEntry entry = entries.get(Manifest.SIGNATURE_ENTRY);
            if (entry == null || entry.isDirectory()) {
                return null;
            }
            if (entry.getSize() > SignatureEntry.MAX_BYTES) {
                throw SignatureEntry.refusal("bundle.signature.tooLarge", SignatureEntry.MAX_BYTES / 1024);
            }
            // Damaged or over a limit: whatever the reason, a signature that cannot be read cannot hold.
            byte[] signature = readSmall(entry);
            return SignatureEntry.verify(manifestBytes, signature == null ? new byte[0] : signature);
        }

        /** Judges every name and declared size from the central directory, before reading content. */
        private void indexEntries() {
            long declaredTotal = 0;
            int count = 0;
            var enumeration = zip.entries();
            while (enumeration.hasMoreElements()) {
                ZipEntry entry = enumeration.nextElement();
                if (++count > limits.maxEntries()) {
                    problems.add(String.valueOf(zip.getName()), "", "bundle.limit.entries", limits.maxEntries());
                    return;
                }
                String name = entry.getName();
                var refusal = EntryNames.refusal(name);
                if (refusal.isPresent() && name.isEmpty()) {
                    // Nothing to name it by but the bundle and its place there.
                    problems.add(String.valueOf(Path.of(zip.getName()).getFileName()), "", refusal.get(), count);
                    continue;
                }
                if (refusal.isPresent()) {
                    problems.add(name, "", refusal.get());
                    continue;
                }
                String normalised = EntryNames.normalise(name);
                if (entries.putIfAbsent(normalised, entry) != null) {
                    problems.add(name, "", "bundle.entry.duplicate");
                }
                long size = entry.getSize();
                declaredTotal += Math.max(size, 0);
                if (size > limits.maxEntryBytes()) {
                    problems.add(name, "", "bundle.limit.entry", limits.maxEntryBytes() / BundleLimits.MB);
                } else if (size > limits.ratioFloorBytes()
                        && size > limits.maxCompressionRatio() * Math.max(entry.getCompressedSize(), 1)) {
                    problems.add(name, "", "bundle.limit.ratio", limits.maxCompressionRatio());
                }
            }
            if (declaredTotal > limits.maxTotalBytes()) {
                problems.add(String.valueOf(Path.of(zip.getName()).getFileName()), "", "bundle.limit.total",
                        limits.maxTotalBytes() / BundleLimits.MB);
            }
        }

        private long declaredTotal() {
            return entries.values().stream().mapToLong(e -> Math.max(e.getSize(), 0)).sum();
        }

        /** Every listed application has its file, every application file is listed; the rest is warned about. */
        private void checkLayout(Manifest manifest) {
            Map<String, Boolean> listed = new LinkedHashMap<>();
            manifest.applications().forEach(a -> listed.put(a.receiptNo(), Boolean.TRUE));
            for (Manifest.Entry entry : manifest.applications()) {
                if (!entries.containsKey(applicationFile(entry.receiptNo()))) {
                    problems.add(applicationFile(entry.receiptNo()), "", "bundle.application.missing", entry.receiptNo());
                }
            }
            for (Map.Entry<String, ZipEntry> e : entries.entrySet()) {
                String name = e.getKey();
                if (e.getValue().isDirectory() || name.equals(ManifestParser.FILE)
                        || name.equals(Manifest.SIGNATURE_ENTRY) && manifest.signedByAgency()) {
                    continue;
                }
                String receipt = receiptOf(name);
                if (receipt != null && name.equals(applicationFile(receipt))) {
                    if (!listed.containsKey(receipt)) {
                        problems.add(name, "", "bundle.application.unlisted", receipt);
                    }
                } else if (receipt == null || !name.startsWith(APPLICATIONS + receipt + "/" + DOCUMENTS)) {
                    warnings.add(new BundleProblem(name, "", Localizable.of("bundle.warning.outsideLayout")));
                }
            }
        }

        private void readApplication(Manifest.Entry listed, boolean inPackage, List<Application> applications,
                List<String> jsons) throws IOException {
            String file = applicationFile(listed.receiptNo());
            byte[] bytes = readSmall(entries.get(file));
            if (bytes == null) {
                return;
            }
            if (!sha256Hex(bytes).equals(listed.sha256())) {
                problems.add(file, "", "bundle.checksum.application", ManifestParser.FILE, listed.receiptNo());
                return;
            }
            String text = JsonText.utf8(file, bytes, problems);
            JsonNode json = JsonText.parse(file, text, problems);
            if (json == null || !PackageShape.fits(file, json, inPackage, problems)) {
                return;
            }
            Application application = ApplicationParser.parse(file, json, problems);
            if (application == null) {
                return;
            }
            if (!application.receiptNo().equals(listed.receiptNo())) {
                problems.add(file, "receiptNo", "bundle.application.receiptMismatch", application.receiptNo(),
                        listed.receiptNo());
                return;
            }
            applications.add(application);
            // Exactly the text that was parsed: the database reads it back with the same parser.
            jsons.add(text);
        }

        private List<ReadBundle.Document> readDocuments(Application application) throws IOException {
            List<ReadBundle.Document> documents = new ArrayList<>();
            String folder = APPLICATIONS + application.receiptNo() + "/";
            for (int i = 0; i < application.documents().size(); i++) {
                AttachedDocument attached = application.documents().get(i);
                String name = folder + attached.file();
                ZipEntry entry = entries.get(name);
                String field = "documents[" + i + "].file";
                if (entry == null || entry.isDirectory()) {
                    problems.add(folder + APPLICATION_JSON, field, "bundle.document.missing", name);
                    continue;
                }
                if (!readDocuments) {
                    documents.add(new ReadBundle.Document(attached, entry.getSize(), null));
                    continue;
                }
                MessageDigest digest = sha256();
                Path staged;
                long size;
                try (LimitedInputStream limited = limited(entry);
                        DigestInputStream in = new DigestInputStream(limited, digest)) {
                    staged = staging.stage(in);
                    // What was read and hashed, not what the ZIP's headers claim.
                    size = limited.count();
                } catch (LimitedInputStream.Exceeded e) {
                    problems.add(name, "", e.key, e.args);
                    continue;
                } catch (ZipException | EOFException e) {
                    problems.add(name, "", "bundle.entry.unreadable", String.valueOf(e.getMessage()));
                    continue;
                }
                String actual = HexFormat.of().formatHex(digest.digest());
                if (!actual.equals(attached.sha256())) {
                    problems.add(folder + APPLICATION_JSON, "documents[" + i + "].sha256", "bundle.checksum.document", name);
                    continue;
                }
                documents.add(new ReadBundle.Document(attached, size, staged));
            }
            return documents;
        }

        private void warnUnreferenced(List<Application> applications) {
            Map<String, Boolean> referenced = new LinkedHashMap<>();
            for (Application application : applications) {
                for (AttachedDocument document : application.documents()) {
                    referenced.put(APPLICATIONS + application.receiptNo() + "/" + document.file(), Boolean.TRUE);
                }
            }
            for (Map.Entry<String, ZipEntry> e : entries.entrySet()) {
                String name = e.getKey();
                String receipt = receiptOf(name);
                if (receipt != null && name.startsWith(APPLICATIONS + receipt + "/" + DOCUMENTS)
                        && !e.getValue().isDirectory() && !referenced.containsKey(name)) {
                    warnings.add(new BundleProblem(name, "",
                            Localizable.of("bundle.warning.unreferencedDocument")));
                }
            }
        }

        /** A JSON file, read whole (it is small by limit). Null after recording a problem. */
        private byte[] readSmall(ZipEntry entry) throws IOException {
            String name = entry.getName();
            if (entry.getSize() > limits.maxJsonBytes()) {
                problems.add(name, "", "bundle.limit.json", limits.maxJsonBytes() / BundleLimits.MB);
                return null;
            }
            try (InputStream in = limited(entry)) {
                byte[] bytes = in.readNBytes((int) limits.maxJsonBytes() + 1);
                if (bytes.length > limits.maxJsonBytes()) {
                    problems.add(name, "", "bundle.limit.json", limits.maxJsonBytes() / BundleLimits.MB);
                    return null;
                }
                return bytes;
            } catch (LimitedInputStream.Exceeded e) {
                problems.add(name, "", e.key, e.args);
                return null;
            } catch (IOException e) {
                problems.add(name, "", "bundle.entry.unreadable", String.valueOf(e.getMessage()));
                return null;
            }
        }

        private LimitedInputStream limited(ZipEntry entry) throws IOException {
            return new LimitedInputStream(zip.getInputStream(entry), entry.getCompressedSize(), limits, budget);
        }
    }

    private static String applicationFile(String receiptNo) {
        return APPLICATIONS + receiptNo + "/" + APPLICATION_JSON;
    }

    /** The receipt folder of a name under {@code applications/}, or null. */
    private static String receiptOf(String name) {
        if (!name.startsWith(APPLICATIONS)) {
            return null;
        }
        int slash = name.indexOf('/', APPLICATIONS.length());
        return slash < 0 ? null : name.substring(APPLICATIONS.length(), slash);
    }

    static String sha256Hex(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
