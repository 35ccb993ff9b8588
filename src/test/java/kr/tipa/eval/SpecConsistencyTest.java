package kr.tipa.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kr.tipa.eval.cli.CommandTree;
import kr.tipa.eval.domain.aggregation.SelectionStatus;
import kr.tipa.eval.domain.packages.PackageStatus;
import kr.tipa.eval.domain.packages.Restriction;
import kr.tipa.eval.domain.packages.SupportPackage;
import kr.tipa.eval.domain.screening.ScreeningCode;
import kr.tipa.eval.domain.screening.ScreeningStatus;
import kr.tipa.eval.testing.Markdown;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The specifications in docs/spec say what the code does: every {@code tipa-eval} command and option
 * they name exists, every command that exists is in cli.md, what they mark as planned is not built yet,
 * their links resolve inside the repository, and program-rules.md names exactly the codes of the
 * domain's enums.
 */
class SpecConsistencyTest {

    /**
     * Named in docs/spec but not built yet, with the issue that builds each. A branch that builds one
     * removes its entry here and moves it out of "planned" in the pages; this test fails until it does.
     * An entry is a command path, or a command path and one of its options.
     */
    static final Map<String, String> PLANNED = Map.of();

    private static final Path PROJECT = Path.of(System.getProperty("tipa.project.dir", "."));
    private static final Path SPEC = PROJECT.resolve("docs").resolve("spec");
    private static final Pattern INLINE = Pattern.compile("`(?:bin/)?tipa-eval((?:\\s[^`]*)?)`");
    private static final Pattern FENCED = Pattern.compile("^\\s*(?:\\$\\s+)?(?:bin/)?tipa-eval(\\s.*)?$");
    private static final Pattern SCREENING_CODE = Pattern.compile("\\b([EXW]\\d{2})(_[A-Z0-9_]+)?\\b");
    private static final Pattern PACKAGE_CODE = Pattern.compile("\\bP\\d_[A-Z0-9_]+\\b");
    private static final String PLANNED_SECTION = "Planned commands";

    private static CommandTree tree;
    private static List<Mention> mentions;

    /** One {@code tipa-eval …} command line written in a page, with the block of text around it. */
    record Mention(String page, String heading, String block, List<String> words) {
        String where() {
            return page + " (" + heading + "): tipa-eval " + String.join(" ", words);
        }

        /** The planned entry this command line uses, if any. */
        String planned() {
            for (String entry : PLANNED.keySet()) {
                List<String> key = List.of(entry.split(" "));
                List<String> commands = key.stream().filter(w -> !w.startsWith("-")).toList();
                List<String> bare = words.stream().filter(w -> !w.startsWith("-")).toList();
                boolean path = bare.size() >= commands.size() && bare.subList(0, commands.size()).equals(commands);
                boolean options = key.stream().filter(w -> w.startsWith("-")).allMatch(words::contains);
                if (path && options) {
                    return entry;
                }
            }
            return null;
        }
    }

    @BeforeAll
    static void readPages() throws IOException {
        tree = CommandTree.english();
        mentions = new ArrayList<>();
        for (Path page : pages()) {
            mentions.addAll(mentions(page));
        }
    }

