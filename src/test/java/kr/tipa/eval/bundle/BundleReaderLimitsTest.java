package kr.tipa.eval.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.CancellationException;
import kr.tipa.eval.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The size limits, checked with small limits so that the test need not write gigabytes: the reader
 * counts what entries really inflate to, not what the ZIP claims.
 */
class BundleReaderLimitsTest {

    private static final long KB = 1024;

    @TempDir
    Path dir;

    private static byte[] random(int size) {
        byte[] bytes = new byte[size];
        new Random(42).nextBytes(bytes);
        return bytes;
    }

    private Path bundleWithDocumentOf(int size) throws IOException {
        BundleWriter writer = Fixtures.bundle(1);
        writer.attach("2024-EXP-0001", "EVIDENCE", "documents/scan.png", BundleWriter.Content.of(random(size)));
        Path zip = dir.resolve("b" + size + ".zip");
        writer.write(zip);
        return zip;
    }

    private static BundleLimits limits(long entry, long total) {
        return new BundleLimits(entry, total, 100, 4096, 1024 * KB, 1000, 50);
    }

    @Test
    void anEntryJustUnderTheEntryLimitIsRead() throws Exception {
        ReadBundle read = new BundleReader(limits(64 * KB, 10 * 1024 * KB))
                .read(bundleWithDocumentOf((int) (64 * KB)), DocumentStaging.DISCARD, ReadProgress.NONE);
        assertThat(read.applications().get(0).documents()).hasSize(3);
    }

    @Test
    void anEntryOneByteOverTheEntryLimitIsRefused() throws Exception {
        BundleRefusedException e = catchThrowableOfType(BundleRefusedException.class,
                () -> new BundleReader(limits(64 * KB, 10 * 1024 * KB))
                        .read(bundleWithDocumentOf((int) (64 * KB) + 1), DocumentStaging.DISCARD, ReadProgress.NONE));
        assertThat(e.problems().get(0).file()).isEqualTo("applications/2024-EXP-0001/documents/scan.png");
        assertThat(e.problems().get(0).message().key()).isEqualTo("bundle.limit.entry");
    }

    @Test
    void aBundleOverTheTotalLimitIsRefused() throws Exception {
        BundleRefusedException e = catchThrowableOfType(BundleRefusedException.class,
                () -> new BundleReader(limits(1024 * KB, 100 * KB))
                        .read(bundleWithDocumentOf((int) (200 * KB)), DocumentStaging.DISCARD, ReadProgress.NONE));
        assertThat(e.problems().get(0).message().key()).isEqualTo("bundle.limit.total");
    }

    @Test
    void theSpecLimitsAreThoseOfTheBundleFormat() {
        assertThat(BundleLimits.SPEC.maxEntryBytes()).isEqualTo(200L * 1024 * 1024);
        assertThat(BundleLimits.SPEC.maxTotalBytes()).isEqualTo(2048L * 1024 * 1024);
        assertThat(BundleLimits.SPEC.maxCompressionRatio()).isEqualTo(100);
    }

    @Test
    void readingStopsWhenCancelled() throws Exception {
        Path zip = bundleWithDocumentOf(3 * 1024 * 1024);
        ReadProgress cancelling = new ReadProgress() {
            @Override
            public void progress(long done, long total) {
            }

            @Override
            public boolean cancelled() {
                return true;
            }
        };
        assertThat(catchThrowableOfType(CancellationException.class,
                () -> new BundleReader().read(zip, DocumentStaging.DISCARD, cancelling))).isNotNull();
    }

    @Test
    void progressReachesTheWhole() throws Exception {
        Path zip = bundleWithDocumentOf(3 * 1024 * 1024);
        long[] last = new long[2];
        new BundleReader().read(zip, DocumentStaging.DISCARD, new ReadProgress() {
            @Override
            public void progress(long done, long total) {
                last[0] = done;
                last[1] = total;
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        });
        assertThat(last[1]).isGreaterThan(3L * 1024 * 1024);
        assertThat(last[0]).isEqualTo(last[1]);
    }

    @Test
    void filesOutsideTheLayoutAreIgnoredWithAWarning() throws Exception {
        BundleWriter writer = Fixtures.bundle(1);
        writer.entry("README.txt", BundleWriter.Content.of(random(10)));
        writer.entry("applications/2024-EXP-0001/documents/unlisted.pdf", BundleWriter.Content.of(random(10)));
        Path zip = dir.resolve("extra.zip");
        writer.write(zip);
        ReadBundle read = new BundleReader().read(zip, DocumentStaging.DISCARD, ReadProgress.NONE);
        assertThat(read.warnings()).extracting(BundleProblem::file)
                .containsExactlyInAnyOrder("README.txt", "applications/2024-EXP-0001/documents/unlisted.pdf");
        assertThat(read.applications()).hasSize(1);
    }

    @Test
    void aDocumentsSizeIsWhatWasReadNotWhatTheCentralDirectorySays() throws Exception {
        Path zip = bundleWithDocumentOf(5000);
        String name = "applications/2024-EXP-0001/documents/scan.png";
        byte[] bytes = java.nio.file.Files.readAllBytes(zip);
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        byte[] wanted = name.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int patched = 0;
        for (int at = 0; at + 46 <= bytes.length; at++) {
            if (buffer.getInt(at) == 0x02014b50 && buffer.getShort(at + 28) == wanted.length
                    && java.util.Arrays.equals(bytes, at + 46, at + 46 + wanted.length, wanted, 0, wanted.length)) {
                buffer.putInt(at + 24, 4000); // the uncompressed size in the central directory
                patched++;
            }
        }
        assertThat(patched).isEqualTo(1);
        java.nio.file.Files.write(zip, bytes);

        ReadBundle read = new BundleReader().read(zip, DocumentStaging.DISCARD, ReadProgress.NONE);

        assertThat(read.applications().get(0).documents())
                .filteredOn(d -> d.attached().file().equals("documents/scan.png"))
                .extracting(ReadBundle.Document::size).containsExactly(5000L);
    }
}
