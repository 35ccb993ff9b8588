package kr.tipa.eval.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Demo PDFs on A4. Hangul needs a TrueType font with Korean glyphs; the system's is embedded when there
 * is one, otherwise the text is written in romanised form so that generation never fails.
 */
final class DemoPdf {

    private static final Logger LOG = LoggerFactory.getLogger(DemoPdf.class);
    private static final List<String> KOREAN_FONTS = List.of(
            "/usr/share/fonts/truetype/nanum/NanumGothic.ttf",
            "/usr/share/fonts/truetype/nanum/NanumBarunGothic.ttf",
            "C:\\Windows\\Fonts\\malgun.ttf",
            "/Library/Fonts/AppleGothic.ttf",
            "/System/Library/Fonts/Supplemental/AppleGothic.ttf");

    private final Optional<Path> koreanFont = KOREAN_FONTS.stream().map(Path::of).filter(Files::isRegularFile)
            .findFirst();

    byte[] write(String title, List<String> paragraphs) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDFont font = font(document);
            boolean hangul = koreanFont.isPresent();
            PDRectangle a4 = PDRectangle.A4;
            float margin = 56;
            float width = a4.getWidth() - 2 * margin;
            List<String> lines = new ArrayList<>();
            lines.add(text(title, hangul));
            lines.add("");
            for (String paragraph : paragraphs) {
                lines.addAll(wrap(text(paragraph, hangul), font, 11, width));
                lines.add("");
            }
            int perPage = (int) ((a4.getHeight() - 2 * margin) / 16);
            for (int start = 0; start < lines.size(); start += perPage) {
                PDPage page = new PDPage(a4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.newLineAtOffset(margin, a4.getHeight() - margin);
                    for (int i = start; i < Math.min(lines.size(), start + perPage); i++) {
                        content.setFont(font, i == 0 ? 16 : 11);
                        content.showText(lines.get(i));
                        content.newLineAtOffset(0, -16);
                    }
                    content.endText();
                }
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    private PDFont font(PDDocument document) throws IOException {
        if (koreanFont.isPresent()) {
            return PDType0Font.load(document, koreanFont.get().toFile());
        }
        LOG.info("no Korean TrueType font found; demo PDFs use romanised text");
        return new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    }

    private static String text(String text, boolean hangul) {
        return hangul ? text : Romanizer.romanize(text);
    }

    private static List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (font.getStringWidth(candidate) / 1000 * size > width && !line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
