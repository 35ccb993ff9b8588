package kr.tipa.eval.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import kr.tipa.eval.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
    void aDocumentThatCannotBeReadFailsTheWrite() {
        BundleWriter writer = new BundleWriter(Fixtures.manifest());
        writer.add(Fixtures.application(Fixtures.receiptNo(1)));
        writer.attachHashedOnWrite(Fixtures.receiptNo(1), "EVIDENCE", "documents/a.pdf", () -> {
            throw new IOException("gone");
        });
        assertThatThrownBy(() -> writer.write(dir.resolve("b.zip"))).isInstanceOf(IOException.class)
                .hasMessage("gone");
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
