package kr.tipa.eval.signing.npki;

import java.util.List;

/**
 * A 공동인증서 on disk could not be used; {@link #problem()} says why, {@link #args()} name the file (first)
 * and whatever else the message needs. Message keys live under {@code signing.npki.*}.
 */
public final class NpkiException extends Exception {

    private static final long serialVersionUID = 1L;

    public enum Problem {
        /** The password does not decrypt signPri.key. Args: the key file. */
        WRONG_PASSWORD("signing.npki.wrongPassword"),
        /** signCert.der or signPri.key is not where it should be. Args: the missing file. */
        MISSING_FILE("signing.npki.missingFile"),
        /** The file is not an EncryptedPrivateKeyInfo, or is damaged. Args: the file. */
        NOT_A_KEY("signing.npki.notAKey"),
        /** An encryption this program does not read. Args: the file, the algorithm's OID. */
        UNSUPPORTED("signing.npki.unsupported"),
        /** The decrypted key is not an RSA key. Args: the file, the algorithm's OID. */
        NOT_RSA("signing.npki.notRsa"),
        /** signPri.key does not belong to signCert.der beside it. Args: the key file, the certificate file. */
        KEY_MISMATCH("signing.npki.keyMismatch"),
        /** kmCert.der/kmPri.key were given: the encryption pair never signs. Args: the file. */
        ENCRYPTION_PAIR("signing.npki.encryptionPair"),
        /** signCert.der is not an X.509 certificate. Args: the file. */
        NOT_A_CERTIFICATE("signing.npki.notACertificate"),
        /** The file could not be read. Args: the file. */
        UNREADABLE("signing.npki.unreadable");

        private final String key;

        Problem(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    private final Problem problem;
    private final transient List<Object> args;

    NpkiException(Problem problem, Throwable cause, Object... args) {
        super(problem.key() + " " + List.of(args), cause);
        this.problem = problem;
        this.args = List.of(args);
    }

    NpkiException(Problem problem, Object... args) {
        this(problem, null, args);
    }

    public Problem problem() {
        return problem;
    }

    public List<Object> args() {
        return args;
    }
}
