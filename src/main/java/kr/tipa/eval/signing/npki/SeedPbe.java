package kr.tipa.eval.signing.npki;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.SEEDEngine;
import org.bouncycastle.crypto.generators.PKCS5S2ParametersGenerator;
import org.bouncycastle.crypto.modes.CBCBlockCipher;
import org.bouncycastle.crypto.paddings.PKCS7Padding;
import org.bouncycastle.crypto.paddings.PaddedBufferedBlockCipher;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.ParametersWithIV;

/**
 * The key derivations and the cipher with which Korean certificate software protects {@code signPri.key}.
 * BouncyCastle has SEED but maps none of these password-based schemes, so the keys are derived here.
 */
final class SeedPbe {

    static final int KEY_BYTES = 16;
    static final int IV_BYTES = 16;

    /**
     * The IV of the older {@code 1.2.410.200004.1.4} form: the ASCII digits "0123456789012345". Published by
     * PyPinkSign ({@code bandoche/PyPinkSign}, pypinksign.py, {@code get_private_key_decryption_key_for_seed_cbc})
     * and, independently, by LiteHell/NPKI_example ({@code LibNPKI/CertificateLoader.cs}, "고정 IV값").
     */
    private static final byte[] LEGACY_IV = {'0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '0', '1', '2', '3', '4',
        '5'};
    private static final int SHA1_BYTES = 20;

    private SeedPbe() {
    }

    /** A SEED key and the IV to use it with; {@link #erase()} once the ciphertext is decrypted. */
    record KeyAndIv(byte[] key, byte[] iv) {
        void erase() {
            Arrays.fill(key, (byte) 0);
        }
    }

    /**
     * PBKDF1 of PKCS#5 v2.0 (RFC 8018 §5.1) with SHA-1: T1 = SHA1(P ‖ S), Ti = SHA1(Ti-1), DK = Tc, all
     * 20 bytes — that is, SHA-1 applied {@code iterations} times in all, the first time to password ‖ salt.
     */
    static byte[] pbkdf1Sha1(byte[] password, byte[] salt, int iterations) {
        MessageDigest sha1 = sha1();
        sha1.update(password);
        sha1.update(salt);
        byte[] t = sha1.digest();
        for (int i = 1; i < iterations; i++) {
            byte[] next = sha1.digest(t);
            Arrays.fill(t, (byte) 0);
            t = next;
        }
        return t;
    }

    /**
     * {@code 1.2.410.200004.1.15} (pbeWithSHA1AndSEED-CBC): key = DK[0..16), IV = SHA-1(DK[16..20))[0..16).
     * As KISA's form is described by codetronik.tistory.com ("공인인증서 개인키": "최종 HASH값에서 뒤 4바이트를
     * 잘라낸 뒤 SHA1하여 DIV를 만듭니다"), PyPinkSign ({@code get_private_key_decryption_key_for_seed_cbc_with_sha1})
     * and LiteHell/NPKI_example; PyPinkSign's test publishes the resulting key and IV for one file, which our
     * test checks.
     */
    static KeyAndIv pbeWithSha1AndSeedCbc(byte[] password, byte[] salt, int iterations) {
        byte[] dk = pbkdf1Sha1(password, salt, iterations);
        try {
            byte[] iv = Arrays.copyOf(sha1().digest(Arrays.copyOfRange(dk, KEY_BYTES, SHA1_BYTES)), IV_BYTES);
            return new KeyAndIv(Arrays.copyOf(dk, KEY_BYTES), iv);
        } finally {
            Arrays.fill(dk, (byte) 0);
        }
    }

    /** The older {@code 1.2.410.200004.1.4} form: the same PBKDF1 key, and a fixed IV. */
    static KeyAndIv legacySeedCbc(byte[] password, byte[] salt, int iterations) {
        byte[] dk = pbkdf1Sha1(password, salt, iterations);
        try {
            return new KeyAndIv(Arrays.copyOf(dk, KEY_BYTES), LEGACY_IV.clone());
        } finally {
            Arrays.fill(dk, (byte) 0);
        }
    }

    /** PBKDF2 (RFC 8018 §5.2) with HMAC over {@code prf}, {@code keyBytes} long. */
    static byte[] pbkdf2(byte[] password, byte[] salt, int iterations, int keyBytes, Digest prf) {
        PKCS5S2ParametersGenerator generator = new PKCS5S2ParametersGenerator(prf);
        generator.init(password, salt, iterations);
        return ((KeyParameter) generator.generateDerivedParameters(keyBytes * Byte.SIZE)).getKey();
    }

    /**
     * SEED in CBC mode with PKCS#7 padding. A wrong key almost always shows as bad padding, reported as
     * {@link InvalidCipherTextException}; ciphertext that is not whole blocks as {@link IllegalArgumentException}.
     */
    static byte[] seedCbcDecrypt(KeyAndIv key, byte[] ciphertext) throws InvalidCipherTextException {
        if (ciphertext.length == 0 || ciphertext.length % IV_BYTES != 0) {
            throw new IllegalArgumentException("SEED-CBC ciphertext must be whole 16-byte blocks");
        }
        PaddedBufferedBlockCipher cipher = new PaddedBufferedBlockCipher(CBCBlockCipher.newInstance(new SEEDEngine()),
                new PKCS7Padding());
        cipher.init(false, new ParametersWithIV(new KeyParameter(key.key()), key.iv()));
        byte[] out = new byte[cipher.getOutputSize(ciphertext.length)];
        int length = cipher.processBytes(ciphertext, 0, ciphertext.length, out, 0);
        length += cipher.doFinal(out, length);
        byte[] plain = Arrays.copyOf(out, length);
        Arrays.fill(out, (byte) 0);
        return plain;
    }

    private static MessageDigest sha1() {
        try {
            return MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-1", e);
        }
    }
}
