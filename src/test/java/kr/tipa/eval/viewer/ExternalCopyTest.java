package kr.tipa.eval.viewer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExternalCopyTest {

    @TempDir
    Path temp;

    @Test
    void aCopyCarriesTheOriginalNameAndBytesAndIsPrivate() throws IOException {
        Path stored = Files.writeString(temp.resolve("3f2a…sha"), "plan bytes");
        try (ExternalCopy copies = ExternalCopy.create(temp)) {
            Path copy = copies.write("참가계획서.hwp", stored);

            assertThat(copy.getFileName().toString()).isEqualTo("참가계획서.hwp");
            assertThat(Files.readString(copy)).isEqualTo("plan bytes");
            assertThat(copy.startsWith(copies.folder())).isTrue();
            assumeTrue(temp.getFileSystem().supportedFileAttributeViews().contains("posix"));
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(copies.folder())))
                    .isEqualTo("rwx------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(copy))).isEqualTo("r--------");
        }
    }

    @Test
    void twoAttachmentsOfTheSameNameDoNotCollideAndCloseDeletesBoth() throws IOException {
        ExternalCopy copies = ExternalCopy.create(temp);
        Path first = copies.write("plan.pdf", new java.io.ByteArrayInputStream("one".getBytes(StandardCharsets.UTF_8)));
        Path second = copies.write("plan.pdf", new java.io.ByteArrayInputStream("two".getBytes(StandardCharsets.UTF_8)));
        assertThat(first).isNotEqualTo(second);
        assertThat(Files.readString(first)).isEqualTo("one");
        assertThat(Files.readString(second)).isEqualTo("two");

        copies.close();
        assertThat(copies.folder()).doesNotExist();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "../../etc/evil.pdf|evil.pdf",
        "C:\\Users\\x\\plan.hwp|plan.hwp",
        "a:b?c*.hwp|a_b_c_.hwp",
        "CON.pdf|_CON.pdf",
        "plan.pdf. . |plan.pdf",
        "...|document",
    })
    void namesAreMadeSafeForEveryDesktop(String given, String expected) {
        assertThat(ExternalCopy.safeName(given)).isEqualTo(expected);
    }

    @Test
    void aLongKoreanNameIsShortenedKeepingItsExtension() {
        String name = ExternalCopy.safeName("가".repeat(120) + ".hwpx");
        assertThat(name).endsWith(".hwpx").startsWith("가가가");
        assertThat(name.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(200);
        // 200 bytes: the 5 of ".hwpx" and 65 syllables of 3 bytes each.
        assertThat(name).isEqualTo("가".repeat(65) + ".hwpx");
    }

    @Test
    void foldersLeftByACrashedRunAreSwept() throws IOException {
        Path old = Files.createDirectory(temp.resolve("tipa-eval-view-old"));
        Files.writeString(old.resolve("x.pdf"), "x");
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofDays(3))));
        Path recent = Files.createDirectory(temp.resolve("tipa-eval-view-recent"));
        Path unrelated = Files.createDirectory(temp.resolve("other-old"));
        Files.setLastModifiedTime(unrelated, FileTime.from(Instant.now().minus(Duration.ofDays(3))));

        assertThat(ExternalCopy.sweepStale(temp, Duration.ofDays(1))).isEqualTo(1);
        assertThat(old).doesNotExist();
        assertThat(recent).exists();
        assertThat(unrelated).exists();
    }
}
