package kr.tipa.eval.viewer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** HWP compound files built by hand: the FileHeader's property bits and the compressed streams. */
class HwpContainerTest {

    @TempDir
    Path dir;

    private final DocumentRenderer renderer = new DocumentRenderer();

    @ParameterizedTest(name = "properties {0} → {1}")
    @CsvSource({
        "2,viewer.reason.encrypted",      // bit 1: password
        "16,viewer.reason.encrypted",     // bit 4: DRM
        "4,viewer.reason.distribution",   // bit 2: 배포용
        "5,viewer.reason.distribution",   // compressed and 배포용
    })
    void protectedDocumentsAreRefusedFromTheirHeader(int properties, String reason) throws IOException {
        Path file = hwp(dir.resolve("p.hwp"), properties, new byte[100]);
        assertThat(renderer.open("p.hwp", file)).isInstanceOfSatisfying(UnreadableDocument.class,
                refused -> assertThat(refused.reasonKey()).isEqualTo(reason));
    }

    @Test
    void aCompressedSectionInflatingBeyondTheLimitsIsRefused() throws IOException {
        ByteArrayOutputStream deflated = new ByteArrayOutputStream();
        try (DeflaterOutputStream out = new DeflaterOutputStream(deflated, new Deflater(9, true))) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                out.write(zeros);
            }
        }
        Path file = hwp(dir.resolve("bomb.hwp"), 1, deflated.toByteArray());

        long started = System.nanoTime();
        assertThat(renderer.open("bomb.hwp", file)).isInstanceOfSatisfying(UnreadableDocument.class,
                refused -> assertThat(refused.reasonKey()).isEqualTo("viewer.reason.inflatesTooMuch"));
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(5_000);
    }

    @Test
    void aHeaderWithoutTheHwpSignatureIsCorrupt() throws IOException {
        Path file = dir.resolve("fake.hwp");
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(file)) {
            fs.createDocument(new ByteArrayInputStream(new byte[256]), "FileHeader");
            fs.writeFilesystem(out);
        }
        assertThat(renderer.open("fake.hwp", file)).isInstanceOfSatisfying(UnreadableDocument.class,
                refused -> assertThat(refused.reasonKey()).isEqualTo("viewer.reason.corrupt"));
    }

    /** A FileHeader as the HWP 5.0 format describes it (signature, version 5.0.3.0, properties). */
    private static Path hwp(Path target, int properties, byte[] section) throws IOException {
        byte[] header = new byte[256];
        byte[] signature = "HWP Document File".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(signature, 0, header, 0, signature.length);
        header[32] = 0;
        header[33] = 3;
        header[34] = 0;
        header[35] = 5;
        header[36] = (byte) properties;
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(target)) {
            fs.createDocument(new ByteArrayInputStream(header), "FileHeader");
            DirectoryEntry body = fs.getRoot().createDirectory("BodyText");
            body.createDocument("Section0", new ByteArrayInputStream(section));
            fs.writeFilesystem(out);
        }
        return target;
    }
}
