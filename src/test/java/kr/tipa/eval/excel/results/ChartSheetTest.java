package kr.tipa.eval.excel.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import java.util.Map;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.signing.IdentityService;
import kr.tipa.eval.signing.WorkbookSigner;
import kr.tipa.eval.signing.VerificationResult;
import kr.tipa.eval.signing.WorkbookVerifier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * 분포 차트 of the signed result workbook of {@link PanelRound}, written and then signed as the service does
 * it: the chart parts, the cells they refer to, the signature, and LibreOffice drawing it.
 *
 * <p>By hand: composites 0001 83.33, 0002 57.50, 0003 70.00 (0004 ineligible, 0005–0007 none): bin 55–60
 * one below the cutoff, bins 70–75 and 80–85 one at or above it. 홍길동's totals 90, 60, 70, 90: mean 77.50,
 * squared deviations 156.25 + 306.25 + 56.25 + 156.25 = 675, /4 = 168.75, SD 12.99. All 17 totals sum to
 * 410 + 230 + 210 + 450 = 1300: panel mean 76.47.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChartSheetTest {

    private static final String SHEET = "분포 차트";
    /** Title block 0–4, section title 5, header 6: the bins from row 7 (Excel row 8). */
    private static final int FIRST_BIN = 7;

    private Path dir;
    private PanelRound round;
    private Path signed;
    private XSSFWorkbook workbook;

    @BeforeAll
    void export(@TempDir Path folder) throws Exception {
        dir = folder;
        round = new PanelRound(dir);
        ResultWorkbookInput base = round.input(false, Map.of());
        ResultWorkbookInput input = new ResultWorkbookInput(base.results(), base.provisional(), base.overrides(),
                base.audit(), base.exclusions(), base.chairName(), base.generatedAt(), base.zone(),
                Optional.of(round.context.results().advisory(base.results())));
        // as ResultWorkbookService does it: written, then signed in place
        signed = dir.resolve("결과.xlsx");
        new ResultWorkbookWriter(Messages.korean()).write(input, signed);
        new WorkbookSigner().signInPlace(signed, new IdentityService().create("위원장 김선정", "중소기업기술정보진흥원"));
        workbook = ReadBack.open(signed);
    }

    @AfterAll
    void close() throws Exception {
        workbook.close();
        round.close();
    }

    private static String text(Sheet s, int row, int column) {
        return ReadBack.text(s.getRow(row), column);
    }

    private static double number(Sheet s, int row, int column) {
        return ReadBack.number(s.getRow(row), column);
    }

    private Sheet sheet() {
        return workbook.getSheet(SHEET);
    }

    @Test
    void theChartSheetComesLastOfTheSheetsForPeopleAndTheWorkbookStaysSigned() throws Exception {
        // only the data table for programs follows it
        assertThat(workbook.getSheetIndex(SHEET)).isEqualTo(workbook.getNumberOfSheets() - 2);
        assertThat(workbook.getSheetName(workbook.getNumberOfSheets() - 1)).isEqualTo("data");
        VerificationResult verified = new WorkbookVerifier().verify(signed);
        assertThat(verified.valid()).as(verified.detail()).isTrue();
    }

    @Test
    void theChartPartsArePresent() throws Exception {
        try (ZipFile zip = new ZipFile(signed.toFile())) {
            List<String> charts = zip.stream().map(e -> e.getName()).filter(n -> n.matches("xl/charts/chart\\d+\\.xml"))
                    .toList();
            assertThat(charts).hasSize(2);
            assertThat(zip.stream().map(e -> e.getName())).anyMatch(n -> n.matches("xl/drawings/drawing\\d+\\.xml"));
        }
        List<XSSFChart> charts = ((XSSFSheet) sheet()).getDrawingPatriarch().getCharts();
        assertThat(charts).hasSize(2);
        String histogram = charts.get(0).getCTChart().toString();
        assertThat(histogram).contains("barChart").contains("stacked").contains("scatterChart")
                .contains("'" + SHEET + "'!$B$8:$B$27").contains("'" + SHEET + "'!$C$8:$C$27")
                .contains("'" + SHEET + "'!$A$8:$A$27");
        String evaluators = charts.get(1).getCTChart().toString();
        assertThat(evaluators).contains("barChart").contains("lineChart");
    }

    @Test
    void theChartsReadTheTablesBesideThem() {
        Sheet s = sheet();
        assertThat(text(s, FIRST_BIN, 0)).isEqualTo("0–5");
        assertThat(text(s, FIRST_BIN + 19, 0)).isEqualTo("95–100");
        // 55–60 (bin 11): 0002's 57.50 below; 70–75 (bin 14) and 80–85 (bin 16): one each at or above
        assertThat(number(s, FIRST_BIN + 11, 1)).isEqualTo(1.0);
        assertThat(number(s, FIRST_BIN + 11, 2)).isEqualTo(0.0);
        assertThat(number(s, FIRST_BIN + 14, 2)).isEqualTo(1.0);
        assertThat(number(s, FIRST_BIN + 16, 2)).isEqualTo(1.0);
        double all = 0;
        for (int i = 0; i < 20; i++) {
            all += number(s, FIRST_BIN + i, 3);
        }
        assertThat(all).isEqualTo(3.0);
        // the cutoff line's two points, x on the bins: (12.5, 0) and (12.5, tallest bar + 1 = 2)
        int cutoff = FIRST_BIN + 20 + 1;
        assertThat(number(s, cutoff + 1, 1)).as("60 between bin 12 (55–60) and 13 (60–65)").isEqualTo(12.5);
        assertThat(number(s, cutoff + 1, 2)).isEqualTo(0.0);
        assertThat(number(s, cutoff + 2, 2)).isEqualTo(2.0);
        int header = cutoff + 5;
        assertThat(text(s, header, 0)).isEqualTo("평가위원");
        assertThat(text(s, header + 1, 0)).isEqualTo("홍길동 (EV-HONG)");
        assertThat(number(s, header + 1, 1)).isEqualTo(4.0);
        assertThat(number(s, header + 1, 2)).isEqualTo(77.5);
        assertThat(number(s, header + 1, 3)).isEqualTo(12.99);
        assertThat(number(s, header + 1, 4)).isEqualTo(76.47);
        assertThat(text(s, header + 1, 5)).matches("\\d\\.\\d{3}|-?\\d\\.\\d{3}");
    }

    @Test
    void theAgreementIsMarkedAdvisory() {
        Sheet s = sheet();
        String sentence = null;
        for (int r = 0; r <= s.getLastRowNum(); r++) {
            String t = s.getRow(r) == null || s.getRow(r).getCell(0) == null
                    || s.getRow(r).getCell(0).getCellType() != org.apache.poi.ss.usermodel.CellType.STRING ? ""
                    : text(s, r, 0);
            if (t.startsWith("평가위원 간 일치도")) {
                sentence = t;
            }
        }
        assertThat(sentence).contains("참고용").contains("Krippendorff").contains("95% 구간");
    }

    /** A round nobody has scored yet still gets its chart sheet: empty bins, no evaluator, no alpha. */
    @Test
    void aRoundWithoutScoresStillGetsItsChartSheet() throws Exception {
        ResultWorkbookInput base = SyntheticRound.input(0, 3);
        ResultWorkbookInput input = new ResultWorkbookInput(base.results(), base.provisional(), base.overrides(),
                base.audit(), base.exclusions(), base.chairName(), base.generatedAt(), base.zone(),
                Optional.of(kr.tipa.eval.domain.advisory.PanelAdvisory.of(base.results().round().program(),
                        List.of(), List.of("E1", "E2", "E3"))));
        Path empty = dir.resolve("empty.xlsx");
        new ResultWorkbookWriter(Messages.korean()).write(input, empty);
        try (XSSFWorkbook read = ReadBack.open(empty)) {
            Sheet s = read.getSheet(SHEET);
            assertThat(((XSSFSheet) s).getDrawingPatriarch().getCharts()).hasSize(2);
            assertThat(ReadBack.strings(s)).contains("제출된 평가표가 없습니다.")
                    .anyMatch(t -> t.startsWith("평가위원 간 일치도") && t.contains("계산할 수 없음"));
        }
    }

    private static Optional<Path> onPath(String name) {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(File.pathSeparator)).map(d -> Path.of(d, name)).filter(Files::isExecutable)
                .findFirst();
    }

    /**
     * LibreOffice converts the signed workbook to PDF without error, the chart sheet included; its page is
     * rasterised (pdftoppm where installed, else PDFBox) to target/screenshots/workbook-charts.png for a
     * person to look at. Skipped only where LibreOffice is not installed.
     */
    @Test
    void libreOfficeDrawsTheChartSheet() throws Exception {
        Optional<Path> soffice = onPath("soffice").or(() -> onPath("libreoffice"));
        assumeTrue(soffice.isPresent(), "LibreOffice is not installed");
        Path out = Files.createDirectories(dir.resolve("pdf"));
        Process process = new ProcessBuilder(soffice.get().toString(),
                "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless", "--convert-to", "pdf",
                "--outdir", out.toString(), signed.toString()).redirectErrorStream(true).start();
        String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(240, TimeUnit.SECONDS)).as(log).isTrue();
        assertThat(process.exitValue()).as(log).isZero();
        Path pdf = out.resolve("결과.pdf");
        assertThat(pdf).as(log).exists();

        List<Integer> chartPages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(document);
                if (text.contains("종합평점 분포") && text.contains("평가위원별 평균 총점")) {
                    chartPages.add(page);
                }
            }
            assertThat(chartPages).as("a page of the chart sheet").isNotEmpty();
            Path png = Path.of(System.getProperty("tipa.project.dir", "."), "target", "screenshots",
                    "workbook-charts.png");
            Files.createDirectories(png.getParent());
            int page = chartPages.get(0);
            Optional<Path> pdftoppm = onPath("pdftoppm");
            if (pdftoppm.isPresent()) {
                String prefix = png.toString().replaceAll("\\.png$", "");
                Process raster = new ProcessBuilder(pdftoppm.get().toString(), "-png", "-r", "110", "-singlefile",
                        "-f", String.valueOf(page), "-l", String.valueOf(page), pdf.toString(), prefix)
                        .redirectErrorStream(true).start();
                String rasterLog = new String(raster.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(raster.waitFor(60, TimeUnit.SECONDS)).as(rasterLog).isTrue();
            } else {
                javax.imageio.ImageIO.write(new org.apache.pdfbox.rendering.PDFRenderer(document)
                        .renderImageWithDPI(page - 1, 110), "png", png.toFile());
            }
            assertThat(png).exists();
        }
    }
}
