package kr.tipa.eval.viewer;

import java.nio.file.Path;
import kr.dogfoot.hwpxlib.object.HWPXFile;
import kr.dogfoot.hwpxlib.object.content.context_hpf.MetaData;
import kr.dogfoot.hwpxlib.reader.HWPXReader;
import kr.dogfoot.hwpxlib.tool.textextractor.TextExtractMethod;
import kr.dogfoot.hwpxlib.tool.textextractor.TextExtractor;
import kr.dogfoot.hwpxlib.tool.textextractor.TextMarks;

/**
 * HWPX through hwpxlib, after {@link ZipGuard}. hwpxlib reads a package without META-INF/manifest.xml
 * (the broken fixture {@code no_manifest.hwpx}) from its content.hpf, so such a file shows its text.
 */
final class HwpxReading {

    private HwpxReading() {
    }

    static RenderedDocument read(String fileName, Path file, Limits limits) throws Exception {
        ZipGuard.check(file, limits);
        HWPXFile hwpx = HWPXReader.fromFile(file.toFile());
        TextMarks marks = new TextMarks()
                .paraSeparatorAnd("\n")
                .lineBreakAnd("\n")
                .tabAnd("\t")
                .tableRowSeparatorAnd("\n")
                .tableCellSeparatorAnd("\t");
        // true: paragraph heads (outline numbers such as "1." and "가.") are part of what the author wrote.
        // hwpxlib then puts a space after every head, also after an empty one: at the start of each
        // paragraph and table cell. That lone space is dropped.
        String raw = TextExtractor.extract(hwpx, TextExtractMethod.InsertControlTextBetweenParagraphText, true, marks)
                .replaceAll("(?m)(^|\t) ", "$1");
        Paragraphs.Split text = Paragraphs.split(raw, limits.maxTextChars());
        return new TextDocument(fileName, DocumentKind.HWPX, Paragraphs.titleOf(fileName), declaredTitle(hwpx),
                text.paragraphs(), text.truncated());
    }

    private static String declaredTitle(HWPXFile hwpx) {
        if (hwpx.contentHPFFile() == null) {
            return "";
        }
        MetaData meta = hwpx.contentHPFFile().metaData();
        return meta == null || meta.title() == null || meta.title().text() == null ? "" : meta.title().text();
    }
}
