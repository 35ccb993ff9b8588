package kr.tipa.eval.storage.crypto;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM over a file in chunks, so that neither writing nor reading ever holds a whole document:
 * each chunk has its own nonce (the file's random prefix and the chunk's index) and authenticates its
 * index and whether it is the last, so chunks can be neither reordered, dropped nor truncated unseen.
 */
public final class ChunkCipher {

    public static final byte[] MAGIC = {'T', 'P', 'E', '1'};
    public static final int PREFIX = 8;
    public static final int TAG = 16;

    private final SecretKey key;

    public ChunkCipher(SecretKey key) {
        this.key = key;
    }

    public static byte[] newPrefix() {
        byte[] prefix = new byte[PREFIX];
        new SecureRandom().nextBytes(prefix);
        return prefix;
    }

    public byte[] encrypt(byte[] prefix, long index, boolean last, byte[] data, int offset, int length)
            throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG * 8, nonce(prefix, index)));
        cipher.updateAAD(aad(index, last));
        return cipher.doFinal(data, offset, length);
    }

    /** @throws AEADBadTagException when the chunk was changed, moved or cut off, or the key is wrong */
    public byte[] decrypt(byte[] prefix, long index, boolean last, byte[] sealed) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG * 8, nonce(prefix, index)));
        cipher.updateAAD(aad(index, last));
        return cipher.doFinal(sealed);
    }

    private static byte[] nonce(byte[] prefix, long index) {
        return ByteBuffer.allocate(12).put(prefix, 0, PREFIX).putInt((int) index).array();
    }

    private static byte[] aad(long index, boolean last) {
        return ByteBuffer.allocate(9).putLong(index).put((byte) (last ? 1 : 0)).array();
    }
}
