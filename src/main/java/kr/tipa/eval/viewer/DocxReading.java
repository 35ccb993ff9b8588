package kr.tipa.eval.viewer;

import java.nio.file.Path;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * DOCX through POI, after {@link ZipGuard}. The extractor writes table rows as tab-separated lines, which is
 * what the text view shows.
 */
final class DocxReading {

    private DocxReading() {
    }

    static RenderedDocument read(String fileName, Path file, Limits limits) throws Exception {
        ZipGuard.check(file, limits);
        // Read-only: POI must never write back into the applicant's file.
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
                XWPFDocument document = new XWPFDocument(pkg);
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            Paragraphs.Split text = Paragraphs.split(extractor.getText(), limits.maxTextChars());
            String declared = document.getProperties().getCoreProperties().getTitle();
            return new TextDocument(fileName, DocumentKind.DOCX, Paragraphs.titleOf(fileName), declared,
                    text.paragraphs(), text.truncated());
        }
    }
}
