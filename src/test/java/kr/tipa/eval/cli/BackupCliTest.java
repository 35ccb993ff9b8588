package kr.tipa.eval.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kr.tipa.eval.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** backup → restore on a fresh folder → identical results; the wrong password or a changed file restores nothing. */
class BackupCliTest {

    @TempDir
    Path dir;

    private final CliRunner cli = CliRunner.withPassword();

    @Test
    void aRestoredFolderGivesIdenticalResults() throws Exception {
        String db = dir.resolve("laptop-a").toString();
        Path bundle = dir.resolve("round.zip");
        Fixtures.bundle(3).write(bundle);
        cli.run("import", bundle.toString(), "--db", db);
        for (String e : List.of("E1", "E2", "E3")) {
            assertThat(cli.run("evaluator", "add", "--id", e, "--name", "위원" + e, "--db", db).exit()).isZero();
            Path csv = dir.resolve(e + ".csv");
            StringBuilder text = new StringBuilder("receiptNo,indicatorId,score,comment\n");
            for (String i : List.of("GLOBAL_1", "GLOBAL_2", "GLOBAL_3", "MARKETABILITY_1", "MARKETABILITY_2",
                    "MARKETABILITY_3", "EXPORT_PLAN_1", "EXPORT_PLAN_2", "EXPORT_PLAN_3", "EXPORT_PLAN_4")) {
                text.append("2024-EXP-0001,").append(i).append(',').append(5 + e.charAt(1) - '0').append(",의견\n");
            }
            Files.writeString(csv, text);
            assertThat(cli.run("scores", "load", "--evaluator", e, csv.toString(), "--db", db).exit()).isZero();
        }
        String before = cli.run("results", "--json", "--db", db).out();
        Path backup = dir.resolve("backup.tebk");
        CliRunner.Result made = cli.run("backup", "--out", backup.toString(), "--db", db);
        assertThat(made.exit()).as(made.err()).isZero();

        String restored = dir.resolve("laptop-b").toString();
        CliRunner.Result wrong = new CliRunner().env("TIPA_EVAL_PASSWORD", "not-it")
                .run("restore", backup.toString(), "--db", restored);
        assertThat(wrong.exit()).isEqualTo(ExitCode.INTEGRITY);
        assertThat(Path.of(restored, "tipa-eval.mv.db")).doesNotExist();

        byte[] changed = Files.readAllBytes(backup);
        changed[changed.length / 2] ^= 1;
        Path tampered = dir.resolve("tampered.tebk");
        Files.write(tampered, changed);
        assertThat(cli.run("restore", tampered.toString(), "--db", dir.resolve("laptop-c").toString()).exit())
                .isEqualTo(ExitCode.INTEGRITY);

        CliRunner.Result ok = cli.run("restore", backup.toString(), "--db", restored);
        assertThat(ok.exit()).as(ok.err()).isZero();
        assertThat(cli.run("results", "--json", "--db", restored).out()).isEqualTo(before);
        assertThat(cli.run("audit", "verify", "--db", restored).exit()).isZero();
        assertThat(packs(Path.of(restored))).as("the import's document pack comes back byte for byte")
                .isNotEmpty().isEqualTo(packs(Path.of(db)));
        assertThat(cli.run("restore", backup.toString(), "--db", restored).exit()).isEqualTo(ExitCode.REFUSED);
    }

    private static java.util.Map<String, String> packs(Path folder) throws Exception {
        java.util.Map<String, String> packs = new java.util.TreeMap<>();
        try (var files = Files.list(folder.resolve("packs"))) {
            for (Path file : files.toList()) {
                packs.put(file.getFileName().toString(), java.util.HexFormat.of().formatHex(
                        java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
            }
        }
        return packs;
    }
}
