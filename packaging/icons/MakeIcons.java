import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws the application icon: a rounded square in the accent colour (#1d4e89, styles/app.css) with a
 * white 평 (평가) cut from a Korean font's outline, and writes it as PNG (Linux), ICO (Windows) and ICNS
 * (macOS). Each size is drawn afresh rather than scaled down, so the small ones stay sharp.
 *
 * <pre>java packaging/icons/MakeIcons.java [FONT.ttf] [OUT_DIR]</pre>
 *
 * Run with any JDK 11+ (single-file source launch). The default font is NanumSquare Bold from the
 * Debian package fonts-nanum. ICO and ICNS hold PNG-compressed images, which Windows Vista+ and
 * macOS 10.7+ read; no ImageMagick, icotool or iconutil is needed.
 */
public final class MakeIcons {

    private static final Color ACCENT = new Color(0x1d, 0x4e, 0x89);
    private static final Color ACCENT_LIGHT = new Color(0x2a, 0x62, 0xa6);
    private static final String GLYPH = "평";
    private static final int[] ICO_SIZES = {16, 24, 32, 48, 64, 128, 256};

    public static void main(String[] args) throws Exception {
        Path fontFile = Path.of(args.length > 0 ? args[0] : "/usr/share/fonts/truetype/nanum/NanumSquareB.ttf");
        Path out = Path.of(args.length > 1 ? args[1] : "packaging/icons");
        if (!Files.isRegularFile(fontFile)) {
            System.err.println("글꼴이 없습니다 / font not found: " + fontFile
                    + " (apt-get install fonts-nanum, or pass a .ttf with Hangul as the first argument)");
            System.exit(1);
        }
        Font font = Font.createFont(Font.TRUETYPE_FONT, fontFile.toFile());
        if (font.canDisplayUpTo(GLYPH) != -1) {
            System.err.println("이 글꼴에는 '" + GLYPH + "'가 없습니다 / the font has no Hangul: " + fontFile);
            System.exit(1);
        }
        Files.createDirectories(out);

        Map<Integer, byte[]> png = new LinkedHashMap<>();
        for (int size : new int[] {16, 24, 32, 48, 64, 128, 256, 512, 1024}) {
            png.put(size, pngBytes(draw(font, size)));
        }
        Files.write(out.resolve("tipa-eval.png"), png.get(256));
        Files.write(out.resolve("tipa-eval.ico"), ico(png));
        Files.write(out.resolve("tipa-eval.icns"), icns(png));
        System.out.println("아이콘을 만들었습니다 / icons written: " + out.toAbsolutePath());
    }

    static BufferedImage draw(Font font, int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            // Small icons use the whole square; large ones keep the margin macOS and GNOME expect.
            double margin = size <= 32 ? 0 : size * 0.06;
            double side = size - 2 * margin;
            double arc = side * 0.45;
            RoundRectangle2D square = new RoundRectangle2D.Double(margin, margin, side, side, arc, arc);
            g.setPaint(new java.awt.GradientPaint(0, (float) margin, ACCENT_LIGHT, 0, (float) (margin + side), ACCENT));
            g.fill(square);

            Shape glyph = font.deriveFont(Font.PLAIN, 100f)
                    .createGlyphVector(new FontRenderContext(null, true, true), GLYPH).getOutline();
            Rectangle2D bounds = glyph.getBounds2D();
            double target = side * (size <= 24 ? 0.74 : 0.62);
            double scale = target / Math.max(bounds.getWidth(), bounds.getHeight());
            AffineTransform place = new AffineTransform();
            place.translate(margin + side / 2, margin + side / 2);
            place.scale(scale, scale);
            place.translate(-bounds.getCenterX(), -bounds.getCenterY());
            g.setColor(Color.WHITE);
            g.fill(place.createTransformedShape(glyph));
        } finally {
            g.dispose();
        }
        return image;
    }

    static byte[] pngBytes(BufferedImage image) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }

    /** ICONDIR, one ICONDIRENTRY per size, then the PNG images; sizes of 256 are written as 0. */
    static byte[] ico(Map<Integer, byte[]> png) {
        int count = ICO_SIZES.length;
        int offset = 6 + 16 * count;
        int total = offset;
        for (int size : ICO_SIZES) {
            total += png.get(size).length;
        }
        ByteBuffer b = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) 0).putShort((short) 1).putShort((short) count);
        for (int size : ICO_SIZES) {
            byte[] data = png.get(size);
            b.put((byte) (size >= 256 ? 0 : size)).put((byte) (size >= 256 ? 0 : size));
            b.put((byte) 0).put((byte) 0);
            b.putShort((short) 1).putShort((short) 32);
            b.putInt(data.length).putInt(offset);
            offset += data.length;
        }
        for (int size : ICO_SIZES) {
            b.put(png.get(size));
        }
        return b.array();
    }

    /** The 'icns' container with PNG payloads: icp4/icp5/icp6, ic07–ic10 and the @2x types ic11–ic14. */
    static byte[] icns(Map<Integer, byte[]> png) {
        Map<String, Integer> types = new LinkedHashMap<>();
        types.put("icp4", 16);
        types.put("icp5", 32);
        types.put("icp6", 64);
        types.put("ic07", 128);
        types.put("ic08", 256);
        types.put("ic09", 512);
        types.put("ic10", 1024);
        types.put("ic11", 32);
        types.put("ic12", 64);
        types.put("ic13", 256);
        types.put("ic14", 512);
        int total = 8;
        for (int size : types.values()) {
            total += 8 + png.get(size).length;
        }
        ByteBuffer b = ByteBuffer.allocate(total).order(ByteOrder.BIG_ENDIAN);
        b.put("icns".getBytes(StandardCharsets.US_ASCII)).putInt(total);
        for (Map.Entry<String, Integer> type : types.entrySet()) {
            byte[] data = png.get(type.getValue());
            b.put(type.getKey().getBytes(StandardCharsets.US_ASCII)).putInt(8 + data.length).put(data);
        }
        return b.array();
    }
}
