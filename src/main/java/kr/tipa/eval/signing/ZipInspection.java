package kr.tipa.eval.signing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Judges a file as a ZIP before POI sees it: size, entry count and names from the central directory,
 * then every entry inflated and counted (declared sizes may lie) with its CRC checked. Nothing here
 * throws on bad input; every fault becomes a {@link Refused} with its reason.
 */
final class ZipInspection {

    /** The outcome: the entry names of an acceptable archive, or why it is refused. */
    sealed interface Outcome permits Passed, Refused {
    }

    /** @param entryNames every entry except empty folder entries, in central-directory order */
    record Passed(List<String> entryNames) implements Outcome {
    }

    record Refused(InvalidReason reason, String detail) implements Outcome {
    }

    private static final byte[] LOCAL_HEADER = {'P', 'K', 3, 4};
    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");

    private ZipInspection() {
    }

    static Outcome inspect(Path file, ZipLimits limits) {
        String fileName = String.valueOf(file.getFileName());
        long size;
        try {
            if (Files.isDirectory(file)) {
                return new Refused(InvalidReason.UNREADABLE, fileName);
            }
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            return new Refused(InvalidReason.UNREADABLE, fileName);
        } catch (IOException e) {
            return new Refused(InvalidReason.UNREADABLE, fileName);
        }
        if (size == 0) {
            return new Refused(InvalidReason.EMPTY, "");
        }
        if (size > limits.maxFileBytes()) {
            return new Refused(InvalidReason.TOO_LARGE, Long.toString(limits.maxFileBytes() / ZipLimits.MB));
        }
        try {
            if (!startsWithLocalHeader(file)) {
                return new Refused(InvalidReason.NOT_ZIP, "");
            }
            try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
                return inspect(zip, limits);
            }
        } catch (IOException | RuntimeException e) {
            // ZipException for a broken archive; IllegalArgumentException for undecodable names.
            return new Refused(InvalidReason.NOT_ZIP, "");
        }
    }

    private static boolean startsWithLocalHeader(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(LOCAL_HEADER.length), LOCAL_HEADER);
        }
    }

    private static Outcome inspect(ZipFile zip, ZipLimits limits) throws IOException {
        List<ZipEntry> entries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ZipEntry entry : Collections.list(zip.entries())) {
            if (entries.size() >= limits.maxEntries()) {
                return new Refused(InvalidReason.TOO_MANY_ENTRIES, Integer.toString(limits.maxEntries()));
            }
            String name = entry.getName();
            if (!acceptableName(name)) {
                return new Refused(InvalidReason.BAD_ENTRY_NAME, printable(name));
            }
            // OPC part names are case-insensitive; two spellings of one name could be read differently
            // by two programs (one verifies the first, the other shows the second).
            String folded = Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
            if (!seen.add(folded)) {
                return new Refused(InvalidReason.DUPLICATE_ENTRY, name);
            }
            entries.add(entry);
        }
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        for (ZipEntry entry : entries) {
            CRC32 crc = new CRC32();
            long inflated = 0;
            try (InputStream in = zip.getInputStream(entry)) {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    inflated += n;
                    total += n;
                    crc.update(buffer, 0, n);
                    if (total > limits.maxTotalBytes()) {
                        return new Refused(InvalidReason.TOO_LARGE_UNPACKED,
                                Long.toString(limits.maxTotalBytes() / ZipLimits.MB));
                    }
                    if (inflated > limits.ratioFloorBytes()
                            && inflated > limits.maxRatio() * Math.max(entry.getCompressedSize(), 1)) {
                        return new Refused(InvalidReason.SUSPICIOUS_COMPRESSION, entry.getName());
                    }
                }
            }
            if ((entry.getSize() >= 0 && inflated != entry.getSize())
                    || (entry.getCrc() >= 0 && crc.getValue() != entry.getCrc())) {
                return new Refused(InvalidReason.NOT_ZIP, entry.getName());
            }
            if (entry.isDirectory() && inflated > 0) {
                // A folder entry has no part behind it: content there would sit outside every check.
                return new Refused(InvalidReason.BAD_ENTRY_NAME, entry.getName());
            }
        }
        return new Passed(entries.stream().filter(e -> !e.isDirectory()).map(ZipEntry::getName).toList());
    }

    /** Relative, {@code /}-separated, no {@code ..} segment, no drive letter, no control characters. */
    static boolean acceptableName(String name) {
        if (name.isEmpty() || name.startsWith("/") || name.indexOf('\\') >= 0 || DRIVE.matcher(name).matches()) {
            return false;
        }
        for (String segment : name.split("/", -1)) {
            if (segment.equals("..") || segment.equals(".")) {
                return false;
            }
        }
        return name.chars().noneMatch(Character::isISOControl);
    }

    private static String printable(String name) {
        StringBuilder text = new StringBuilder();
        name.codePoints().limit(200).forEach(c -> {
            if (Character.isISOControl(c)) {
                text.append('?');
            } else {
                text.appendCodePoint(c);
            }
        });
        return text.toString();
    }
}
