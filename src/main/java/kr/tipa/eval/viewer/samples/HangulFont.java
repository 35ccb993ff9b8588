package kr.tipa.eval.viewer.samples;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A TrueType font with Hangul found on this machine, open until the PDF using it is saved (PDFBox reads the
 * glyphs it subsets when saving).
 */
final class HangulFont implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(HangulFont.class);

    final TrueTypeFont font;
    final Path file;
    private final Closeable owner;

    private HangulFont(TrueTypeFont font, Path file, Closeable owner) {
        this.font = font;
        this.file = file;
        this.owner = owner;
    }

    /** Where Hangul fonts usually are on Debian/Ubuntu, Fedora, Windows and macOS; a chosen one first. */
    static List<Path> usualPlaces() {
        List<Path> places = new ArrayList<>();
        String chosen = System.getProperty("tipa.pdf.font");
        if (chosen != null && !chosen.isBlank()) {
            places.add(Path.of(chosen));
        }
        String home = System.getProperty("user.home", "");
        for (String place : new String[] {
            "/usr/share/fonts/truetype/nanum/NanumGothic.ttf",
            "/usr/share/fonts/truetype/nanum/NanumBarunGothic.ttf",
            "/usr/share/fonts/nanum/NanumGothic.ttf",
            "/usr/share/fonts/naver-nanum/NanumGothic.ttf",
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
            "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
            "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",
            "/usr/share/fonts/truetype/unfonts-core/UnDotum.ttf",
            "/usr/share/fonts/truetype/baekmuk/dotum.ttf",
            "C:\\Windows\\Fonts\\malgun.ttf",
            "C:\\Windows\\Fonts\\gulim.ttc",
            "/Library/Fonts/NanumGothic.ttf",
            "/System/Library/Fonts/Supplemental/AppleGothic.ttf",
            "/System/Library/Fonts/AppleSDGothicNeo.ttc",
            home + "/.local/share/fonts/NanumGothic.ttf",
            home + "/.fonts/NanumGothic.ttf",
        }) {
            places.add(Path.of(place));
        }
        return places;
    }

    /** The font at {@code place} if it exists, parses, and maps Hangul syllables to glyphs. */
    static Optional<HangulFont> open(Path place) {
        if (!Files.isRegularFile(place)) {
            return Optional.empty();
        }
        try {
            if (place.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
                TrueTypeCollection collection = new TrueTypeCollection(place.toFile());
                TrueTypeFont[] found = new TrueTypeFont[1];
                collection.processAllFonts(candidate -> {
                    if (found[0] == null && hasHangul(candidate)) {
                        found[0] = candidate;
                    }
                });
                if (found[0] == null) {
                    collection.close();
                    return Optional.empty();
                }
                return Optional.of(new HangulFont(found[0], place, collection));
            }
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(place.toFile()));
            if (!hasHangul(font)) {
                font.close();
                return Optional.empty();
            }
            return Optional.of(new HangulFont(font, place, font));
        } catch (IOException | RuntimeException e) {
            LOG.debug("Font {} not usable: {}", place, e.toString());
            return Optional.empty();
        }
    }

    private static boolean hasHangul(TrueTypeFont font) {
        try {
            CmapLookup cmap = font.getUnicodeCmapLookup(false);
            return cmap != null && cmap.getGlyphId('가') > 0 && cmap.getGlyphId('힣') > 0;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public void close() throws IOException {
        owner.close();
    }
}
