package kr.tipa.eval.storage.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * PBKDF2-HMAC-SHA256 from the password to one master key, then HMAC-separated keys for each use, so
 * that no key serves two purposes and a stolen data folder costs a guesser the full iteration count per
 * password.
 */
public final class KeyDerivation {

    /** Iterations for new folders: OWASP's 2021 figure for PBKDF2-HMAC-SHA256, since every command pays it once (~0.3 s here). */
    public static final int ITERATIONS = 310_000;

    private KeyDerivation() {
    }

    public static DataKeys derive(char[] password, byte[] salt, int iterations) {
        try {
            SecretKeyFactory factory = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
            PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, 256);
            byte[] master = factory.generateSecret(spec).getEncoded();
            spec.clearPassword();
            byte[] database = expand(master, "tipa-eval/h2-file");
            byte[] documents = expand(master, "tipa-eval/documents");
            byte[] names = expand(master, "tipa-eval/document-names");
            return new DataKeys(HexFormat.of().formatHex(database).toCharArray(),
                    new SecretKeySpec(documents, "AES"), new SecretKeySpec(names, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 and HMAC-SHA256 are part of every JDK", e);
        }
    }

    private static byte[] expand(byte[] master, String purpose) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(master, "HmacSHA256"));
        return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
    }

    /** A document's file name: not its SHA-256 (which would tell who holds a known document), but a keyed hash of it. */
    public static String documentName(SecretKey nameKey, String sha256) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(nameKey);
            return HexFormat.of().formatHex(mac.doFinal(sha256.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
