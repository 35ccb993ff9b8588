package kr.tipa.eval.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** Edits a ZIP package part by part, the way someone tampering with a workbook would. */
public final class ZipEdit {

    private final Map<String, byte[]> parts = new LinkedHashMap<>();

    private ZipEdit() {
    }

    public static ZipEdit of(Path zip) throws IOException {
        ZipEdit edit = new ZipEdit();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            var entries = file.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                edit.parts.put(entry.getName(), file.getInputStream(entry).readAllBytes());
            }
        }
        return edit;
    }

    public String text(String part) {
        return new String(parts.get(part), StandardCharsets.UTF_8);
    }

    /** The parts' names, in archive order. */
    public java.util.List<String> names() {
        return java.util.List.copyOf(parts.keySet());
    }

    public boolean has(String part) {
        return parts.containsKey(part);
    }

    public ZipEdit replaceText(String part, UnaryOperator<String> change) {
        String before = text(part);
        String after = change.apply(before);
        if (after.equals(before)) {
            throw new AssertionError("the edit changed nothing in " + part);
        }
        parts.put(part, after.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    public ZipEdit remove(String part) {
        if (parts.remove(part) == null) {
            throw new AssertionError("no part " + part);
        }
        return this;
    }

    /** Moves a part to the end of the archive: the same parts, in another order. */
    public ZipEdit moveToEnd(String part) {
        byte[] bytes = parts.remove(part);
        parts.put(part, bytes);
        return this;
    }

    public ZipEdit put(String part, byte[] bytes) {
        parts.put(part, bytes);
        return this;
    }

    public Path write(Path target) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (Map.Entry<String, byte[]> e : parts.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
        return target;
    }
}
