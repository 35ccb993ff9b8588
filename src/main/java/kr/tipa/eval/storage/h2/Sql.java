package kr.tipa.eval.storage.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kr.tipa.eval.model.StorageException;

/** The little JDBC the repositories need, with SQL errors turned into {@link StorageException}. */
final class Sql {

    @FunctionalInterface
    interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private final Database database;

    Sql(Database database) {
        this.database = database;
    }

    <T> List<T> list(String sql, Row<T> row, Object... args) {
        try (Database.Borrowed borrowed = database.borrow();
                PreparedStatement statement = prepare(borrowed.connection(), sql, false, args);
                ResultSet rs = statement.executeQuery()) {
            List<T> result = new ArrayList<>();
            while (rs.next()) {
                result.add(row.map(rs));
            }
            return result;
        } catch (SQLException e) {
            throw failure(sql, e);
        }
    }

    <T> Optional<T> one(String sql, Row<T> row, Object... args) {
        List<T> all = list(sql, row, args);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    int update(String sql, Object... args) {
        try (Database.Borrowed borrowed = database.borrow();
                PreparedStatement statement = prepare(borrowed.connection(), sql, false, args)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw failure(sql, e);
        }
    }

    long insert(String sql, Object... args) {
        try (Database.Borrowed borrowed = database.borrow();
                PreparedStatement statement = prepare(borrowed.connection(), sql, true, args)) {
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new StorageException("no generated key: " + sql);
                }
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw failure(sql, e);
        }
    }

    /** Runs one statement for each row of arguments in a JDBC batch. */
    void batch(String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        try (Database.Borrowed borrowed = database.borrow();
                PreparedStatement statement = borrowed.connection().prepareStatement(sql)) {
            for (Object[] row : rows) {
                bind(statement, row);
                statement.addBatch();
            }
            statement.executeBatch();
        } catch (SQLException e) {
            throw failure(sql, e);
        }
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static PreparedStatement prepare(Connection connection, String sql, boolean keys, Object... args)
            throws SQLException {
        PreparedStatement statement = keys
                ? connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)
                : connection.prepareStatement(sql);
        try {
            bind(statement, args);
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    private static void bind(PreparedStatement statement, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object arg = args[i];
            if (arg instanceof Instant instant) {
                arg = OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
            } else if (arg instanceof Enum<?> constant) {
                arg = constant.name();
            }
            statement.setObject(i + 1, arg);
        }
    }

    private static StorageException failure(String sql, SQLException e) {
        return new StorageException(e.getMessage() + " [" + sql + "]", e);
    }
}
