package kr.tipa.eval.storage.h2;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Optional;
import kr.tipa.eval.io.DurableFiles;
import kr.tipa.eval.model.StorageException;
import kr.tipa.eval.model.WrongPasswordException;
import kr.tipa.eval.storage.Snapshots;
import kr.tipa.eval.storage.Transactions;
import kr.tipa.eval.storage.crypto.DataKeys;
import kr.tipa.eval.storage.crypto.FolderKeys;
import kr.tipa.eval.storage.crypto.OwnerOnly;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The embedded H2 file database of one data folder, migrated by Flyway when first used. Opening is
 * lazy so that a command refused before it writes anything never creates or touches the file.
 * Work inside {@link #inTransaction} shares one connection per thread.
 */
public final class Database implements Transactions, Snapshots, AutoCloseable {

    public static final String FILE_NAME = "tipa-eval";
    /** The schema is created or upgraded under this name, then moved over {@link #FILE_NAME} (see migrateAside). */
    private static final String ASIDE = FILE_NAME + "-migrating";

    /** The newest migration under db/migration (a test keeps the two in step). */
    public static final int SCHEMA_VERSION = 17;
    private static final String USER = "tipa";

    public boolean encrypted() {
        return keys.encrypted();
    }

    /** H2's login password; access is guarded by the file encryption, not by this. */
    private static final String LOGIN = "";

    private final Path folder;
    private final FolderKeys keys;
    private final ThreadLocal<Connection> current = new ThreadLocal<>();
    private JdbcConnectionPool pool;
    private Runnable whenOpened = () -> { };

    /** Runs once the database is open (e.g. to start the folder's log). */
    public void whenOpened(Runnable action) {
        this.whenOpened = action;
    }

    public Database(Path folder, FolderKeys keys) {
        this.folder = folder.toAbsolutePath().normalize();
        this.keys = keys;
    }

    /** An unencrypted database (tests of plain storage). */
    public Database(Path folder) {
        this(folder, FolderKeys.plain(folder));
    }

    public Path folder() {
        return folder;
    }

    public Path file() {
        return folder.resolve(FILE_NAME + ".mv.db");
    }

    public boolean exists() {
        return Files.exists(file());
    }

    /**
     * Runs H2's engine once on an empty database in memory, without this folder's file or keys, so that
     * opening the real one (which parses the whole schema again) meets code that already ran. Nothing
     * is written anywhere.
     */
    public static void warmUp() {
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:h2:mem:", USER, LOGIN);
                var s = c.createStatement()) {
            s.execute("CREATE TABLE warm_up(id BIGINT PRIMARY KEY, name VARCHAR(40) NOT NULL, note CLOB)");
            s.execute("CREATE INDEX warm_up_name ON warm_up(name)");
            s.execute("INSERT INTO warm_up VALUES (1, 'a', NULL)");
            try (var rs = s.executeQuery("SELECT id, name FROM warm_up WHERE name = 'a' ORDER BY id")) {
                while (rs.next()) {
                    rs.getString(2);
                }
            }
        } catch (SQLException e) {
            LoggerHolder.LOG.debug("warm-up of H2 failed; the real open does the same work", e);
        }
    }

    /** Only the warm-up logs here. */
    private static final class LoggerHolder {
        private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Database.class);
    }

    private synchronized JdbcConnectionPool pool() {
        if (pool == null) {
            Optional<DataKeys> dataKeys = keys.keys();
            try {
                OwnerOnly.folder(folder);
            } catch (java.io.IOException e) {
                throw new StorageException("cannot create " + folder, e);
            }
            String options = ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
            String password = LOGIN;
            if (dataKeys.isPresent()) {
                options += ";CIPHER=AES";
                password = new String(dataKeys.get().databaseFilePassword()) + " " + LOGIN;
                if (!exists()) {
                    keys.persist();
                }
            }
            String url = url(FILE_NAME, options);
            JdbcConnectionPool created;
            try {
                Files.deleteIfExists(aside());
                if (!exists()) {
                    migrateAside(options, password, false);
                }
                UncleanShutdown.recover(file(), url, password);
                created = JdbcConnectionPool.create(url, USER, password);
                if (!current(created)) {
                    created.dispose();
                    migrateAside(options, password, true);
                    created = JdbcConnectionPool.create(url, USER, password);
                }
                created.setMaxConnections(8);
            } catch (RuntimeException e) {
                if (isWrongPassword(e)) {
                    keys.forget();
                    throw new WrongPasswordException(e);
                }
                throw new StorageException(rootMessage(e), e);
            } catch (java.io.IOException e) {
                throw new StorageException("cannot prepare " + file() + ": " + e.getMessage(), e);
            }
            try {
                OwnerOnly.file(file());
            } catch (java.io.IOException e) {
                throw new StorageException("cannot protect " + file(), e);
            }
            pool = created;
            whenOpened.run();
        }
        return pool;
    }

    /**
     * The transaction's connection on this thread, or a fresh auto-commit one that the caller closes.
     * Use {@link #borrow()} to get either with a close that does the right thing.
     */
    public Borrowed borrow() throws SQLException {
        FxThreadGuard.check();
        Connection inTransaction = current.get();
        if (inTransaction != null) {
            return new Borrowed(inTransaction, false);
        }
        return new Borrowed(pool().getConnection(), true);
    }

    @Override
    public <T, E extends Exception> T inTransaction(Work<T, E> work) throws E {
        FxThreadGuard.check();
        if (current.get() != null) {
            return work.run();
        }
        Connection connection;
        try {
            connection = pool().getConnection();
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            throw new StorageException(e.getMessage(), e);
        }
        current.set(connection);
        boolean committed = false;
        try {
            T result = work.run();
            connection.commit();
            committed = true;
            return result;
        } catch (SQLException e) {
            throw new StorageException(e.getMessage(), e);
        } finally {
            current.remove();
            try {
                if (!committed) {
                    connection.rollback();
                }
                connection.setAutoCommit(true);
                connection.close();
            } catch (SQLException ignored) {
                // The connection is being discarded; the original failure matters more.
            }
        }
    }

    @Override
    public void snapshotTo(Path zip) {
        try (Borrowed borrowed = borrow(); var statement = borrowed.connection().prepareStatement("BACKUP TO ?")) {
            statement.setString(1, zip.toString());
            statement.execute();
        } catch (SQLException e) {
            throw new StorageException(e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        if (pool != null) {
            try (Connection c = pool.getConnection(); var s = c.createStatement()) {
                s.execute("CHECKPOINT SYNC");
            } catch (SQLException ignored) {
                // Closing anyway; H2 recovers from an unsynced store on the next open.
            }
            pool.dispose();
            pool = null;
        }
    }

    /**
     * Whether the schema is already at the newest version: then Flyway (whose start-up costs most of a
     * second) is not needed at all.
     */
    private String url(String name, String options) {
        return "jdbc:h2:file:" + folder.resolve(name) + options;
    }

    /** Where a schema is created or migrated before it replaces the database file. */
    private Path aside() {
        return folder.resolve(ASIDE + ".mv.db");
    }

    /**
     * Creates (or upgrades) the schema in a file beside the database and only then moves it into place.
     * H2 commits each DDL statement on its own, so a migration killed half-way in place would leave a
     * database whose next start fails on "table already exists"; the kill test found it.
     */
    private void migrateAside(String options, String password, boolean upgrade) throws java.io.IOException {
        Path aside = aside();
        Files.deleteIfExists(aside);
        if (upgrade) {
            Files.copy(file(), aside);
        }
        JdbcConnectionPool migrating = JdbcConnectionPool.create(url(ASIDE, options), USER, password);
        try {
            Flyway.configure()
                .dataSource(migrating)
                .locations("classpath:db/migration")
                .loggers("slf4j")
                .load()
                .migrate();
        } finally {
            // Closing the last connection closes the database cleanly (H2's DB_CLOSE_DELAY is 0).
            migrating.dispose();
        }
        DurableFiles.force(aside);
        DurableFiles.moveIntoPlace(aside, file());
        Files.deleteIfExists(folder.resolve(ASIDE + ".trace.db"));
    }

    private static boolean current(JdbcConnectionPool pool) {
        try (Connection c = pool.getConnection(); var s = c.createStatement();
                var rs = s.executeQuery("SELECT MAX(CAST(\"version\" AS INT)) FROM \"flyway_schema_history\""
                        + " WHERE \"success\"")) {
            return rs.next() && rs.getInt(1) == SCHEMA_VERSION;
        } catch (SQLException e) {
            if (e.getErrorCode() == 42104 || e.getErrorCode() == 42102) {
                return false;
            }
            throw new StorageException(e.getMessage(), e);
        }
    }

    /** H2 reports a wrong file password as error 90049 (or a corrupt-looking file: 90030). */
    private static boolean isWrongPassword(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && (sql.getErrorCode() == 90049)) {
                return true;
            }
            if (t.getMessage() != null && t.getMessage().contains("90049")) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? e.toString() : root.getMessage();
    }

    /** A connection that is closed on {@code close} only when it is not a transaction's. */
    public static final class Borrowed implements AutoCloseable {
        private final Connection connection;
        private final boolean owned;

        Borrowed(Connection connection, boolean owned) {
            this.connection = connection;
            this.owned = owned;
        }

        public Connection connection() {
            return connection;
        }

        @Override
        public void close() throws SQLException {
            if (owned) {
                connection.close();
            }
        }
    }

    @Override
    public String toString() {
        return "Database" + Arrays.asList(folder);
    }
}
