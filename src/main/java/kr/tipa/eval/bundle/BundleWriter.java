package kr.tipa.eval.bundle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
import java.util.zip.ZipOutputStream;

/**
 * Writes an application bundle from JSON trees and document contents, filling in every checksum: the
 * demo round, benchmarks and tests build their bundles with it. Everything stays editable until
 * {@link #write}, so a test can break exactly one thing.
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

    private final ObjectNode manifest;
    private final Map<String, ObjectNode> applications = new LinkedHashMap<>();
    private final Map<String, Content> documents = new LinkedHashMap<>();
    private final Map<String, Content> extraEntries = new LinkedHashMap<>();
    private boolean listApplications = true;

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
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip), StandardCharsets.UTF_8)) {
            put(out, "manifest.json", pretty(manifest));
            for (Map.Entry<String, byte[]> e : applicationFiles.entrySet()) {
                put(out, e.getKey(), e.getValue());
            }
            for (Map.Entry<String, Content> e : documents.entrySet()) {
                put(out, e.getKey(), e.getValue());
            }
            for (Map.Entry<String, Content> e : extraEntries.entrySet()) {
                put(out, e.getKey(), e.getValue());
            }
        }
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

    private static String folder(String receiptNo) {
        return "applications/" + receiptNo + "/";
    }

    public static String sha256(Content content) {
        try (InputStream in = new DigestInputStream(content.open(), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
