package kr.tipa.eval.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.cli.CliRunner;
import kr.tipa.eval.excel.results.ReadBack;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.testing.Fixtures;
import kr.tipa.eval.testing.Panels;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The appeal pack is signed like the result workbook and letters the evaluators afresh for every pack. Five
 * evaluators give every application totals 90, 80, 70, 60, 50, so the row of totals under 위원 A…E tells who
 * got which letter without the pack naming anyone.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AppealPackLettersTest {

    private static final List<String> IDS = List.of("EV-HONG", "EV-KIM", "EV-LEE", "EV-PARK", "EV-CHOI");
    private static final List<String> NAMES = List.of("홍길동", "김철수", "이영희", "박민수", "최지은");
    private static final int PACKS = 30;

    private Path dir;
    private AppContext context;
    private Round round;
    /** The letter order of each pack, as the evaluators' totals from 위원 A to 위원 E. */
    private final List<List<Integer>> orders = new ArrayList<>();
    private final List<Path> packs = new ArrayList<>();

    @BeforeAll
    void packs(@TempDir Path folder) throws Exception {
        dir = folder;
        Path data = dir.resolve("chair");
        context = Panels.open(data);
        Path bundle = dir.resolve("round.zip");
        Fixtures.bundle(2).write(bundle);
        round = Panels.importBundle(context, bundle);
        for (int i = 0; i < IDS.size(); i++) {
            context.evaluators().add(IDS.get(i), NAMES.get(i), "협회", false);
            Panels.score(context, round, IDS.get(i), Map.of(Fixtures.receiptNo(1), 9 - i, Fixtures.receiptNo(2), 9 - i));
        }
        for (int p = 0; p < PACKS; p++) {
            // packs of two companies, as the agency would hand them out
            String receipt = Fixtures.receiptNo(1 + p % 2);
            Path pack = dir.resolve("appeal-" + p + ".xlsx");
            context.resultWorkbooks().appealPack(round, receipt, pack);
            packs.add(pack);
            orders.add(totalsInLetterOrder(pack));
        }
    }

    @AfterAll
    void close() {
        if (context != null) {
            context.close();
        }
    }

    private static List<Integer> totalsInLetterOrder(Path pack) throws Exception {
        try (XSSFWorkbook workbook = ReadBack.open(pack)) {
            Sheet sheet = workbook.getSheetAt(0);
            Row header = ReadBack.rowWith(sheet, 0, "평가항목", 5);
            assertThat(List.of(3, 4, 5, 6, 7).stream().map(c -> ReadBack.text(header, c)).toList())
                    .containsExactly("위원 A", "위원 B", "위원 C", "위원 D", "위원 E");
            Row total = ReadBack.rowWith(sheet, 0, "합계", header.getRowNum());
            List<Integer> totals = new ArrayList<>();
            for (int c = 3; c <= 7; c++) {
                totals.add((int) ReadBack.number(total, c));
            }
            return totals;
        }
    }

    @Test
    void everyPackLettersAllFiveEvaluatorsOnce() {
        orders.forEach(o -> assertThat(o).containsExactlyInAnyOrder(90, 80, 70, 60, 50));
    }

    /**
     * Were the letters fixed (panel order, as before), all 30 packs would letter alike. Drawn uniformly,
     * the chance that 30 packs all give 위원 A to the same evaluator is 5 × (1/5)^30 = 5^-29 ≈ 5.4e-21, and
     * that all 30 share one of the 120 orders is (1/120)^29 ≈ 5e-61: either assertion fails by chance far
     * less often than once in 10^9 runs.
     */
    @Test
    void theLettersAreDrawnAfreshForEveryPack() {
        Set<List<Integer>> distinct = new HashSet<>(orders);
        assertThat(distinct).hasSizeGreaterThan(1);
        Set<Integer> lettersA = new HashSet<>();
        orders.forEach(o -> lettersA.add(o.get(0)));
        assertThat(lettersA).as("who is 위원 A across %d packs", PACKS).hasSizeGreaterThan(1);
    }

    @Test
    void thePackIsSignedAndVerifyAcceptsIt() {
        CliRunner.Result verified = new CliRunner().run("verify", packs.get(0).toString(), "--json");
        assertThat(verified.exit()).as(verified.err()).isZero();
        assertThat(verified.out()).contains("\"valid\" : true");
        assertThat(context.audit().all()).filteredOn(e -> e.action().equals("APPEAL_PACK")).hasSize(PACKS)
                .allSatisfy(e -> {
                    assertThat(e.detailJson()).contains("fileSha256");
                    IDS.forEach(id -> assertThat(e.detailJson()).doesNotContain(id));
                });
    }

    @Test
    void noPackCarriesAnEvaluatorsIdOrName() throws Exception {
        for (Path pack : packs) {
            try (ZipFile zip = new ZipFile(pack.toFile())) {
                for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                    String text;
                    try (InputStream in = zip.getInputStream(entry)) {
                        text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    }
                    for (int i = 0; i < IDS.size(); i++) {
                        assertThat(text).as(pack.getFileName() + " " + entry.getName()).doesNotContain(IDS.get(i))
                                .doesNotContain(NAMES.get(i));
                    }
                }
            }
        }
    }
}
