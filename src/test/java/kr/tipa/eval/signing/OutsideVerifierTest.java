package kr.tipa.eval.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.testing.Fixtures;
import kr.tipa.eval.testing.Panels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What we sign, another program accepts: LibreOffice verifies the XML signature of the score-sheet
 * workbook, the result workbook and the appeal pack over UNO, and rejects a copy with one cell changed. Runs where
 * LibreOffice and its Python bridge are installed (bin/test installs them when it can).
 */
class OutsideVerifierTest {

    @TempDir
    Path dir;

    @Test
    void libreOfficeAcceptsOurSignaturesAndRejectsAChangedCell() throws Exception {
        Optional<String> python = pythonWithUno();
        assumeTrue(python.isPresent(), "LibreOffice with python3-uno is not installed");
        Path bundle = dir.resolve("round.zip");
        Fixtures.bundle(3).write(bundle);
        Path sheet = Panels.signedSheets(dir.resolve("hong"), bundle, "EV-HONG", "홍길동",
                Map.of(Fixtures.receiptNo(1), 8, Fixtures.receiptNo(2), 7), 1);
        Path results = dir.resolve("선정결과.xlsx");
        Path appeal = dir.resolve("이의신청-0001.xlsx");
        try (AppContext chair = Panels.open(dir.resolve("chair"))) {
            Round round = Panels.importBundle(chair, bundle);
            chair.sheetImports().importSheets(round, sheet, false);
            chair.resultWorkbooks().export(round, results);
            chair.resultWorkbooks().appealPack(round, Fixtures.receiptNo(1), appeal);
        }
        Path tampered = dir.resolve("tampered.xlsx");
        changeOneCell(results, tampered);

        List<String> lines = verify(python.get(), sheet, results, appeal, tampered);

        assertThat(line(lines, sheet)).as(lines.toString()).contains("\tTrue\t").contains("CN=홍길동");
        assertThat(line(lines, results)).as(lines.toString()).contains("\tTrue\t");
        assertThat(line(lines, appeal)).as(lines.toString()).contains("\tTrue\t");
        assertThat(line(lines, tampered)).as(lines.toString()).contains("\tFalse\t");
    }

    private static String line(List<String> lines, Path file) {
        return lines.stream().filter(l -> l.startsWith(file.toAbsolutePath() + "\t")).findFirst().orElse("missing");
    }

    private List<String> verify(String python, Path... files) throws Exception {
        Path script = dir.resolve("verify_signatures.py");
        try (InputStream in = getClass().getResourceAsStream("/uno/verify_signatures.py")) {
            Files.copy(in, script);
        }
        List<String> command = new ArrayList<>(List.of(python, script.toString(),
                dir.resolve("lo-profile").toUri().toString()));
        for (Path file : files) {
            command.add(file.toAbsolutePath().toString());
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(240, TimeUnit.SECONDS)).as(out).isTrue();
        assertThat(process.exitValue()).as(out).isZero();
        return out.lines().toList();
    }

    /** A copy of the package with one cell of a worksheet changed (a number, else a text), the rest as signed. */
    private static void changeOneCell(Path source, Path target) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(source));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            boolean changed = false;
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (!changed && entry.getName().startsWith("xl/worksheets/sheet")) {
                    String xml = new String(bytes, StandardCharsets.UTF_8);
                    String edited = xml.replaceFirst("<v>(\\d+)</v>", "<v>9$1</v>");
                    if (edited.equals(xml)) {
                        edited = xml.replaceFirst("<t>([^<]+)</t>", "<t>$1 (고침)</t>");
                    }
                    changed = !edited.equals(xml);
                    bytes = edited.getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(bytes);
                out.closeEntry();
            }
            assertThat(changed).as("a numeric cell to change").isTrue();
        }
    }

    /** The system's Python has the UNO bridge; a python3 earlier on the PATH (pyenv, venv) often has not. */
    private static Optional<String> pythonWithUno() {
        for (String python : List.of("/usr/bin/python3", "python3")) {
            try {
                Process p = new ProcessBuilder(python, "-c", "import uno").redirectErrorStream(true).start();
                p.getInputStream().transferTo(OutputStream.nullOutputStream());
                if (p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0
                        && new ProcessBuilder("sh", "-c", "command -v soffice").start().waitFor() == 0) {
                    return Optional.of(python);
                }
            } catch (IOException e) {
                // not this one
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
