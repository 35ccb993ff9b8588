package kr.tipa.eval.bundle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes an application bundle from JSON trees and document contents, filling in every checksum: the
 * demo round, benchmarks and tests build their bundles with it, and the agency's round build writes
 * version 2 through it ({@link #signWith}, {@link #attachHashedOnWrite}). Everything stays editable
 * until {@link #write}, so a test can break exactly one thing. The format version written is the one
 * the manifest tree says; a signer makes it a signed bundle.
 */
public final class BundleWriter {

    /** A document's bytes, produced when the bundle is written (so large bundles need no memory). */
    @FunctionalInterface
    public interface Content {
        InputStream open() throws IOException;

        static Content of(byte[] bytes) {
            return () -> new java.io.ByteArrayInputStream(bytes);
        }
    }

    /** A document hashed while it is written: its place in the application's list and its content. */
    private record Streamed(ObjectNode listing, Content content) {
    }

    private static final int BUFFER = 256 * 1024;

    private final ObjectNode manifest;
    private final Map<String, ObjectNode> applications = new LinkedHashMap<>();
    private final Map<String, Content> documents = new LinkedHashMap<>();
    private final Map<String, Streamed> streamed = new LinkedHashMap<>();
    private final Map<String, Content> extraEntries = new LinkedHashMap<>();
    private boolean listApplications = true;
    private ManifestSigner signer;
    private int documentLevel = Deflater.DEFAULT_COMPRESSION;

    public BundleWriter(ObjectNode manifest) {
        this.manifest = manifest;
    }

    public ObjectNode manifest() {
        return manifest;
    }

    /** Adds an application (keyed by its {@code receiptNo}); returns its editable tree. */
    public ObjectNode add(ObjectNode application) {
        applications.put(application.get("receiptNo").asText(), application);
        if (!application.has("documents")) {
            application.putArray("documents");
        }
        return application;
    }

    public ObjectNode application(String receiptNo) {
        return applications.get(receiptNo);
    }

    public List<String> receiptNos() {
        return new ArrayList<>(applications.keySet());
    }

    /** Attaches a document: lists it in the application with its SHA-256 and stores its bytes. */
    public BundleWriter attach(String receiptNo, String type, String file, Content content) {
        ArrayNode list = (ArrayNode) applications.get(receiptNo).get("documents");
        list.addObject().put("type", type).put("file", file).put("sha256", sha256(content));
        documents.put(folder(receiptNo) + file, content);
        return this;
    }

    /**
     * Attaches a document whose SHA-256 is worked out while it is copied into the ZIP, so its content
     * is read once: what is listed is exactly what was written, even if the source changes meanwhile.
     * Such documents are written first (before the application files that list them), stored rather
     * than deflated when they fit a buffer ({@link StreamedDocuments}).
     */
    public BundleWriter attachHashedOnWrite(String receiptNo, String type, String file, Content content) {
        ArrayNode list = (ArrayNode) applications.get(receiptNo).get("documents");
        ObjectNode listing = list.addObject().put("type", type).put("file", file).putNull("sha256");
        streamed.put(entry(receiptNo, file), new Streamed(listing, content));
        return this;
    }

    /** Signs manifest.json with {@code signer} into {@link Manifest#SIGNATURE_ENTRY} (format version 2). */
    public BundleWriter signWith(ManifestSigner signer) {
        this.signer = signer;
        return this;
    }

    /**
     * The deflate level of documents ({@link Deflater#NO_COMPRESSION} for files that are compressed
     * already, as PDF, PNG, JPEG, HWPX and DOCX are: deflating them again costs time and saves nothing).
     */
    public BundleWriter documentLevel(int level) {
        this.documentLevel = level;
        return this;
    }

    /** Any entry at all, outside the rules if a test wants that. */
    public BundleWriter entry(String name, Content content) {
        extraEntries.put(name, content);
        return this;
    }

    /** Leaves {@code manifest.applications} as the caller set it instead of listing every application. */
    public BundleWriter keepManifestApplications() {
        listApplications = false;
        return this;
    }

    public void write(Path zip) throws IOException {
        write(zip, ReadProgress.NONE);
    }

    /**
     * Writes the bundle; {@code progress} counts the bytes of documents hashed on write, and may stop
     * the write (then {@link java.util.concurrent.CancellationException}; the caller removes the file).
     */
    public void write(Path zip, ReadProgress progress) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(new BufferedOutputStream(create(zip), BUFFER),
                StandardCharsets.UTF_8)) {
            writeStreamed(out, progress);
            Map<String, byte[]> applicationFiles = new LinkedHashMap<>();
            ArrayNode listed = Jsons.MAPPER.createArrayNode();
            for (Map.Entry<String, ObjectNode> e : applications.entrySet()) {
                byte[] json = pretty(e.getValue());
                applicationFiles.put(folder(e.getKey()) + "application.json", json);
                listed.addObject().put("receiptNo", e.getKey()).put("sha256", BundleReader.sha256Hex(json));
            }
            if (listApplications) {
                manifest.set("applications", listed);
            }
            byte[] manifestBytes = pretty(manifest);
            put(out, "manifest.json", manifestBytes);
            for (Map.Entry<String, byte[]> e : applicationFiles.entrySet()) {
                put(out, e.getKey(), e.getValue());
            }
            out.setLevel(documentLevel);
            for (Map.Entry<String, Content> e : documents.entrySet()) {
                put(out, e.getKey(), e.getValue());
            }
            out.setLevel(Deflater.DEFAULT_COMPRESSION);
            for (Map.Entry<String, Content> e : extraEntries.entrySet()) {
                put(out, e.getKey(), e.getValue());
            }
            if (signer != null) {
                put(out, Manifest.SIGNATURE_ENTRY, signer.sign(manifestBytes));
            }
        }
    }

    /**
     * Opens {@code zip} for writing from its start. An empty file (the temporary file a build makes
     * beforehand) is not truncated: on ext4, truncating a file marks it to be flushed to disk when it is
     * closed, and closing a bundle of 1 GB then waits about as long as writing it took.
     */
    private static OutputStream create(Path zip) throws IOException {
        FileChannel channel = FileChannel.open(zip, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            if (channel.size() > 0) {
                channel.truncate(0);
            }
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        return Channels.newOutputStream(channel);
    }

    private void writeStreamed(ZipOutputStream out, ReadProgress progress) throws IOException {
        List<StreamedDocuments.Item> items = new ArrayList<>();
        streamed.forEach((name, document) -> items.add(new StreamedDocuments.Item(name, document.content(),
                sha256 -> document.listing().put("sha256", sha256))));
        new StreamedDocuments(items, documentLevel).write(out, progress);
        out.setLevel(Deflater.DEFAULT_COMPRESSION);
    }

    /** The JSON bytes of an application as they will be written (for tests computing checksums). */
    public static byte[] pretty(ObjectNode node) {
        try {
            return Jsons.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void put(ZipOutputStream out, String name, byte[] bytes) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(bytes);
        out.closeEntry();
    }

    private static void put(ZipOutputStream out, String name, Content content) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        try (InputStream in = content.open()) {
            in.transferTo(out);
        }
        out.closeEntry();
    }

    /** The entry of an application's file ({@code documents/…} as its list names it). */
    public static String entry(String receiptNo, String file) {
        return folder(receiptNo) + file;
    }

    private static String folder(String receiptNo) {
        return "applications/" + receiptNo + "/";
    }

    public static String sha256(Content content) {
        try (InputStream in = new DigestInputStream(content.open(), sha256Digest())) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
