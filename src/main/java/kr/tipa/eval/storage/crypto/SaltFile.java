package kr.tipa.eval.storage.crypto;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import kr.tipa.eval.io.DurableFiles;

/**
 * The data folder's key-derivation parameters ({@code tipa-eval.keys}): not secret, only the salt and
 * iteration count that turn the password into the folder's keys. Its presence means the folder is
 * encrypted.
 */
public record SaltFile(byte[] salt, int iterations) {

    public static final String NAME = "tipa-eval.keys";
    private static final String HEADER = "tipa-eval-keys 1 pbkdf2-hmac-sha256";

    public static SaltFile fresh() {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        return new SaltFile(salt, KeyDerivation.ITERATIONS);
    }

    public static Optional<SaltFile> read(Path folder) throws IOException {
        Path file = folder.resolve(NAME);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        String[] lines = Files.readString(file, StandardCharsets.US_ASCII).strip().split("\n");
        if (lines.length < 3 || !lines[0].strip().equals(HEADER)) {
            throw new IOException(file + " is not a tipa-eval key file");
        }
        return Optional.of(new SaltFile(Base64.getDecoder().decode(lines[2].strip()), Integer.parseInt(lines[1].strip())));
    }

    public void write(Path folder) throws IOException {
        String text = HEADER + "\n" + iterations + "\n" + Base64.getEncoder().encodeToString(salt) + "\n";
        DurableFiles.write(folder.resolve(NAME), text.getBytes(StandardCharsets.US_ASCII));
    }
}
