package kr.tipa.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kr.tipa.eval.cli.CliRunner;
import org.junit.jupiter.api.Test;

/**
 * The user guide (docs/guide) says nothing that is not there: its links and pictures exist, every
 * {@code bin/tipa-eval} command and option it shows is one the command line knows, and the Korean and
 * English guides have the same sections and pictures.
 */
class GuideLinksTest {

    private static final Path GUIDE = Path.of(System.getProperty("tipa.project.dir", "."), "docs", "guide");
    private static final List<String> GUIDES = List.of("ko.md", "en.md");
    private static final Pattern LINK = Pattern.compile("!?\\[[^\\]]*\\]\\(([^)\\s]+)\\)");
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*\\]\\(([^)\\s]+)\\)");
    private static final Pattern HEADING = Pattern.compile("(?m)^(#{1,6}) (.+)$");
    private static final Pattern COMMAND = Pattern.compile("bin/tipa-eval((?:[ \\t]+[^\\s`]+)*)");

    private static String read(String guide) throws IOException {
        return Files.readString(GUIDE.resolve(guide));
    }

    /** GitHub's anchor of a heading: lower case, punctuation dropped, spaces as hyphens. */
    static String anchor(String heading) {
        return heading.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\s_-]", "").replace(' ', '-');
    }

    private static Set<String> anchors(String text) {
        Set<String> anchors = new LinkedHashSet<>();
        Matcher m = HEADING.matcher(text);
        while (m.find()) {
            anchors.add(anchor(m.group(2)));
        }
        return anchors;
    }

    @Test
    void everyLinkAndPictureIsThere() throws IOException {
        for (String guide : GUIDES) {
            String text = read(guide);
            Matcher m = LINK.matcher(text);
            int links = 0;
            while (m.find()) {
                String target = m.group(1);
                if (target.matches("^[a-z]+:.*")) {
                    continue; // http:, mailto: — not ours to check offline
                }
                links++;
                String file = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
                String fragment = target.contains("#") ? target.substring(target.indexOf('#') + 1) : "";
                Path linked = file.isEmpty() ? GUIDE.resolve(guide) : GUIDE.resolve(file).normalize();
                assertThat(linked).as("%s links to %s", guide, target).exists();
                if (!fragment.isEmpty()) {
                    assertThat(anchors(Files.readString(linked))).as("%s links to %s", guide, target)
                            .contains(fragment);
                }
            }
            assertThat(links).as("links in %s", guide).isGreaterThan(10);
        }
    }

    @Test
    void koreanAndEnglishHaveTheSameSectionsAndPictures() throws IOException {
        String ko = read("ko.md");
        String en = read("en.md");
        assertThat(levels(en)).as("heading levels, in order").isEqualTo(levels(ko));
        assertThat(images(en)).as("pictures, in order").isEqualTo(images(ko)).isNotEmpty();
    }

    @Test
    void everyPictureIsShownInTheGuide() throws IOException {
        Set<String> shown = new LinkedHashSet<>(images(read("ko.md")));
        try (Stream<Path> files = Files.list(GUIDE.resolve("img"))) {
            List<String> pictures = files.map(p -> "img/" + p.getFileName()).filter(n -> n.endsWith(".png")).sorted()
                    .toList();
            assertThat(shown).containsExactlyInAnyOrderElementsOf(pictures);
        }
    }

    private static List<Integer> levels(String text) {
        List<Integer> levels = new ArrayList<>();
        Matcher m = HEADING.matcher(text.replaceAll("(?s)```.*?```", ""));
        while (m.find()) {
            levels.add(m.group(1).length());
        }
        return levels;
    }

    private static List<String> images(String text) {
        List<String> images = new ArrayList<>();
        Matcher m = IMAGE.matcher(text);
        while (m.find()) {
            images.add(m.group(1));
        }
        return images;
    }

    @Test
    void everyCommandAndOptionTheGuideShowsIsReal() throws IOException {
        CliRunner cli = new CliRunner(Locale.ENGLISH);
        int checked = 0;
        for (String guide : GUIDES) {
            for (String line : read(guide).split("\n")) {
                Matcher m = COMMAND.matcher(line);
                while (m.find()) {
                    List<String> words = List.of(m.group(1).strip().split("[ \\t]+")).stream()
                            .filter(w -> !w.isEmpty()).toList();
                    check(cli, guide, line, words);
                    checked++;
                }
            }
        }
        assertThat(checked).as("bin/tipa-eval commands in the guides").isGreaterThan(40);
    }

    /** The command path (one or two words) must name a command, and each --option must be one of its options. */
    private static void check(CliRunner cli, String guide, String line, List<String> words) {
        List<String> path = new ArrayList<>();
        String help = help(cli, path);
        for (String word : words) {
            boolean bundle = path.isEmpty() && word.matches(".+\\.(tbundle|zip)");
            if (word.startsWith("-") || bundle || !help.contains("\nCommands:\n")) {
                break; // an option, the window's bundle, or a command's own argument
            }
            path.add(word);
            help = help(cli, path);
            assertThat(help).as("%s: '%s' — 'tipa-eval %s' is a command", guide, line, String.join(" ", path))
                    .contains("tipa-eval " + String.join(" ", path) + " [");
        }
        for (String word : words) {
            if (word.startsWith("--")) {
                String option = word.contains("=") ? word.substring(0, word.indexOf('=')) : word;
                assertThat(help).as("%s: '%s' — option %s of 'tipa-eval %s'", guide, line, option,
                        String.join(" ", path)).containsPattern(Pattern.quote(option) + "(\\b|=|$)");
            }
        }
    }

    private static String help(CliRunner cli, List<String> path) {
        List<String> args = new ArrayList<>(path);
        args.add("--help");
        CliRunner.Result result = cli.run(args.toArray(String[]::new));
        assertThat(result.exit()).as("tipa-eval %s --help", String.join(" ", path)).isZero();
        return result.out().replace("\r", "");
    }
}
