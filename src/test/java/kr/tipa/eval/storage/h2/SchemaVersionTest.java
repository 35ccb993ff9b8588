package kr.tipa.eval.storage.h2;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaVersionTest {

    @TempDir
    Path dir;

    @Test
    void theSchemaVersionConstantIsTheNewestMigration() throws Exception {
        Path migrations = Path.of(System.getProperty("tipa.project.dir", "."), "src/main/resources/db/migration");
        Pattern name = Pattern.compile("V(\\d+)__.*\\.sql");
        int newest = 0;
        try (Stream<Path> files = Files.list(migrations)) {
            for (Path file : files.toList()) {
                Matcher m = name.matcher(file.getFileName().toString());
                if (m.matches()) {
                    newest = Math.max(newest, Integer.parseInt(m.group(1)));
                }
            }
        }
        assertThat(Database.SCHEMA_VERSION).isEqualTo(newest);
    }

    @Test
    void aCurrentDatabaseReopensWithoutMigratingAndAnOlderOneIsMigrated() throws Exception {
        try (Database database = new Database(dir)) {
            database.inTransaction(() -> null);
        }
        try (Database database = new Database(dir); Database.Borrowed b = database.borrow()) {
            Connection c = b.connection();
            try (var rs = c.createStatement().executeQuery(
                    "SELECT MAX(CAST(\"version\" AS INT)) FROM \"flyway_schema_history\"")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(Database.SCHEMA_VERSION);
            }
            // The newest migration (V17, the document packs) undone by hand.
            c.createStatement().executeUpdate("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '17'");
            c.createStatement().executeUpdate("DROP TABLE document_pack_entry");
        }
        try (Database database = new Database(dir); Database.Borrowed b = database.borrow()) {
            try (var rs = b.connection().createStatement().executeQuery("SELECT COUNT(*) FROM document_pack_entry")) {
                assertThat(rs.next()).isTrue();
            }
        }
    }
}
