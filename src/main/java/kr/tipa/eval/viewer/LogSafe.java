package kr.tipa.eval.viewer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * How a document is named in the log: attached files are often named after the company, and the log
 * (kept unencrypted beside the data) must hold no company names, so only the extension and a short hash
 * of the name appear.
 */
final class LogSafe {

    private LogSafe() {
    }

    static String name(String fileName) {
        if (fileName == null) {
            return "document";
        }
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot).toLowerCase(Locale.ROOT);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(fileName.getBytes(StandardCharsets.UTF_8));
            return "document#" + HexFormat.of().formatHex(hash, 0, 4) + extension;
        } catch (NoSuchAlgorithmException e) {
            return "document" + extension;
        }
    }
}
