package kr.tipa.eval.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the project's Markdown pages as GitHub shows them: headings and their anchors, links, code, so
 * that tests can hold the guide and the specifications to what is really there.
 */
public final class Markdown {

    private static final Pattern LINK = Pattern.compile("!?\\[[^\\]]*\\]\\(([^)\\s]+)\\)");
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*\\]\\(([^)\\s]+)\\)");
    private static final Pattern HEADING = Pattern.compile("(?m)^(#{1,6}) (.+)$");
    private static final Pattern FENCE = Pattern.compile("(?ms)^```.*?^```[ \\t]*$");

    private Markdown() {
    }

    public static String read(Path page) {
        try {
            return Files.readString(page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with every fenced code block blanked out, line breaks kept (so line numbers still hold). */
    public static String withoutFencedCode(String text) {
        Matcher m = FENCE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group().replaceAll("[^\\n]", "")));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The lines inside fenced code blocks. */
    public static List<String> fencedCodeLines(String text) {
        List<String> lines = new ArrayList<>();
        Matcher m = FENCE.matcher(text);
        while (m.find()) {
            String[] block = m.group().split("\n");
            for (int i = 1; i < block.length - 1; i++) {
                lines.add(block[i]);
            }
        }
        return lines;
    }

    /** GitHub's anchor of a heading: lower case, punctuation dropped, spaces as hyphens. */
    public static String anchor(String heading) {
        return heading.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\s_-]", "").replace(' ', '-');
    }

    /** The headings of a page, in order, outside code blocks. */
    public static List<String> headings(String text) {
        List<String> headings = new ArrayList<>();
        Matcher m = HEADING.matcher(withoutFencedCode(text));
        while (m.find()) {
            headings.add(m.group(2));
        }
        return headings;
    }

    /** The levels of the headings of a page, in order. */
    public static List<Integer> headingLevels(String text) {
        List<Integer> levels = new ArrayList<>();
        Matcher m = HEADING.matcher(withoutFencedCode(text));
        while (m.find()) {
            levels.add(m.group(1).length());
        }
        return levels;
    }

    /** Every anchor a page offers; a repeated heading gets GitHub's {@code -1}, {@code -2} suffixes. */
    public static Set<String> anchors(String text) {
        Set<String> anchors = new LinkedHashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        for (String heading : headings(text)) {
            String anchor = anchor(heading);
            int count = seen.merge(anchor, 1, Integer::sum);
            anchors.add(count == 1 ? anchor : anchor + "-" + (count - 1));
        }
        return anchors;
    }

    /** The targets of the page's links and pictures, outside code blocks, in order. */
    public static List<String> links(String text) {
        List<String> links = new ArrayList<>();
        Matcher m = LINK.matcher(withoutFencedCode(text));
        while (m.find()) {
            links.add(m.group(1));
        }
        return links;
    }

    /** The targets of the page's pictures, in order. */
    public static List<String> images(String text) {
        List<String> images = new ArrayList<>();
        Matcher m = IMAGE.matcher(withoutFencedCode(text));
        while (m.find()) {
            images.add(m.group(1));
        }
        return images;
    }

    /** Whether a link leaves the page's own files (a web address or mail). */
    public static boolean isExternal(String target) {
        return target.matches("^[a-z][a-z0-9+.-]*:.*");
    }

    /**
     * Every local link of {@code page} that does not resolve: a file that is not there, a file outside
     * {@code root}, or an anchor the target page does not have. Each is described for an assertion message.
     */
    public static List<String> brokenLinks(Path page, Path root) {
        List<String> broken = new ArrayList<>();
        Path base = page.toAbsolutePath().normalize().getParent();
        Path top = root.toAbsolutePath().normalize();
        for (String target : links(read(page))) {
            if (isExternal(target)) {
                continue; // http:, mailto: — not ours to check offline
            }
            int hash = target.indexOf('#');
            String file = hash < 0 ? target : target.substring(0, hash);
            String fragment = hash < 0 ? "" : target.substring(hash + 1);
            Path linked = file.isEmpty() ? page.toAbsolutePath().normalize() : base.resolve(file).normalize();
            if (!linked.startsWith(top)) {
                broken.add(page.getFileName() + " links outside the repository: " + target);
            } else if (!Files.exists(linked)) {
                broken.add(page.getFileName() + " links to a missing file: " + target);
            } else if (!fragment.isEmpty() && !(linked.toString().endsWith(".md")
                    && anchors(read(linked)).contains(fragment))) {
                broken.add(page.getFileName() + " links to a missing anchor: " + target);
            }
        }
        return broken;
    }
}
