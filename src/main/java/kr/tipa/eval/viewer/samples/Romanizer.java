package kr.tipa.eval.viewer.samples;

/**
 * Hangul in the Revised Romanization, syllable by syllable (no sound-change rules): the fallback for a PDF
 * sample on a machine without a Hangul font, whose standard fonts only carry Latin letters. The text stays
 * recognisable ("chamgagyehoekseo") instead of turning into question marks.
 */
public final class Romanizer {

    private static final int FIRST = 0xAC00;
    private static final int LAST = 0xD7A3;
    private static final String[] INITIALS = {"g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j",
        "jj", "ch", "k", "t", "p", "h"};
    private static final String[] VOWELS = {"a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe",
        "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"};
    private static final String[] FINALS = {"", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p",
        "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"};

    private Romanizer() {
    }

    /** Printable ASCII only: Hangul romanized, common typographic marks simplified, anything else "?". */
    public static String romanize(String text) {
        StringBuilder out = new StringBuilder(text.length() * 3);
        text.codePoints().forEach(c -> {
            if (c >= FIRST && c <= LAST) {
                int index = c - FIRST;
                out.append(INITIALS[index / (21 * 28)]).append(VOWELS[index % (21 * 28) / 28])
                        .append(FINALS[index % 28]);
            } else if (c >= 0x20 && c < 0x7F) {
                out.appendCodePoint(c);
            } else {
                out.append(simplify(c));
            }
        });
        return out.toString();
    }

    private static String simplify(int c) {
        return switch (c) {
            case '\u2018', '\u2019' -> "'";
            case '\u201C', '\u201D' -> "\"";
            case '\u00B7', '\u2027', '\u2022' -> "-";
            case '\u2013', '\u2014', '\u223C', '\uFF5E' -> "-";
            case '\t' -> " ";
            default -> c >= 0x2460 && c <= 0x2473 ? "(" + (c - 0x2460 + 1) + ")" : "?";
        };
    }
}
