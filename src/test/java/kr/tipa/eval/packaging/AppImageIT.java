package kr.tipa.eval.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import kr.tipa.eval.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged application image (packaging/build-app-image.sh) through its own launcher, on its own
 * trimmed runtime. Runs only with {@code -Dtipa.package=true}, after the image was built:
 *
 * <pre>packaging/build-app-image.sh
 * mvn -B -ntp verify -Dtipa.package=true -Dit.test=AppImageIT -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * {@code -Dtipa.package.launcher=PATH} points at another launcher (an installed one, say).
 */
class AppImageIT {

    @TempDir
    Path dir;

    private Path launcher;

    record Run(int exit, String out, String err) {
    }

    @BeforeEach
    void findLauncher() {
        assumeTrue(Boolean.getBoolean("tipa.package"), "packaging checks run with -Dtipa.package=true");
        String given = System.getProperty("tipa.package.launcher");
        launcher = given != null ? Path.of(given) : defaultLauncher();
        assertThat(launcher).as("the image's launcher; build it with packaging/build-app-image.sh").isExecutable();
    }

    private static Path defaultLauncher() {
        Path packageDir = Path.of(System.getProperty("tipa.project.dir", ".")).resolve("target/package");
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return packageDir.resolve("tipa-eval/tipa-eval-cli.exe");
        }
        if (os.startsWith("mac")) {
            return packageDir.resolve("tipa-eval.app/Contents/MacOS/tipa-eval");
        }
        return packageDir.resolve("tipa-eval/bin/tipa-eval");
    }

    private Run launch(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(launcher.toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("TIPA_EVAL_LANG", "ko");
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process process = builder.start();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("the launcher finished").isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void versionRunsOnTheImagesOwnRuntime() throws Exception {
        Run version = launch("--version");

        assertThat(version.exit()).as(version.err()).isZero();
        assertThat(version.out()).startsWith("tipa-eval");
        assertThat(version.out() + version.err()).doesNotContain("Exception", "[warning]", "[error]");
    }

    @Test
    void screenOfAnEmptyFolderPrintsNoApplications() throws Exception {
        Run screened = launch("screen", "--json", "--db", dir.resolve("empty").toString());

        assertThat(screened.exit()).as(screened.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(screened.out());
        assertThat(json.get("applications").isArray()).isTrue();
        assertThat(json.get("applications")).isEmpty();
    }

    @Test
    void importsAndScreensABundle() throws Exception {
        Path bundle = dir.resolve("round.tbundle");
        Fixtures.bundle(3).write(bundle);
        String db = dir.resolve("db").toString();

        Run imported = launch("import", bundle.toString(), "--db", db);
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("가져왔습니다");

        Run screened = launch("screen", "--json", "--db", db);
        assertThat(screened.exit()).as(screened.err()).isZero();
        assertThat(new ObjectMapper().readTree(screened.out()).get("applications")).hasSize(3);
    }
}
