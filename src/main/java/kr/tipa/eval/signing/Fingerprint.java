package kr.tipa.eval.signing;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The SHA-256 of a certificate's DER encoding as upper-case hex pairs separated by colons — the form
 * Windows and keytool show, so a chair can compare it with what an evaluator reads from their own screen.
 *
 * @param value 32 pairs, e.g. {@code 3F:A0:…:9C}
 */
public record Fingerprint(String value) {

    private static final Pattern FORMAT = Pattern.compile("(?:[0-9A-F]{2}:){31}[0-9A-F]{2}");
    private static final Pattern HEX_64 = Pattern.compile("[0-9A-Fa-f]{64}");
    private static final int SHORT_PAIRS = 8;

    public Fingerprint {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("not a SHA-256 fingerprint: " + value);
        }
    }

    public static Fingerprint of(X509Certificate certificate) {
        try {
            return ofDer(certificate.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalArgumentException("certificate cannot be encoded", e);
        }
    }

    public static Fingerprint ofDer(byte[] der) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(der);
            return new Fingerprint(HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /**
     * A fingerprint as people copy it from a letter or a spreadsheet: 64 hex digits, in either case,
     * with or without colons (or spaces) between the pairs. Empty when it is not one.
     */
    public static java.util.Optional<Fingerprint> parse(String text) {
        if (text == null) {
            return java.util.Optional.empty();
        }
        String digits = text.strip().replace(":", "").replace(" ", "");
        if (!HEX_64.matcher(digits).matches()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Fingerprint(
                HexFormat.ofDelimiter(":").withUpperCase().formatHex(HexFormat.of().parseHex(digits))));
    }

    /** The first eight pairs: short enough to read aloud over the phone, long enough not to collide by chance. */
    public String shortForm() {
        return value.substring(0, SHORT_PAIRS * 3 - 1);
    }

    @Override
    public String toString() {
        return value;
    }
}
