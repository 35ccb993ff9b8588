package kr.tipa.eval.storage.crypto;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.util.Arrays;

/**
 * Reads a file written in {@link ChunkCipher} chunks: {@code MAGIC, prefix}, then per chunk a flag byte
 * (1 = last), its sealed length and the sealed bytes. Any change to the file fails with an IOException.
 */
public final class DecryptingInputStream extends InputStream {

    private final DataInputStream in;
    private final ChunkCipher cipher;
    private final byte[] prefix = new byte[ChunkCipher.PREFIX];
    private byte[] plain = new byte[0];
    private int position;
    private long index;
    private boolean done;

    public DecryptingInputStream(InputStream in, ChunkCipher cipher) throws IOException {
        this.in = new DataInputStream(in);
        this.cipher = cipher;
        byte[] magic = new byte[ChunkCipher.MAGIC.length];
        this.in.readFully(magic);
        if (!Arrays.equals(magic, ChunkCipher.MAGIC)) {
            throw new IOException("not an encrypted tipa-eval document");
        }
        this.in.readFully(prefix);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        while (position >= plain.length) {
            if (done) {
                return -1;
            }
            next();
        }
        int n = Math.min(length, plain.length - position);
        System.arraycopy(plain, position, buffer, offset, n);
        position += n;
        return n;
    }

    private void next() throws IOException {
        int flag;
        int size;
        try {
            flag = in.readUnsignedByte();
            size = in.readInt();
        } catch (EOFException e) {
            throw new IOException("encrypted document is cut off", e);
        }
        if (size < ChunkCipher.TAG || size > (8 << 20) + ChunkCipher.TAG) {
            throw new IOException("encrypted document is damaged");
        }
        byte[] sealed = new byte[size];
        in.readFully(sealed);
        try {
            plain = cipher.decrypt(prefix, index++, flag == 1, sealed);
        } catch (GeneralSecurityException e) {
            throw new IOException("encrypted document does not authenticate (changed, or the wrong key)", e);
        }
        position = 0;
        done = flag == 1;
        if (done && in.read() != -1) {
            throw new IOException("encrypted document has data after its last chunk");
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
