package kr.tipa.eval.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import kr.tipa.eval.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Documents hashed while they are written: stored when they fit a buffer, streamed when larger. */
class StreamedDocumentsTest {

    @TempDir
    Path dir;

    private static byte[] random(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void documentsOnBothSidesOfTheBufferAreListedWithTheHashOfWhatWasWritten() throws Exception {
        byte[] small = random(StreamedDocuments.LOADED, 1);
        byte[] large = random(StreamedDocuments.LOADED + 1, 2);
        BundleWriter writer = new BundleWriter(Fixtures.manifest());
        writer.add(Fixtures.application(Fixtures.receiptNo(1)));
        writer.attachHashedOnWrite(Fixtures.receiptNo(1), "PARTICIPATION_PLAN", "documents/참가계획서.pdf",
                BundleWriter.Content.of(small));
        writer.attachHashedOnWrite(Fixtures.receiptNo(1), "EVIDENCE", "documents/스캔.pdf",
                BundleWriter.Content.of(large));
        Path zip = dir.resolve("b.zip");
        writer.write(zip);

        ReadBundle read = new BundleReader().read(zip, DocumentStaging.DISCARD, ReadProgress.NONE);
        var documents = read.applications().get(0).documents();
        assertThat(documents.get(0).attached().sha256()).isEqualTo(sha256(small));
        assertThat(documents.get(1).attached().sha256()).isEqualTo(sha256(large));
        try (ZipFile file = new ZipFile(zip.toFile())) {
            assertThat(file.getEntry("applications/2024-EXP-0001/documents/참가계획서.pdf").getMethod())
                    .isEqualTo(ZipEntry.STORED);
            assertThat(file.getEntry("applications/2024-EXP-0001/documents/스캔.pdf").getMethod())
                    .isEqualTo(ZipEntry.DEFLATED);
        }
        assertThat(new BundleReader().checkOwnOutput(zip).applications().get(0).documents().get(1).size())
                .isEqualTo(large.length);
    }

    @Test
    void aDocumentThatCannotBeOpenedFailsTheWriteNamingItsEntry() {
        BundleWriter writer = new BundleWriter(Fixtures.manifest());
        writer.add(Fixtures.application(Fixtures.receiptNo(1)));
        writer.attachHashedOnWrite(Fixtures.receiptNo(1), "EVIDENCE", "documents/a.pdf", () -> {
            throw new IOException("gone");
        });
        assertThatThrownBy(() -> writer.write(dir.resolve("b.zip"))).isInstanceOfSatisfying(
                DocumentReadException.class, e -> {
                    assertThat(e.entry()).isEqualTo("applications/2024-EXP-0001/documents/a.pdf");
                    assertThat(e).hasMessageContaining("gone");
                });
    }

    /** Many documents over every lane, an odd number so the lanes end unevenly. */
    private static BundleWriter many(int count) {
        BundleWriter writer = new BundleWriter(Fixtures.manifest());
        for (int i = 1; i <= count; i++) {
            writer.add(Fixtures.application(Fixtures.receiptNo(i)));
            writer.attachHashedOnWrite(Fixtures.receiptNo(i), "PARTICIPATION_PLAN", "documents/plan-" + i + ".pdf",
                    BundleWriter.Content.of(random(1000 + i * 37, i)));
        }
        return writer;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void documentsHashedOnSeveralLanesAreWrittenInOrderEachListedWithItsOwnHash(int lanes) throws Exception {
        Map<String, byte[]> contents = new LinkedHashMap<>();
        for (int i = 1; i <= 11; i++) {
            contents.put("documents/d" + i + ".pdf", random(1000 + i * 37, i));
        }
        List<StreamedDocuments.Item> items = new ArrayList<>();
        Map<String, String> listed = new LinkedHashMap<>();
        contents.forEach((name, bytes) -> items.add(new StreamedDocuments.Item(name, BundleWriter.Content.of(bytes),
                sha -> listed.put(name, sha))));
        Path zip = dir.resolve("lanes.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            new StreamedDocuments(items, Deflater.NO_COMPRESSION, lanes).write(out, ReadProgress.NONE);
        }
        try (ZipFile file = new ZipFile(zip.toFile())) {
            assertThat(file.stream().map(ZipEntry::getName).toList()).containsExactlyElementsOf(contents.keySet());
            for (Map.Entry<String, byte[]> e : contents.entrySet()) {
                try (InputStream in = file.getInputStream(file.getEntry(e.getKey()))) {
                    assertThat(in.readAllBytes()).isEqualTo(e.getValue());
                }
                assertThat(listed.get(e.getKey())).isEqualTo(sha256(e.getValue()));
            }
        }
    }

    @Test
    void aDocumentFailingMidwayOnTheSecondLaneStopsTheWriteNamingItAndEndsTheReaders() throws Exception {
        BundleWriter writer = many(9);
        writer.attachHashedOnWrite(Fixtures.receiptNo(4), "EVIDENCE", "documents/cut.pdf",
                () -> new SequenceInputStream(new ByteArrayInputStream(new byte[5000]), new InputStream() {
                    @Override
                    public int read() throws IOException {
                        throw new IOException("device removed");
                    }
                }));
        assertThatThrownBy(() -> writer.write(dir.resolve("b.zip"))).isInstanceOfSatisfying(
                DocumentReadException.class, e -> {
                    assertThat(e.entry()).isEqualTo("applications/2024-EXP-0004/documents/cut.pdf");
                    assertThat(e).hasMessageContaining("device removed");
                });
        assertThat(readersAlive()).isFalse();
    }

    @Test
    void aWriteCancelledMidwayStopsAfterTheDocumentsAlreadyWrittenAndEndsTheReaders() throws Exception {
        BundleWriter writer = many(9);
        AtomicInteger written = new AtomicInteger();
        ReadProgress cancelAfterThree = new ReadProgress() {
            @Override
            public void progress(long done, long total) {
                written.incrementAndGet();
            }

            @Override
            public boolean cancelled() {
                return written.get() >= 3;
            }
        };
        assertThatThrownBy(() -> writer.write(dir.resolve("b.zip"), cancelAfterThree))
                .isInstanceOf(CancellationException.class);
        assertThat(written.get()).isEqualTo(3);
        assertThat(readersAlive()).isFalse();
    }

    /** Whether a reading lane is still running a moment after the write ended. */
    private static boolean readersAlive() throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            if (Thread.getAllStackTraces().keySet().stream()
                    .noneMatch(t -> t.getName().startsWith("bundle-document-reader") && t.isAlive())) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }

    @Test
    void aCancelledWriteStops() {
        BundleWriter writer = new BundleWriter(Fixtures.manifest());
        writer.add(Fixtures.application(Fixtures.receiptNo(1)));
        writer.attachHashedOnWrite(Fixtures.receiptNo(1), "EVIDENCE", "documents/a.pdf",
                BundleWriter.Content.of(new byte[10]));
        ReadProgress cancelled = new ReadProgress() {
            @Override
            public void progress(long done, long total) {
            }

            @Override
            public boolean cancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> writer.write(dir.resolve("b.zip"), cancelled))
                .isInstanceOf(CancellationException.class);
    }
}
