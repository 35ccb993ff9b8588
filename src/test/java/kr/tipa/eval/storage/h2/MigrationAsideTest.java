package kr.tipa.eval.storage.h2;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * H2 commits every DDL statement by itself, so a schema migration is not one transaction: the schema is
 * built beside the database and moved into place only when complete.
 */
class MigrationAsideTest {

    @TempDir
    Path folder;

    private static int schemaVersion(Database database) throws Exception {
        try (Database.Borrowed borrowed = database.borrow(); Statement s = borrowed.connection().createStatement();
                ResultSet rs = s.executeQuery("SELECT MAX(CAST(\"version\" AS INT)) FROM \"flyway_schema_history\"")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void aCreationKilledHalfWayLeavesNoDatabaseAndTheNextStartBuildsAWholeOne() throws Exception {
        // What a kill during the first migration leaves: a half-built schema, beside the database.
        String aside = "jdbc:h2:file:" + folder.resolve(Database.FILE_NAME + "-migrating") + ";DB_CLOSE_ON_EXIT=FALSE";
        try (Connection c = DriverManager.getConnection(aside, "tipa", ""); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE exclusion (application_id BIGINT PRIMARY KEY)");
        }
        assertThat(folder.resolve(Database.FILE_NAME + ".mv.db")).doesNotExist();

        try (Database database = new Database(folder)) {
            assertThat(schemaVersion(database)).isEqualTo(Database.SCHEMA_VERSION);
        }
        assertThat(folder.resolve(Database.FILE_NAME + "-migrating.mv.db")).doesNotExist();
        assertThat(folder.resolve(Database.FILE_NAME + "-migrating.trace.db")).as("no H2 error trace").doesNotExist();
        assertThat(folder.resolve(Database.FILE_NAME + ".mv.db")).exists();
    }

    @Test
    void anOlderSchemaIsUpgradedAsideAndKeepsItsRows() throws Exception {
        String url = "jdbc:h2:file:" + folder.resolve(Database.FILE_NAME) + ";DB_CLOSE_ON_EXIT=FALSE";
        Flyway.configure().dataSource(url, "tipa", "").locations("classpath:db/migration")
                .target(previousVersion()).load().migrate();
        try (Connection c = DriverManager.getConnection(url, "tipa", ""); Statement s = c.createStatement()) {
            s.execute("INSERT INTO evaluator (id, name, affiliation, created_at, panel_order) VALUES ('E01', '김평가', '협회', CURRENT_TIMESTAMP, 1)");
            s.execute("SHUTDOWN");
        }

        try (Database database = new Database(folder)) {
            assertThat(schemaVersion(database)).isEqualTo(Database.SCHEMA_VERSION);
            try (Database.Borrowed borrowed = database.borrow(); Statement s = borrowed.connection().createStatement();
                    ResultSet rs = s.executeQuery("SELECT name FROM evaluator WHERE id = 'E01'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("김평가");
            }
        }
        assertThat(Files.exists(folder.resolve(Database.FILE_NAME + "-migrating.mv.db"))).isFalse();
    }

    /** The migration before the newest (versions may skip numbers reserved for work not merged yet). */
    private static String previousVersion() throws Exception {
        java.util.regex.Pattern name = java.util.regex.Pattern.compile("V(\\d+)__.*\\.sql");
        try (var files = Files.list(Path.of(System.getProperty("tipa.project.dir", "."), "src/main/resources/db/migration"))) {
            return String.valueOf(files.map(f -> name.matcher(f.getFileName().toString()))
                    .filter(java.util.regex.Matcher::matches).map(m -> Integer.parseInt(m.group(1)))
                    .filter(v -> v < Database.SCHEMA_VERSION).max(Integer::compare).orElseThrow());
        }
    }
}
