package kr.tipa.eval.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import kr.tipa.eval.storage.crypto.DataKeys;
import kr.tipa.eval.storage.crypto.KeyDerivation;
import kr.tipa.eval.storage.crypto.SaltFile;

/** Opens a data folder's H2 file directly, as someone holding the password could, to tamper with rows. */
public final class RawDatabase {

    private RawDatabase() {
    }

    public static Connection open(Path folder, String password) throws Exception {
        var salt = SaltFile.read(folder);
        String url = "jdbc:h2:file:" + folder.resolve("tipa-eval");
        if (salt.isEmpty()) {
            return DriverManager.getConnection(url, "tipa", "");
        }
        DataKeys keys = KeyDerivation.derive(password.toCharArray(), salt.get().salt(), salt.get().iterations());
        try {
            return DriverManager.getConnection(url + ";CIPHER=AES", "tipa",
                    new String(keys.databaseFilePassword()) + " ");
        } catch (SQLException e) {
            throw new AssertionError("cannot open " + folder, e);
        }
    }
}
