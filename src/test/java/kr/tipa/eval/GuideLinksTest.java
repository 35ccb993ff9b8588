package kr.tipa.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kr.tipa.eval.cli.CommandTree;
import kr.tipa.eval.testing.Markdown;
import org.junit.jupiter.api.Test;

/**
 * The user guide (docs/guide) says nothing that is not there: its links and pictures exist, every
 * {@code bin/tipa-eval} command and option it shows is one the command line knows, and the Korean and
 * English guides have the same sections and pictures.
 */
class GuideLinksTest {

    private static final Path PROJECT = Path.of(System.getProperty("tipa.project.dir", "."));
    private static final Path GUIDE = PROJECT.resolve("docs").resolve("guide");
    private static final List<String> GUIDES = List.of("ko.md", "en.md");
    private static final Pattern COMMAND = Pattern.compile("bin/tipa-eval((?:[ \\t]+[^\\s`]+)*)");

    private static String read(String guide) {
        return Markdown.read(GUIDE.resolve(guide));
    }

    @Test
    void everyLinkAndPictureIsThere() {
        for (String guide : GUIDES) {
            assertThat(Markdown.brokenLinks(GUIDE.resolve(guide), PROJECT)).as("links of %s", guide).isEmpty();
            long local = Markdown.links(read(guide)).stream().filter(t -> !Markdown.isExternal(t)).count();
            assertThat(local).as("links in %s", guide).isGreaterThan(10);
        }
    }

    @Test
    void koreanAndEnglishHaveTheSameSectionsAndPictures() {
        String ko = read("ko.md");
        String en = read("en.md");
        assertThat(Markdown.headingLevels(en)).as("heading levels, in order").isEqualTo(Markdown.headingLevels(ko));
        assertThat(Markdown.images(en)).as("pictures, in order").isEqualTo(Markdown.images(ko)).isNotEmpty();
    }

    @Test
    void everyPictureIsShownInTheGuide() throws IOException {
        Set<String> shown = new LinkedHashSet<>(Markdown.images(read("ko.md")));
        try (Stream<Path> files = Files.list(GUIDE.resolve("img"))) {
            List<String> pictures = files.map(p -> "img/" + p.getFileName()).filter(n -> n.endsWith(".png")).sorted()
                    .toList();
            assertThat(shown).containsExactlyInAnyOrderElementsOf(pictures);
        }
    }

    @Test
    void everyCommandAndOptionTheGuideShowsIsReal() {
        CommandTree tree = CommandTree.english();
        int checked = 0;
        for (String guide : GUIDES) {
            for (String line : read(guide).split("\n")) {
                Matcher m = COMMAND.matcher(line);
                while (m.find()) {
                    CommandTree.Reading reading = tree.read(CommandTree.words(m.group(1)));
                    assertThat(reading.problems()).as("%s: '%s'", guide, line).isEmpty();
                    tree.help(reading.path());
                    checked++;
                }
            }
        }
        assertThat(checked).as("bin/tipa-eval commands in the guides").isGreaterThan(40);
    }
}
