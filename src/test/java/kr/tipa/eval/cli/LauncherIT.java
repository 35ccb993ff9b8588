package kr.tipa.eval.cli;

import static kr.tipa.eval.testing.Fixtures.object;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import kr.tipa.eval.bundle.BundleWriter;
import kr.tipa.eval.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end through the real launcher: a generated bundle → {@code bin/tipa-eval import} →
 * {@code screen --json}, on a real H2 file database in a temporary folder.
 */
class LauncherIT {

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    private Run launch(String... args) throws IOException, InterruptedException {
        Path project = Path.of(System.getProperty("tipa.project.dir", "."));
        List<String> command = new ArrayList<>();
        command.add(project.resolve("bin/tipa-eval").toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("TIPA_EVAL_LANG", "ko");
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process process = builder.start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void importAndScreenThroughTheLauncher() throws Exception {
        BundleWriter writer = Fixtures.bundle(6);
        object(writer.application("2024-EXP-0002"), "export").put("exportPlanWithinOneYear", false);
        writer.application("2024-EXP-0003").put("submittedAt", "2024-09-04T14:00:01+09:00");
        object(writer.application("2024-EXP-0004"), "company").put("businessRegistrationNo",
                Fixtures.businessNo(5));
        object(writer.application("2024-EXP-0006"), "compliance").put("bankruptOrClosed", true)
                .put("courtRehabilitationApproved", true);
        Path bundle = dir.resolve("round.tbundle");
        writer.write(bundle);
        String db = dir.resolve("db").toString();

        Run imported = launch("import", bundle.toString(), "--db", db);
        assertThat(imported.exit()).as(imported.err()).isZero();

        Run screened = launch("screen", "--json", "--db", db);
        assertThat(screened.exit()).as(screened.err()).isZero();
        Map<String, String> actual = new TreeMap<>();
        for (JsonNode app : new ObjectMapper().readTree(screened.out()).get("applications")) {
            actual.put(app.get("receiptNo").asText(), app.get("screening").asText() + " " + app.get("reasons"));
        }
        assertThat(actual).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                "2024-EXP-0001", "ELIGIBLE []",
                "2024-EXP-0002", "INELIGIBLE [\"E09_NO_EXPORT_PLAN\"]",
                "2024-EXP-0003", "INELIGIBLE [\"E02_LATE_SUBMISSION\"]",
                "2024-EXP-0004", "NEEDS_REVIEW [\"W02_DUPLICATE_COMPANY\"]",
                "2024-EXP-0005", "NEEDS_REVIEW [\"W02_DUPLICATE_COMPANY\"]",
                "2024-EXP-0006", "ELIGIBLE []")));

        Path hostile = dir.resolve("hostile.zip");
        Fixtures.bundle(1).entry("../../escape.txt", BundleWriter.Content.of(new byte[] {1})).write(hostile);
        Run refused = launch("import", hostile.toString(), "--db", db);
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("../../escape.txt");
        assertThat(dir.getParent().resolve("escape.txt")).doesNotExist();
        assertThat(launch("screen", "--json", "--db", db).out()).isEqualTo(screened.out());
    }
}
