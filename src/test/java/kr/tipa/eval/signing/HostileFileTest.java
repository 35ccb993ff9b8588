package kr.tipa.eval.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Files that are not what they claim: each is refused with a reason, and nothing throws. */
class HostileFileTest {

    @TempDir
    Path folder;

    private final WorkbookVerifier verifier = new WorkbookVerifier();

    private Path zip(String name, String... entriesAndTexts) throws Exception {
        Path file = folder.resolve(name);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < entriesAndTexts.length; i += 2) {
                zip.putNextEntry(new ZipEntry(entriesAndTexts[i]));
                zip.write(entriesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

    @Test
    void anEmptyFile() throws Exception {
        VerificationResult result = verifier.verify(Files.createFile(folder.resolve("empty.xlsx")));

        assertThat(result.valid()).isFalse();
        assertThat(result.reason()).isEqualTo(InvalidReason.EMPTY);
    }

    @Test
    void aTextFileNamedXlsx() throws Exception {
        Path file = Files.writeString(folder.resolve("평가표.xlsx"), "항목,점수\n수출 실적,87.5\n");

        assertThat(verifier.verify(file).reason()).isEqualTo(InvalidReason.NOT_ZIP);
    }

    @Test
    void randomBytesBehindAZipSignature() throws Exception {
        byte[] bytes = new byte[4096];
        new SecureRandom().nextBytes(bytes);
        bytes[0] = 'P';
        bytes[1] = 'K';
        bytes[2] = 3;
        bytes[3] = 4;

        assertThat(verifier.verify(Files.write(folder.resolve("noise.xlsx"), bytes)).reason())
                .isEqualTo(InvalidReason.NOT_ZIP);
    }

    @Test
    void aMissingFileOrAFolder() {
        assertThat(verifier.verify(folder.resolve("없는파일.xlsx")).reason()).isEqualTo(InvalidReason.UNREADABLE);
        assertThat(verifier.verify(folder.resolve("없는파일.xlsx")).detail()).isEqualTo("없는파일.xlsx");
        assertThat(verifier.verify(folder).reason()).isEqualTo(InvalidReason.UNREADABLE);
    }

    @Test
    void aZipBomb() throws Exception {
        Path file = folder.resolve("bomb.xlsx");
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(9);
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(new byte[20 * 1024 * 1024]);
            zip.closeEntry();
        }
        assertThat(Files.size(file)).isLessThan(100_000);

        VerificationResult result = verifier.verify(file);

        assertThat(result.reason()).isEqualTo(InvalidReason.SUSPICIOUS_COMPRESSION);
        assertThat(result.detail()).isEqualTo("[Content_Types].xml");
    }

    @Test
    void moreUnpackedThanTheTotalLimit() throws Exception {
        byte[] incompressible = new byte[300 * 1024];
        new SecureRandom().nextBytes(incompressible);
        Path file = folder.resolve("big.xlsx");
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < 4; i++) {
                zip.putNextEntry(new ZipEntry("part" + i + ".bin"));
                zip.write(incompressible);
                zip.closeEntry();
            }
        }
        ZipLimits oneMb = new ZipLimits(10 * ZipLimits.MB, ZipLimits.MB, 100, 4096, 100);

        VerificationResult result = new WorkbookVerifier(oneMb).verify(file);

