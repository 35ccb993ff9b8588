package kr.tipa.eval.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real office suite opens what we sign: LibreOffice converts a signed workbook to CSV headless.
 * Skipped where LibreOffice is not installed.
 */
class LibreOfficeSmokeTest {

    @TempDir
    Path folder;

    private static Optional<Path> soffice() {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(File.pathSeparator))
                .flatMap(dir -> Stream.of("soffice", "libreoffice").map(name -> Path.of(dir, name)))
                .filter(Files::isExecutable)
                .findFirst();
    }

    @Test
    void libreOfficeReadsASignedWorkbook() throws Exception {
        Optional<Path> soffice = soffice();
        assumeTrue(soffice.isPresent(), "LibreOffice is not installed");
        Path workbook = TestWorkbooks.scoreSheet(folder, "signed.xlsx");
        new WorkbookSigner().signInPlace(workbook, TestIdentities.evaluator());
        Path out = Files.createDirectory(folder.resolve("csv"));

        Process process = new ProcessBuilder(soffice.get().toString(),
                "-env:UserInstallation=" + folder.resolve("profile").toUri(),
                "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", out.toString(),
                workbook.toString())
                .redirectErrorStream(true).start();
        String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as(log).isTrue();

        Path csv = out.resolve("signed.csv");
        assertThat(csv).as(log).exists();
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines).contains("항목,점수,의견", "수출 실적,87.5,수출 역량이 우수함", "참가계획서,72,보통");
    }
}
