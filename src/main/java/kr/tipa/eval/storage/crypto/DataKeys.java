package kr.tipa.eval.storage.crypto;

import javax.crypto.SecretKey;

/**
 * The keys of one data folder, all derived from the user's password and the folder's salt: H2's file
 * password (for {@code CIPHER=AES}), the key that encrypts documents, and the key that names them.
 */
public record DataKeys(char[] databaseFilePassword, SecretKey documentKey, SecretKey nameKey) {
}
