package kr.tipa.eval.storage.crypto;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.GeneralSecurityException;

/**
 * Writes {@link ChunkCipher} chunks of up to 64 KB. A full chunk is sealed only when more data follows,
 * so that the last chunk (possibly empty) is always marked as last on {@link #close()}. The chunk size
 * is small on purpose: the JIT compiles the JDK's AES-GCM intrinsics after enough calls, and with 1 MB
 * chunks a whole gigabyte went by (at ~70 MB/s) before it did; with 64 KB it is warm within the first
 * tens of megabytes and then runs at gigabytes per second.
 */
public final class EncryptingOutputStream extends OutputStream {

    static final int CHUNK = 64 * 1024;

    private final DataOutputStream out;
    private final ChunkCipher cipher;
    private final byte[] prefix = ChunkCipher.newPrefix();
    private final byte[] buffer = new byte[CHUNK];
    private int filled;
    private long index;
    private boolean closed;

    public EncryptingOutputStream(OutputStream out, ChunkCipher cipher) throws IOException {
        this.out = new DataOutputStream(out);
        this.cipher = cipher;
        this.out.write(ChunkCipher.MAGIC);
        this.out.write(prefix);
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] data, int offset, int length) throws IOException {
        while (length > 0) {
            if (filled == CHUNK) {
                seal(false);
            }
            int n = Math.min(length, CHUNK - filled);
            System.arraycopy(data, offset, buffer, filled, n);
            filled += n;
            offset += n;
            length -= n;
        }
    }

    private void seal(boolean last) throws IOException {
        byte[] sealed;
        try {
            sealed = cipher.encrypt(prefix, index++, last, buffer, 0, filled);
        } catch (GeneralSecurityException e) {
            throw new IOException("encryption failed", e);
        }
        out.writeByte(last ? 1 : 0);
        out.writeInt(sealed.length);
        out.write(sealed);
        filled = 0;
    }

    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            seal(true);
            out.close();
        }
    }
}