    private static List<Path> pages() throws IOException {
        try (Stream<Path> files = Files.list(SPEC)) {
            return files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
    }

    /**
     * The command lines of a page: inline code that starts with {@code tipa-eval}, and lines of code
     * blocks that do. Prose naming the product is not a command line.
     */
    private static List<Mention> mentions(Path page) {
        String text = Markdown.read(page);
        List<Mention> found = new ArrayList<>();
        String name = String.valueOf(page.getFileName());
        String heading = "";
        List<String> lines = List.of(Markdown.withoutFencedCode(text).split("\n", -1));
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("#")) {
                heading = line.replaceFirst("^#+\\s*", "");
            }
            Matcher m = INLINE.matcher(line);
            while (m.find()) {
                found.add(new Mention(name, heading, block(lines, i), CommandTree.words(m.group(1))));
            }
        }
        for (String line : Markdown.fencedCodeLines(text)) {
            Matcher m = FENCED.matcher(line);
            if (m.matches()) {
                found.add(new Mention(name, "code", line, CommandTree.words(m.group(1) == null ? "" : m.group(1))));
            }
        }
        return found;
    }

    /**
     * The block a line belongs to: a table row alone, a list item with its continuation lines, or the
     * paragraph it stands in.
     */
    private static String block(List<String> lines, int at) {
        if (lines.get(at).startsWith("|")) {
            return lines.get(at);
        }
        int start = at;
        while (start > 0 && !lines.get(start).isBlank() && !isItem(lines.get(start))
                && !lines.get(start - 1).isBlank() && !lines.get(start - 1).startsWith("|")) {
            start--;
        }
        int end = at + 1;
        while (end < lines.size() && !lines.get(end).isBlank() && !isItem(lines.get(end))
                && !lines.get(end).startsWith("|")) {
            end++;
        }
        return String.join("\n", lines.subList(start, end));
    }

    private static boolean isItem(String line) {
        return line.matches("\\s*([-*]|\\d+\\.)\\s.*");
    }

    @Test
    void everyCommandAndOptionThePagesNameIsReal() {
        int checked = 0;
        for (Mention mention : mentions) {
            String planned = mention.planned();
            if (planned != null && !planned.contains(" -")) {
                continue; // the command itself is not built: the next test holds it to that
            }
            List<String> words = new ArrayList<>(mention.words());
            if (planned != null) {
                // A planned option and its value are not read; the rest of the line must still hold.
                int at = words.indexOf(planned.substring(planned.indexOf(" -") + 1));
                words.remove(at);
                if (at < words.size() && !words.get(at).startsWith("-")) {
                    words.remove(at);
                }
            }
            CommandTree.Reading reading = tree.read(words);
            assertThat(reading.problems()).as(mention.where()).isEmpty();
            tree.help(reading.path());
            checked++;
        }
        assertThat(checked).as("tipa-eval command lines in docs/spec").isGreaterThan(40);
    }

    @Test
    void plannedCommandsAreNotBuiltYetAndArePlannedWhereverTheyAreNamed() {
        for (Map.Entry<String, String> entry : PLANNED.entrySet()) {
            List<String> key = List.of(entry.getKey().split(" "));
            List<String> path = key.stream().filter(w -> !w.startsWith("-")).toList();
            List<String> options = key.stream().filter(w -> w.startsWith("-")).toList();
            boolean built = options.isEmpty() ? tree.exists(path)
                    : options.stream().allMatch(o -> tree.hasOption(path, o));
            assertThat(built).as("'tipa-eval %s' is built: remove it from SpecConsistencyTest.PLANNED (%s) and"
                    + " from 'planned' in docs/spec", entry.getKey(), entry.getValue()).isFalse();
        }
        Set<String> named = new TreeSet<>();
        for (Mention mention : mentions) {
            String planned = mention.planned();
            if (planned == null) {
                continue;
            }
            named.add(planned);
            String issue = PLANNED.get(planned);
            String context = (mention.heading() + "\n" + mention.block()).toLowerCase(Locale.ROOT);
            assertThat(context).as("%s is planned (%s): its text must say so", mention.where(), issue)
                    .contains("planned").contains(issue);
        }
        assertThat(named).as("every planned entry is named in docs/spec (else it is stale)")
                .containsExactlyInAnyOrderElementsOf(PLANNED.keySet());
    }

    @Test
    void cliMdListsOnlyPlannedCommandsAsPlanned() {
        List<Mention> listed = mentions.stream()
                .filter(m -> m.page().equals("cli.md") && m.heading().equals(PLANNED_SECTION)).toList();
        if (PLANNED.isEmpty()) {
            assertThat(listed).as("nothing is planned, so '%s' in cli.md names no command", PLANNED_SECTION)
                    .isEmpty();
        } else {
            assertThat(listed).as("commands under '%s' in cli.md", PLANNED_SECTION).isNotEmpty();
        }
        for (Mention mention : listed) {
            assertThat(mention.planned()).as("%s is built: move it out of '%s'", mention.where(), PLANNED_SECTION)
                    .isNotNull();
        }
    }

    @Test
    void everyRealCommandAndOptionIsInCliMd() {
        List<Mention> cli = mentions.stream().filter(m -> m.page().equals("cli.md"))
                .filter(m -> !m.heading().equals(PLANNED_SECTION)).toList();
        Map<List<String>, Set<String>> documented = new LinkedHashMap<>();
        for (Mention mention : cli) {
            CommandTree.Reading reading = tree.read(mention.words());
            documented.computeIfAbsent(reading.path(), p -> new LinkedHashSet<>()).addAll(reading.options());
        }
        Set<String> everywhere = optionsDescribedForEveryCommand();
        List<List<String>> commands = new ArrayList<>(tree.commands());
        commands.add(List.of());
        for (List<String> command : commands) {
            boolean named = documented.keySet().stream()
                    .anyMatch(p -> p.size() >= command.size() && p.subList(0, command.size()).equals(command));
            assertThat(named).as("'tipa-eval %s' exists but cli.md does not name it", String.join(" ", command))
                    .isTrue();
            for (String option : tree.options(command)) {
                boolean described = everywhere.contains(option)
                        || documented.getOrDefault(command, Set.of()).contains(option);
                assertThat(described).as("option %s of 'tipa-eval %s' is not in cli.md", option,
                        String.join(" ", command)).isTrue();
            }
        }
        for (List<String> command : tree.commands()) {
            for (String alias : tree.aliases(command)) {
                assertThat(Markdown.read(SPEC.resolve("cli.md"))).as("alias %s of %s", alias, command)
                        .contains("tipa-eval " + alias);
            }
        }
    }

    /** Options cli.md describes once for every command: its table of options every command takes. */
    private static Set<String> optionsDescribedForEveryCommand() {
        Set<String> options = new LinkedHashSet<>();
        Matcher m = Pattern.compile("(?m)^\\| `(--[a-z-]+)[^`]*` \\|").matcher(Markdown.read(SPEC.resolve("cli.md")));
        while (m.find()) {
            options.add(m.group(1));
        }
        assertThat(options).as("cli.md's table of options every command takes").contains("--db", "--json");
        return options;
    }

    @Test
    void everyLinkAndAnchorResolvesInsideTheRepository() throws IOException {
        for (Path page : pages()) {
            assertThat(Markdown.brokenLinks(page, PROJECT)).as("links of %s", page.getFileName()).isEmpty();
        }
        assertThat(Markdown.brokenLinks(PROJECT.resolve("README.md"), PROJECT)).as("links of README.md").isEmpty();
        assertThat(Markdown.links(Markdown.read(SPEC.resolve("README.md"))))
                .as("the index links every page of docs/spec")
                .containsAll(pages().stream().map(p -> p.getFileName().toString())
                        .filter(n -> !n.equals("README.md")).toList());
    }

    @Test
    void programRulesNamesExactlyTheCodesOfTheDomain() {
        Map<String, Set<String>> tables = tables(Markdown.read(SPEC.resolve("program-rules.md")));
        assertThat(tables.get("screening code")).as("screening codes").isEqualTo(names(ScreeningCode.values()));
        assertThat(tables.get("screening status")).as("screening statuses").isEqualTo(names(ScreeningStatus.values()));
        assertThat(tables.get("selection status")).as("selection statuses").isEqualTo(names(SelectionStatus.values()));
        assertThat(tables.get("package")).as("support packages").isEqualTo(names(SupportPackage.values()));
        assertThat(tables.get("package status")).as("package statuses").isEqualTo(names(PackageStatus.values()));
        assertThat(tables.get("restriction")).as("restrictions").isEqualTo(names(Restriction.values()));
    }

    @Test
    void everyCodeNamedAnywhereInThePagesExists() throws IOException {
        Set<String> screening = names(ScreeningCode.values());
        Set<String> packages = names(SupportPackage.values());
        for (Path page : pages()) {
            String text = Markdown.read(page);
            Matcher m = SCREENING_CODE.matcher(text);
            while (m.find()) {
                String code = m.group();
                String prefix = m.group(1) + "_";
                boolean known = m.group(2) == null ? screening.stream().anyMatch(c -> c.startsWith(prefix))
                        : screening.contains(code);
                assertThat(known).as("%s names screening code %s", page.getFileName(), code).isTrue();
            }
            Matcher p = PACKAGE_CODE.matcher(text);
            while (p.find()) {
                assertThat(packages).as("%s names package %s", page.getFileName(), p.group()).contains(p.group());
            }
        }
    }

    /**
     * The codes of each table, keyed by the table's first header cell in lower case: the first cell of
     * every row, without its backticks. Tables with the same first header add up.
     */
    private static Map<String, Set<String>> tables(String text) {
        Map<String, Set<String>> tables = new LinkedHashMap<>();
        String[] lines = Markdown.withoutFencedCode(text).split("\n");
        String header = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (!line.startsWith("|")) {
                header = null;
            } else if (header == null) {
                header = cells(line).get(0).toLowerCase(Locale.ROOT);
                i++; // the separator row
            } else {
                tables.computeIfAbsent(header, h -> new TreeSet<>()).add(cells(line).get(0).replace("`", ""));
            }
        }
        return tables;
    }

    private static List<String> cells(String row) {
        return Arrays.stream(row.replaceAll("^\\||\\|$", "").split("(?<!\\\\)\\|")).map(String::strip).toList();
    }

    private static Set<String> names(Enum<?>[] constants) {
        Set<String> names = new TreeSet<>();
        for (Enum<?> constant : constants) {
            names.add(constant.name());
        }
        return names;
    }
}
