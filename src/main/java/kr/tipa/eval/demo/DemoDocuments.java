package kr.tipa.eval.demo;

import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import kr.tipa.eval.viewer.samples.SampleDocuments;

/** The demo round's attached files, generated rather than shipped. */
final class DemoDocuments {

    private final SampleDocuments samples = new SampleDocuments();
    private final Path scratch;

    DemoDocuments(Path scratch) {
        this.scratch = scratch;
    }

    /** A document of the given kind (pdf, hwp, hwpx, docx), written by the sample generators. */
    byte[] document(String kind, String title, List<String> paragraphs) throws IOException {
        Path file = scratch.resolve("demo-document." + kind);
        try {
            switch (kind) {
                case "pdf" -> samples.writePdf(file, title, paragraphs);
                case "hwp" -> samples.writeHwp(file, title, paragraphs);
                case "hwpx" -> samples.writeHwpx(file, title, paragraphs);
                case "docx" -> samples.writeDocx(file, title, paragraphs);
                default -> throw new IllegalArgumentException("no demo documents of kind " + kind);
            }
            return Files.readAllBytes(file);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** A simple product picture: the company's initial on a coloured tile. */
    byte[] productImage(DemoCompanies.Company c) {
        BufferedImage image = new BufferedImage(480, 320, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            int hue = Math.abs(c.name().hashCode()) % 360;
            g.setPaint(new GradientPaint(0, 0, Color.getHSBColor(hue / 360f, 0.35f, 0.95f), 480, 320,
                    Color.getHSBColor(hue / 360f, 0.55f, 0.65f)));
            g.fillRect(0, 0, 480, 320);
            g.setColor(new Color(255, 255, 255, 220));
            g.fillRoundRect(40, 60, 400, 200, 24, 24);
            g.setColor(new Color(31, 41, 51));
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 28));
            g.drawString("PRODUCT", 70, 140);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 18));
            g.drawString("demo image " + Math.abs(c.name().hashCode() % 1000), 70, 180);
        } finally {
            g.dispose();
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
