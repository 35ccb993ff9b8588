package kr.tipa.eval.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RFC 4180 as spreadsheets write it, UTF-8 with or without a byte order mark. */
class CsvTest {

    @TempDir
    Path dir;

    private Grid read(String text, boolean bom, IntakeFaults faults) throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = body;
        if (bom) {
            bytes = new byte[body.length + 3];
            bytes[0] = (byte) 0xEF;
            bytes[1] = (byte) 0xBB;
            bytes[2] = (byte) 0xBF;
            System.arraycopy(body, 0, bytes, 3, body.length);
        }
        Path file = Files.write(dir.resolve("list.csv"), bytes);
        return Csv.read(file, "list.csv", faults);
    }

    private static List<String> texts(Grid.Row row) {
        return row.cells().stream().map(Grid.Cell::text).toList();
    }

    @Test
    void withAndWithoutAByteOrderMarkTheFirstHeaderIsTheSame() throws IOException {
        for (boolean bom : new boolean[] {true, false}) {
            IntakeFaults faults = new IntakeFaults();
            Grid grid = read("receiptNo,panelId\r\n2024-EXP-0001,P1\r\n", bom, faults);
            assertThat(faults.isEmpty()).isTrue();
            assertThat(texts(grid.rows().get(0))).containsExactly("receiptNo", "panelId");
            assertThat(grid.rows()).hasSize(2);
        }
    }

    @Test
    void quotedFieldsHoldCommasQuotesAndLineBreaksAndRowsCountAsASpreadsheetShowsThem() throws IOException {
        IntakeFaults faults = new IntakeFaults();
        Grid grid = read("a,b\n\"1,250,000\",\"그는 \"\"예\"\"라고\"\n\"두 줄\n계획\",x\nlast,\n", false, faults);
        assertThat(faults.isEmpty()).isTrue();
        assertThat(texts(grid.rows().get(1))).containsExactly("1,250,000", "그는 \"예\"라고");
        assertThat(texts(grid.rows().get(2))).containsExactly("두 줄\n계획", "x");
        assertThat(grid.rows().get(3).number()).isEqualTo(4);
        assertThat(texts(grid.rows().get(3))).containsExactly("last", "");
    }

    @Test
    void aLastLineWithoutLineBreakIsRead() throws IOException {
        Grid grid = read("a,b\r\n1,2", false, new IntakeFaults());
        assertThat(grid.rows()).hasSize(2);
        assertThat(texts(grid.rows().get(1))).containsExactly("1", "2");
    }

    @Test
    void anUnclosedQuoteIsAFaultOfItsRow() throws IOException {
        IntakeFaults faults = new IntakeFaults();
        assertThat(read("a,b\n1,2\n\"3,4\n", false, faults)).isNull();
        assertThat(faults.all()).singleElement().satisfies(f -> {
            assertThat(f.row()).isEqualTo(3);
            assertThat(f.message().key()).isEqualTo("intake.csv.unclosedQuote");
        });
    }

    @Test
    void textAfterAClosingQuoteIsAFaultNamingTheColumn() throws IOException {
        IntakeFaults faults = new IntakeFaults();
        assertThat(read("a,b\n1,\"2\"x\n", false, faults)).isNull();
        assertThat(faults.all()).singleElement().satisfies(f -> {
            assertThat(f.row()).isEqualTo(2);
            assertThat(f.message().args()).containsExactly("B");
        });
    }

    @Test
    void columnsAreNamedAsSpreadsheetsNameThem() {
        assertThat(List.of(Csv.column(0), Csv.column(25), Csv.column(26), Csv.column(27), Csv.column(701)))
                .containsExactly("A", "Z", "AA", "AB", "ZZ");
    }
}
