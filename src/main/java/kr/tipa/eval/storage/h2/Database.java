package kr.tipa.eval.storage.h2;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import kr.tipa.eval.storage.StorageException;
import kr.tipa.eval.storage.Transactions;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The embedded H2 file database of one data folder, migrated by Flyway when first used. Opening is
 * lazy so that a command refused before it writes anything never creates or touches the file.
 * Work inside {@link #inTransaction} shares one connection per thread.
 */
public final class Database implements Transactions, AutoCloseable {

    public static final String FILE_NAME = "tipa-eval";
    private static final String USER = "tipa";

    private final Path folder;
    private final String password;
    private final ThreadLocal<Connection> current = new ThreadLocal<>();
    private JdbcConnectionPool pool;

    public Database(Path folder, String password) {
        this.folder = folder.toAbsolutePath().normalize();
        this.password = password;
    }

    /** An unencrypted database: tests, and the spine before encryption at rest. */
    public Database(Path folder) {
        this(folder, "");
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

    private synchronized JdbcConnectionPool pool() {
        if (pool == null) {
            try {
                Files.createDirectories(folder);
            } catch (java.io.IOException e) {
                throw new StorageException("cannot create " + folder, e);
            }
            String url = "jdbc:h2:file:" + folder.resolve(FILE_NAME) + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
            JdbcConnectionPool created = JdbcConnectionPool.create(url, USER, password);
            created.setMaxConnections(8);
            try {
                Flyway.configure()
                        .dataSource(created)
                        .locations("classpath:db/migration")
                        .loggers("slf4j")
                        .load()
                        .migrate();
            } catch (RuntimeException e) {
                created.dispose();
                throw new StorageException(rootMessage(e), e);
            }
            pool = created;
        }
        return pool;
    }

    /**
     * The transaction's connection on this thread, or a fresh auto-commit one that the caller closes.
     * Use {@link #borrow()} to get either with a close that does the right thing.
     */
    public Borrowed borrow() throws SQLException {
        Connection inTransaction = current.get();
        if (inTransaction != null) {
            return new Borrowed(inTransaction, false);
        }
        return new Borrowed(pool().getConnection(), true);
    }

    @Override
    public <T, E extends Exception> T inTransaction(Work<T, E> work) throws E {
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
