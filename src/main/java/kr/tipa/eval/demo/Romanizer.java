package kr.tipa.eval.demo;

/**
 * Revised Romanization of Hangul syllables, letter by letter: enough for a readable fallback in a
 * demo PDF when no Korean font is installed. Other characters pass through when they are Latin-1.
 */
final class Romanizer {

    private static final String[] INITIAL = {"g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj",
        "ch", "k", "t", "p", "h"};
    private static final String[] MEDIAL = {"a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe",
        "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"};
    private static final String[] FINAL = {"", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p",
        "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"};

    private Romanizer() {
    }

    static String romanize(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0xAC00 && c <= 0xD7A3) {
                int index = c - 0xAC00;
                out.append(INITIAL[index / (21 * 28)]).append(MEDIAL[(index % (21 * 28)) / 28]).append(FINAL[index % 28]);
            } else if (c < 0x100) {
                out.append(c);
            } else if (c == '·') {
                out.append('/');
            } else {
                out.append('?');
            }
        }
        return out.toString();
    }
}
