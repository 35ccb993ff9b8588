package kr.tipa.eval.excel.results;

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
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What we sign, another program accepts: LibreOffice verifies the XML signature of the score-sheet
 * workbook and of the result workbook over UNO, and rejects a copy with one cell changed. Runs where
 * LibreOffice and its Python bridge are installed (bin/test installs them when it can).
 */
class OutsideVerifierTest {

    @TempDir
    Path dir;

    @Test
    void libreOfficeAcceptsOurSignaturesAndRejectsAChangedCell() throws Exception {
        assumeTrue(unoAvailable(), "LibreOffice with python3-uno is not installed");
        Path sheet = dir.resolve("평가표-EV-HONG.xlsx");
        Path results = dir.resolve("선정결과.xlsx");
        try (PanelRound round = new PanelRound(dir)) {
            round.context.sheetExports().export(round.round, "EV-HONG", sheet);
            round.context.resultWorkbooks().export(round.round, results);
        }
        Path tampered = dir.resolve("tampered.xlsx");
        changeOneCell(results, tampered);

        List<String> lines = verify(sheet, results, tampered);

        assertThat(line(lines, sheet)).as(lines.toString()).contains("\tTrue\t").contains("CN=홍길동");
        assertThat(line(lines, results)).as(lines.toString()).contains("\tTrue\t");
        assertThat(line(lines, tampered)).as(lines.toString()).contains("\tFalse\t");
    }

    private static String line(List<String> lines, Path file) {
        return lines.stream().filter(l -> l.startsWith(file.toAbsolutePath() + "\t")).findFirst().orElse("missing");
    }

    private List<String> verify(Path... files) throws Exception {
        Path script = dir.resolve("verify_signatures.py");
        try (InputStream in = getClass().getResourceAsStream("/uno/verify_signatures.py")) {
            Files.copy(in, script);
        }
        List<String> command = new ArrayList<>(List.of("python3", script.toString(),
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

    /** A copy of the package whose first worksheet has one cell value changed, bytes otherwise as signed. */
    private static void changeOneCell(Path source, Path target) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(source));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            boolean changed = false;
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (!changed && entry.getName().startsWith("xl/worksheets/sheet")) {
                    String xml = new String(bytes, StandardCharsets.UTF_8);
                    String edited = xml.replaceFirst("<v>(\\d+)</v>", "<v>9$1</v>");
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

    private static boolean unoAvailable() {
        try {
            Process p = new ProcessBuilder("python3", "-c", "import uno").redirectErrorStream(true).start();
            p.getInputStream().transferTo(OutputStream.nullOutputStream());
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0
                    && new ProcessBuilder("sh", "-c", "command -v soffice").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
