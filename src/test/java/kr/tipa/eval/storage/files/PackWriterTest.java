package kr.tipa.eval.storage.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pack's own bookkeeping: where each document lies, and a failed write that nobody waits on forever. */
class PackWriterTest {

    @TempDir
    Path dir;

    @Test
    void eachDocumentLiesRightAfterTheOneBeforeAndThePackHoldsExactlyThem() throws Exception {
        Path pack = dir.resolve("pack");
        byte[] first = filled(3 * 1024 * 1024 + 5, (byte) 1);
        byte[] second = new byte[0];
        byte[] third = filled(1024 * 1024, (byte) 3);
        try (PackWriter writer = new PackWriter(pack, segment -> segment)) {
            writer.write("a", new ByteArrayInputStream(first));
            writer.write("b", new ByteArrayInputStream(second));
            writer.write("c", new ByteArrayInputStream(third));
            assertThat(writer.await("a")).isEqualTo(new PackWriter.Segment(0, first.length));
            assertThat(writer.await("b")).isEqualTo(new PackWriter.Segment(first.length, 0));
            assertThat(writer.await("c")).isEqualTo(new PackWriter.Segment(first.length, third.length));
            writer.force();
        }
        byte[] all = Files.readAllBytes(pack);
        assertThat(all).hasSize(first.length + third.length);
        assertThat(Arrays.copyOfRange(all, first.length, all.length)).isEqualTo(third);
    }

    @Test
    void aWriteThatFailsFailsItsDocumentTheOnesAfterItAndTheForce() throws Exception {
        Path pack = dir.resolve("pack");
        int[] opened = {0};
        PackWriter.Sealer failingSecond = segment -> {
            if (++opened[0] == 2) {
                return new FilterOutputStream(segment) {
                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        throw new IOException("the disk is full");
                    }
                };
            }
            return segment;
        };
        try (PackWriter writer = new PackWriter(pack, failingSecond)) {
            writer.write("a", new ByteArrayInputStream(filled(10, (byte) 1)));
            writer.write("b", new ByteArrayInputStream(filled(10, (byte) 2)));
            assertThat(writer.await("a").length()).isEqualTo(10);
            assertThatThrownBy(() -> writer.await("b")).hasMessageContaining("the disk is full");
            assertThatThrownBy(() -> writer.write("c", new ByteArrayInputStream(filled(10, (byte) 3))))
                    .hasMessageContaining("the disk is full");
            assertThatThrownBy(writer::force).hasMessageContaining("the disk is full");
        }
    }

    private static byte[] filled(int size, byte value) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, value);
        return bytes;
    }
}
