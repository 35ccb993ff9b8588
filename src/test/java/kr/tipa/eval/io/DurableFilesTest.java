package kr.tipa.eval.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DurableFilesTest {

    @TempDir
    Path dir;

    @Test
    void aWriteThatFailsHalfWayLeavesTheTargetUntouchedAndNoTemporaryFile() throws Exception {
        Path target = dir.resolve("keep.xlsx");
        Files.writeString(target, "old");
        assertThatThrownBy(() -> DurableFiles.write(target, out -> {
            out.write(new byte[1000]);
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThat(Files.readString(target)).isEqualTo("old");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("keep.xlsx");
        }
    }

    @Test
    void aFinishedWriteReplacesTheTargetAndIsReadableByItsOwnerOnly() throws Exception {
        Path target = dir.resolve("sheet.xlsx");
        Files.writeString(target, "old");
        DurableFiles.write(target, "new".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(Files.readString(target)).isEqualTo("new");
        if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-------");
        }
        try (var files = Files.list(dir)) {
            assertThat(files).hasSize(1);
        }
    }

    @Test
    void movingIntoPlaceReplacesAnExistingFile() throws Exception {
        Path finished = dir.resolve(".partial");
        Path target = dir.resolve("result.xlsx");
        Files.writeString(finished, "signed");
        Files.writeString(target, "older");
        DurableFiles.moveIntoPlace(finished, target);
        assertThat(Files.readString(target)).isEqualTo("signed");
        assertThat(finished).doesNotExist();
    }
}
