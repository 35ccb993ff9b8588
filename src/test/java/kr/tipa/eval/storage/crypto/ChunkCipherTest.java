package kr.tipa.eval.storage.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ChunkCipherTest {

    private final ChunkCipher cipher = new ChunkCipher(new SecretKeySpec(new byte[32], "AES"));

    private byte[] seal(byte[] plain) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (EncryptingOutputStream encrypting = new EncryptingOutputStream(out, cipher)) {
            encrypting.write(plain);
        }
        return out.toByteArray();
    }

    private byte[] open(byte[] sealed, ChunkCipher with) throws IOException {
        try (DecryptingInputStream in = new DecryptingInputStream(new ByteArrayInputStream(sealed), with)) {
            return in.readAllBytes();
        }
    }

    @ParameterizedTest(name = "{0} bytes")
    @ValueSource(ints = {0, 1, 65535, 65536, 65537, 3 * 1048576 + 5})
    void roundTripsAtEveryChunkBoundary(int size) throws IOException {
        byte[] plain = new byte[size];
        new Random(size).nextBytes(plain);
        byte[] sealed = seal(plain);
        assertThat(open(sealed, cipher)).isEqualTo(plain);
        if (size > 16) {
            assertThat(new String(sealed, java.nio.charset.StandardCharsets.ISO_8859_1))
                    .doesNotContain(new String(plain, 0, 16, java.nio.charset.StandardCharsets.ISO_8859_1));
        }
    }

    @Test
    void aFlippedByteIsDetected() throws IOException {
        byte[] sealed = seal("참가계획서 내용".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        sealed[sealed.length - 3] ^= 1;
        assertThatThrownBy(() -> open(sealed, cipher)).isInstanceOf(IOException.class);
    }

    @Test
    void aDroppedLastChunkIsDetected() throws IOException {
        byte[] plain = new byte[65536 + 100];
        byte[] sealed = seal(plain);
        // keep the header and the first (full, not-last) chunk only
        int first = 4 + 8 + 1 + 4 + 65536 + 16;
        byte[] cut = java.util.Arrays.copyOf(sealed, first);
        assertThatThrownBy(() -> open(cut, cipher)).isInstanceOf(IOException.class);
    }

    @Test
    void theWrongKeyOpensNothing() throws IOException {
        byte[] sealed = seal(new byte[] {1, 2, 3});
        ChunkCipher other = new ChunkCipher(new SecretKeySpec(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13,
            14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32}, "AES"));
        assertThatThrownBy(() -> open(sealed, other)).isInstanceOf(IOException.class);
    }
}
