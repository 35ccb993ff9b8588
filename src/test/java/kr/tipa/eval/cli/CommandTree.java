package kr.tipa.eval.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The real command tree of {@code tipa-eval}, as {@link Cli} builds it, for tests that hold a page of
 * documentation to it: which commands exist, what options each takes, and whether a command line
 * written in a page would be understood.
 */
public final class CommandTree {

    private final CliRunner cli;
    private final CommandLine root;
    private final Map<List<String>, String> helps = new HashMap<>();

    public CommandTree(CliRunner cli) {
        this.cli = cli;
        this.root = cli.commandLine();
    }

    public static CommandTree english() {
        return new CommandTree(new CliRunner(Locale.ENGLISH));
    }

    /** What a written command line names, and what in it the command line would not understand. */
    public record Reading(List<String> path, List<String> options, List<String> problems) {
    }

    /** Every command below the root by its own name (no aliases), each parent before its children. */
    public List<List<String>> commands() {
        List<List<String>> all = new ArrayList<>();
        collect(root, List.of(), all);
        return all;
    }

    private static void collect(CommandLine line, List<String> path, List<List<String>> all) {
        Set<CommandLine> children = new LinkedHashSet<>(line.getSubcommands().values());
        for (CommandLine child : children) {
            List<String> childPath = new ArrayList<>(path);
            childPath.add(child.getCommandName());
            all.add(List.copyOf(childPath));
            collect(child, childPath, all);
        }
    }

    public boolean exists(List<String> path) {
        return find(path) != null;
    }

    /** Whether the command at {@code path} exists and takes {@code option}. */
    public boolean hasOption(List<String> path, String option) {
        CommandLine line = find(path);
        return line != null && line.getCommandSpec().findOption(option) != null;
    }

    /** The longest name of each option of the command, help and version options left out. */
    public Set<String> options(List<String> path) {
        Set<String> names = new LinkedHashSet<>();
        for (OptionSpec option : find(path).getCommandSpec().options()) {
            if (!option.usageHelp() && !option.versionHelp()) {
                names.add(option.longestName());
            }
        }
        return names;
    }

    /** The other names the command answers to. */
    public List<String> aliases(List<String> path) {
        return List.of(find(path).getCommandSpec().aliases());
    }

    private CommandLine find(List<String> path) {
        CommandLine line = root;
        for (String word : path) {
            line = line.getSubcommands().get(word);
            if (line == null) {
                return null;
            }
        }
        return line;
    }

    /**
     * Reads the words after {@code tipa-eval} the way the command line would: command names down the
     * tree, each option looked up on the command reached so far (with its value when it takes one),
     * and the rest as arguments, of which the command must take that many.
     */
    public Reading read(List<String> words) {
        CommandLine line = root;
        List<String> path = new ArrayList<>();
        List<String> options = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int arguments = 0;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            String at = "'tipa-eval" + (path.isEmpty() ? "" : " " + String.join(" ", path)) + "'";
            if (word.startsWith("-") && word.length() > 1) {
                String name = word.contains("=") ? word.substring(0, word.indexOf('=')) : word;
                options.add(name);
                OptionSpec option = line.getCommandSpec().findOption(name);
                if (option == null) {
                    problems.add(at + " has no option " + name);
                } else if (!word.contains("=") && option.arity().min() > 0) {
                    i++;
                }
                continue;
            }
            CommandLine sub = line.getSubcommands().get(word);
            if (sub != null && arguments == 0) {
                line = sub;
                path.add(sub.getCommandName());
                continue;
            }
            if (!line.getSubcommands().isEmpty() && word.matches("[a-z][a-z0-9-]*")) {
                problems.add(at + " has no command " + word);
                continue;
            }
            arguments++;
            if (arguments > maxArguments(line.getCommandSpec())) {
                problems.add(at + " takes no argument " + word);
            }
        }
        return new Reading(List.copyOf(path), List.copyOf(options), List.copyOf(problems));
    }

    private static int maxArguments(CommandSpec spec) {
        long max = 0;
        for (PositionalParamSpec parameter : spec.positionalParameters()) {
            max += parameter.arity().max();
        }
        return (int) Math.min(max, Integer.MAX_VALUE);
    }

    /** The command's {@code --help} text; the command must answer it with exit status 0. */
    public String help(List<String> path) {
        return helps.computeIfAbsent(List.copyOf(path), p -> {
            List<String> args = new ArrayList<>(p);
            args.add("--help");
            CliRunner.Result result = cli.run(args.toArray(String[]::new));
            assertThat(result.exit()).as("tipa-eval %s --help", String.join(" ", p)).isZero();
            return result.out().replace("\r", "");
        });
    }

    /**
     * The words of a command line as a page writes it: quoted text kept as one word, the brackets of
     * optional parts, ellipses and a trailing {@code # comment} dropped, {@code \|} (a bar escaped in a
     * table) read as {@code |}.
     */
    public static List<String> words(String commandLine) {
        List<String> words = new ArrayList<>();
        String text = commandLine.replace("\\|", "|");
        StringBuilder word = new StringBuilder();
        char quote = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if ((c == '"' || c == '\'') && word.isEmpty()) {
                quote = c;
            } else if (Character.isWhitespace(c)) {
                if (!word.isEmpty()) {
                    String w = word.toString().replaceAll("^[\\[({]+|[\\])}]+$", "").replace("…", "");
                    word.setLength(0);
                    if (w.startsWith("#")) {
                        break;
                    }
                    if (!w.isEmpty() && !w.equals("...")) {
                        words.add(w);
                    }
                }
            } else {
                word.append(c);
            }
        }
        return words;
    }
}
