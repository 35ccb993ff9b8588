package kr.tipa.eval.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import kr.tipa.eval.model.WrongPasswordException;
import kr.tipa.eval.storage.Transactions;
import kr.tipa.eval.storage.crypto.SaltFile;

/**
 * This laptop's data folder as the window meets it: whether it holds a database yet, whether opening it
 * needs the password, and opening it at once so that a wrong password shows on the first screen rather
 * than in the middle of some work.
 */
public final class FolderService {

    private final Path folder;
    private final BooleanSupplier databaseExists;
    private final Transactions transactions;

    /** @param databaseExists whether the folder holds a database (asking must not create one) */
    public FolderService(Path folder, BooleanSupplier databaseExists, Transactions transactions) {
        this.folder = folder;
        this.databaseExists = databaseExists;
        this.transactions = transactions;
    }

    public Path folder() {
        return folder;
    }

    /** Whether this folder holds a database yet; asking does not create one. */
    public boolean hasDatabase() {
        return databaseExists.getAsBoolean();
    }

    /** Whether opening this folder will need the password (it has a key file). */
    public boolean needsPassword() {
        return Files.exists(folder.resolve(SaltFile.NAME));
    }

    /**
     * Opens the database now with the password the session holds.
     *
     * @throws WrongFolderPasswordException when that password does not open it
     */
    public void unlock() {
        try {
            transactions.inTransaction(() -> null);
        } catch (WrongPasswordException e) {
            throw new WrongFolderPasswordException(folder, e);
        }
    }
}