        assertThat(result.reason()).isEqualTo(InvalidReason.TOO_LARGE_UNPACKED);
        assertThat(result.detail()).isEqualTo("1");
    }

    @Test
    void aFileLargerThanTheCompressedLimit() throws Exception {
        Path file = TestWorkbooks.scoreSheet(folder, "score.xlsx");
        ZipLimits tiny = new ZipLimits(1024, ZipLimits.MB, 100, 4096, 100);

        assertThat(new WorkbookVerifier(tiny).verify(file).reason()).isEqualTo(InvalidReason.TOO_LARGE);
    }

    @Test
    void moreEntriesThanTheLimit() throws Exception {
        Path file = zip("many.xlsx", "a", "1", "b", "2", "c", "3", "d", "4");
        ZipLimits three = new ZipLimits(ZipLimits.MB, ZipLimits.MB, 100, 4096, 3);

        VerificationResult result = new WorkbookVerifier(three).verify(file);

        assertThat(result.reason()).isEqualTo(InvalidReason.TOO_MANY_ENTRIES);
        assertThat(result.detail()).isEqualTo("3");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../evil.xml", "xl/../../evil.xml", "/etc/evil.xml", "xl\\evil.xml", "C:/evil.xml",
            "xl/./evil.xml", "xl/evil\u0000.xml"})
    void entryNamesThatEscapeOrConfuse(String name) throws Exception {
        VerificationResult result = verifier.verify(zip("names.xlsx", "[Content_Types].xml", "<Types/>", name, "x"));

        assertThat(result.reason()).isEqualTo(InvalidReason.BAD_ENTRY_NAME);
    }

    @Test
    void twoEntriesWhoseNamesDifferOnlyInCase() throws Exception {
        Path file = zip("dup.xlsx", "xl/worksheets/sheet1.xml", "<a/>", "xl/worksheets/Sheet1.xml", "<b/>");

        VerificationResult result = verifier.verify(file);

        assertThat(result.reason()).isEqualTo(InvalidReason.DUPLICATE_ENTRY);
        assertThat(result.detail()).isEqualTo("xl/worksheets/Sheet1.xml");
    }

    /** ZipOutputStream refuses equal names, so the second name is patched in the bytes afterwards. */
    @Test
    void twoEntriesWithExactlyTheSameName() throws Exception {
        Path file = zip("dup.xlsx", "xl/dupA.xml", "<a/>", "xl/dupB.xml", "<b/>");
        String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        assertThat(bytes).contains("xl/dupB.xml");
        Files.write(file, bytes.replace("xl/dupB.xml", "xl/dupA.xml").getBytes(StandardCharsets.ISO_8859_1));

        assertThat(verifier.verify(file).reason()).isEqualTo(InvalidReason.DUPLICATE_ENTRY);
    }

    @Test
    void anEntryWhoseBytesDoNotMatchItsCrc() throws Exception {
        byte[] content = "<worksheet>87.5</worksheet>".getBytes(StandardCharsets.UTF_8);
        CRC32 crc = new CRC32();
        crc.update(content);
        Path file = folder.resolve("crc.xlsx");
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipEntry entry = new ZipEntry("xl/worksheets/sheet1.xml");
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(content.length);
            entry.setCompressedSize(content.length);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(content);
            zip.closeEntry();
        }
        String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        Files.write(file, bytes.replace("87.5", "97.5").getBytes(StandardCharsets.ISO_8859_1));

        VerificationResult result = verifier.verify(file);

        assertThat(result.reason()).isEqualTo(InvalidReason.NOT_ZIP);
        assertThat(result.detail()).isEqualTo("xl/worksheets/sheet1.xml");
    }

    @Test
    void aFolderEntryWithContent() throws Exception {
        Path file = zip("folder.xlsx", "[Content_Types].xml", "<Types/>", "xl/", "hidden bytes");

        assertThat(verifier.verify(file).reason()).isEqualTo(InvalidReason.BAD_ENTRY_NAME);
    }

    @Test
    void aZipThatIsNotAnOfficePackage() throws Exception {
        Path file = zip("plain.xlsx", "readme.txt", "평가표가 아닙니다");

        assertThat(verifier.verify(file).reason()).isEqualTo(InvalidReason.NOT_WORKBOOK);
    }

    @Test
    void anUnsignedWorkbook() throws Exception {
        VerificationResult result = verifier.verify(TestWorkbooks.scoreSheet(folder, "unsigned.xlsx"));

        assertThat(result.valid()).isFalse();
        assertThat(result.reason()).isEqualTo(InvalidReason.NOT_SIGNED);
        assertThat(result.signers()).isEmpty();
    }
}
