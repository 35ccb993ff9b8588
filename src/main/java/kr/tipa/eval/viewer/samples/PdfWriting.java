package kr.tipa.eval.viewer.samples;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Lays out a title and paragraphs on A4 pages, wrapping lines and starting pages as the text needs. */
final class PdfWriting {

    private static final float MARGIN = 56;
    private static final float TITLE_SIZE = 18;
    private static final float BODY_SIZE = 11;
    private static final float LEADING = 1.6f;

    private PdfWriting() {
    }

    /** @param hangul a font with Hangul, or null for Helvetica (the text must then be plain ASCII) */
    static int write(Path target, String title, List<String> paragraphs, TrueTypeFont hangul) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDFont body = hangul != null ? PDType0Font.load(document, hangul, true)
                    : new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDFont heading = hangul != null ? body : new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            document.getDocumentInformation().setTitle(title);
            Layout layout = new Layout(document);
            layout.paragraph(title, heading, TITLE_SIZE);
            for (String paragraph : paragraphs) {
                layout.paragraph(paragraph, body, BODY_SIZE);
            }
            layout.finish();
            document.save(target.toFile());
            return document.getNumberOfPages();
        }
    }

    /** The page being filled and where the next line goes. */
    private static final class Layout {
        private final PDDocument document;
        private final PDRectangle size = PDRectangle.A4;
        private PDPageContentStream content;
        private float y;

        Layout(PDDocument document) {
            this.document = document;
        }

        void paragraph(String text, PDFont font, float fontSize) throws IOException {
            float width = size.getWidth() - 2 * MARGIN;
            for (String line : wrap(text, font, fontSize, width)) {
                if (content == null || y - fontSize * LEADING < MARGIN) {
                    newPage();
                }
                y -= fontSize * LEADING;
                content.beginText();
                content.setFont(font, fontSize);
                content.newLineAtOffset(MARGIN, y);
                content.showText(line);
                content.endText();
            }
            y -= fontSize * 0.6f;
        }

        private void newPage() throws IOException {
            finish();
            PDPage page = new PDPage(size);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = size.getHeight() - MARGIN;
        }

        void finish() throws IOException {
            if (content != null) {
                content.close();
                content = null;
            }
        }
    }

    /** Breaks at spaces where it can, inside a word where it must (long Korean compounds). */
    static List<String> wrap(String text, PDFont font, float fontSize, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (widthOf(candidate, font, fontSize) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            for (int i = 0; i < word.length(); ) {
                int next = word.offsetByCodePoints(i, 1);
                String grown = line.toString() + word.substring(i, next);
                if (!line.isEmpty() && widthOf(grown, font, fontSize) > width) {
                    lines.add(line.toString());
                    line.setLength(0);
                    continue;
                }
                line.append(word, i, next);
                i = next;
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static float widthOf(String text, PDFont font, float fontSize) throws IOException {
        return font.getStringWidth(text) / 1000f * fontSize;
    }
}
