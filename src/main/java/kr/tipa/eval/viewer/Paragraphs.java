package kr.tipa.eval.viewer;

import java.util.ArrayList;
import java.util.List;

/** Turns a text extractor's output into the paragraphs a reader sees. */
final class Paragraphs {

    /** What came out, and whether the text limit cut it. */
    record Split(List<String> paragraphs, boolean truncated) {
    }

    private Paragraphs() {
    }

    /**
     * One paragraph per line; control characters dropped, trailing spaces trimmed, runs of empty lines
     * folded to one gap, none at either end. Beyond {@code maxChars} the rest is dropped.
     */
    static Split split(String text, int maxChars) {
        boolean truncated = text.length() > maxChars;
        String kept = truncated ? text.substring(0, maxChars) : text;
        List<String> out = new ArrayList<>();
        boolean gap = false;
        for (String line : kept.split("\r\n|\r|\n", -1)) {
            String clean = clean(line);
            if (clean.isBlank()) {
                gap = !out.isEmpty();
                continue;
            }
            if (gap) {
                out.add("");
                gap = false;
            }
            out.add(clean);
        }
        return new Split(out, truncated);
    }

    private static String clean(String line) {
        StringBuilder out = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t' || !Character.isISOControl(c)) {
                out.append(c);
            }
        }
        return out.toString().stripTrailing();
    }

    /** The file name without its folder and extension: how evaluators know an attachment. */
    static String titleOf(String fileName) {
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
