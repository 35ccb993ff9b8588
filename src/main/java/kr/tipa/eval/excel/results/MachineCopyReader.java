package kr.tipa.eval.excel.results;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.TreeMap;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the machine copy back out of a result workbook (after its signature was verified). Only the copy's
 * own sheet is parsed, as a stream: the workbook's other sheets — a panel's thousands of score rows — are
 * never loaded, which is most of what reading the whole workbook would cost.
 */
public final class MachineCopyReader {

    private MachineCopyReader() {
    }

    /** The embedded text, or empty when the workbook carries none (no panel's result, or not ours). */
    public static Optional<String> read(Path workbook) throws IOException {
        try (OPCPackage pkg = OPCPackage.open(workbook.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream in = sheets.next()) {
                    if (MachineCopySheet.NAME.equals(sheets.getSheetName())) {
                        return copy(in, new ReadOnlySharedStringsTable(pkg), reader);
                    }
                }
            }
            return Optional.empty();
        } catch (OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            throw new IOException("cannot read " + workbook.getFileName() + ": " + e.getMessage(), e);
        }
    }

    private static Optional<String> copy(InputStream sheet, ReadOnlySharedStringsTable strings, XSSFReader reader)
            throws IOException, SAXException, ParserConfigurationException, OpenXML4JException {
        TreeMap<Integer, String> columnA = new TreeMap<>();
        XSSFSheetXMLHandler.SheetContentsHandler cells = new XSSFSheetXMLHandler.SheetContentsHandler() {
            @Override
            public void startRow(int rowNum) {
            }

            @Override
            public void endRow(int rowNum) {
            }

            @Override
            public void cell(String reference, String value, XSSFComment comment) {
                CellReference at = new CellReference(reference);
                if (at.getCol() == 0) {
                    columnA.put(at.getRow(), value);
                }
            }
        };
        // POI's reader: no external entities, no DTDs
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings, cells, false));
        xml.parse(new InputSource(sheet));
        if (!MachineCopySheet.FORMAT.equals(columnA.get(0))) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder();
        columnA.tailMap(1).values().forEach(text::append);
        return Optional.of(text.toString());
    }
}
