package kr.tipa.eval.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** Edits a package at the ZIP level, bytes in and bytes out, the way an attacker would — never through POI. */
final class ZipSurgery {

    private final Map<String, byte[]> entries;

    private ZipSurgery(Map<String, byte[]> entries) {
        this.entries = entries;
    }

    static ZipSurgery open(Path file) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(entry)) {
                    entries.put(entry.getName(), in.readAllBytes());
                }
            }
        }
        return new ZipSurgery(entries);
    }

    List<String> names() {
        return new ArrayList<>(entries.keySet());
    }

    byte[] bytes(String name) {
        assertThat(entries).as("entry %s", name).containsKey(name);
        return entries.get(name);
    }

    String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    /** Replaces one exact occurrence; fails the test when the text is not there, so no edit goes missing. */
    ZipSurgery replace(String name, String from, String to) {
        String text = text(name);
        assertThat(text).as("%s contains %s", name, from).contains(from);
        entries.put(name, text.replaceFirst(java.util.regex.Pattern.quote(from),
                java.util.regex.Matcher.quoteReplacement(to)).getBytes(StandardCharsets.UTF_8));
        return this;
    }

    ZipSurgery put(String name, String text) {
        entries.put(name, text.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    ZipSurgery put(String name, byte[] bytes) {
        entries.put(name, bytes);
        return this;
    }

    ZipSurgery remove(String name) {
        assertThat(entries.remove(name)).as("removed %s", name).isNotNull();
        return this;
    }

    /** Keeps the entries but reverses their order in the archive. */
    ZipSurgery reversed() {
        List<String> names = names();
        Collections.reverse(names);
        Map<String, byte[]> reordered = new LinkedHashMap<>();
        names.forEach(n -> reordered.put(n, entries.get(n)));
        return new ZipSurgery(reordered);
    }

    void writeTo(Path file) throws IOException {
        writeTo(file, ZipEntry.DEFLATED);
    }

    /** @param method {@link ZipEntry#DEFLATED} or {@link ZipEntry#STORED} */
    void writeTo(Path file, int method) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(9);
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                entry.setMethod(method);
                if (method == ZipEntry.STORED) {
                    CRC32 crc = new CRC32();
                    crc.update(e.getValue());
                    entry.setSize(e.getValue().length);
                    entry.setCompressedSize(e.getValue().length);
                    entry.setCrc(crc.getValue());
                }
                zip.putNextEntry(entry);
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
    }
}
