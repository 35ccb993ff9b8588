package kr.tipa.eval.hardening;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Random;

/** The odd values the fuzz draws from: each is something a careless reader has tripped over somewhere. */
final class Hostile {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    static final List<String> TEXTS = List.of("", " ", "\t\n", "\u0000", "a\u0000b", "\ud800", "\udc00x",
            "\u202e서계획", "\u200b", "\ufeff", "한\u0301", Normalizer.normalize("참가계획서", Normalizer.Form.NFD),
            "😀🇰🇷", "２０２４-EXP-０００１", "٢٠٢٤", "  앞뒤 공백  ", "'{0}' {1,number} %s %n", "${jndi:ldap://x/a}",
            "<script>alert(1)</script>", "../../etc/passwd", "C:\\Windows\\win.ini", "CON", "\r\n\r\n",
            "가".repeat(2001), "a".repeat(70_000), "\ud83d\ude00".repeat(1000));

    /** Names an entry or a document's {@code file} may be given; some valid, most not. */
    static final List<String> NAMES = List.of("../evil.pdf", "documents/../../evil.pdf", "/abs.pdf",
            "\\\\server\\share\\x.pdf", "documents\\x.pdf", "C:/x.pdf", "c:x.pdf", "D:\\x.pdf",
            "documents/\u0000.pdf", "documents/a\u0001b.pdf", "documents/" + "가".repeat(3000) + ".pdf",
            "documents/" + "a".repeat(60_000) + ".pdf", "documents/.pdf", "documents/ .pdf", "documents/x.PDF",
            "documents/x.pdf ", "documents/x.pdf.", "documents//x.pdf", "documents/./x.pdf",
            "documents/x/../y.pdf", "documents/..", "", "/", ".", "documents/", "documents/con.pdf",
            "documents/\u202efdp.exe", "documents/증빙.hwpx", "documents/사진.jpeg", "documents/sub/deeper/증빙.docx",
            Normalizer.normalize("documents/참가계획서.pdf", Normalizer.Form.NFD), "documents/x.exe",
            "documents/x", "documents/x.pdf/");

    /** Whole entry names, for entries added or renamed. */
    static final List<String> ENTRY_NAMES = List.of("../../evil.sh", "applications/../../evil.sh", "/etc/cron.d/x",
            "C:/Windows/evil.dll", "C:evil.dll", "applications\\2024-EXP-0001\\x.pdf", "manifest.json/",
            "Manifest.json", "MANIFEST.JSON", "applications/", "applications//application.json",
            "applications/2024-EXP-0001/application.json/", "applications/2024-EXP-0001/Application.json",
            "applications/2024-EXP-0999/application.json", "applications/2024-EXP-0001/documents/",
            "applications/2024-EXP-0001/documents/extra.pdf", "readme.txt", "applications/x", "x\u0000y",
            "a\u007fb", "", "applications/2024-EXP-0001/documents/" + "b".repeat(65_000),
            "applications/" + "c".repeat(300) + "/application.json", "__MACOSX/._manifest.json", ".DS_Store");

    static final List<String> RECEIPTS = List.of("..", ".", "2024/EXP", "2024\\EXP", "C:", "2024-EXP-0001\u0000",
            "a".repeat(64), "a".repeat(65), "-lead", "2024-EXP-0001 ", "접수1", "", "2024-EXP-0999", "X", "2024-EXP-0002");

    static final List<String> DATE_TIMES = List.of("2024-09-04T14:00:00+09:00", "+999999999-12-31T23:59:59-18:00",
            "-999999999-01-01T00:00:00+18:00", "+10000-01-01T00:00:00Z", "0000-01-01T00:00:00Z",
            "2024-02-30T00:00:00+09:00", "2024-09-04T14:00:00", "2024-09-04", "2024-13-01T00:00:00Z",
            "２０２４-09-04T14:00:00+09:00", "2024-09-04T14:00:00+09:00[Asia/Seoul]", "2024-09-04T24:00:00+09:00",
            "1970-01-01T00:00:00Z", "2024-09-04T14:00:00.123456789+09:00", "2024-09-04T14:00:00+19:00");

    static final List<String> DATES = List.of("+999999999-12-31", "-999999999-01-01", "2024-02-29", "2023-02-29",
            "0000-00-00", "2022-12-31T00:00:00Z", "20221231", "2019-09-04", "2019-09-03", "+10000-01-01");

    static final List<String> ENUMS = List.of("lead", "LEAD ", "", "SUCCESS\u0000", "ＬＥＡＤ", "FAILURE", "JOINT",
            "ABANDONED", "EVIDENCE", "GROUP_INSURANCE_FORM", "APPLICATION_FORM", "null");

    private Hostile() {
    }

    static <T> T pick(Random random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    /** A value of any type, the wrong one as often as not. */
    static JsonNode value(Random random) {
        return switch (random.nextInt(22)) {
            case 0 -> JSON.nullNode();
            case 1 -> JSON.booleanNode(random.nextBoolean());
            case 2 -> JSON.numberNode(0);
            case 3 -> JSON.numberNode(-1);
            case 4 -> JSON.numberNode(new BigDecimal("1.5"));
            case 5, 6, 7 -> number(random);
            case 8 -> JSON.textNode("1");
            case 9 -> JSON.textNode("true");
            case 10, 11, 12 -> JSON.textNode(pick(random, TEXTS));
            case 13 -> JSON.arrayNode();
            case 14 -> JSON.objectNode();
            case 15 -> JSON.arrayNode().addNull();
            case 16 -> manyItems(random);
            case 17 -> nested(random, pick(random, List.of(10, 63, 64, 65, 200, 900)));
            case 18 -> JSON.textNode(pick(random, DATE_TIMES));
            case 19 -> JSON.textNode(pick(random, DATES));
            case 20 -> JSON.textNode(pick(random, ENUMS));
            default -> JSON.objectNode().putNull("");
        };
    }

    /** Numbers at and past every edge: exponents that would print a billion digits, 2^63, 100 digits. */
    static JsonNode number(Random random) {
        return switch (random.nextInt(14)) {
            case 0 -> JSON.numberNode(new BigDecimal("1e999999999"));
            case 1 -> JSON.numberNode(new BigDecimal("-1e999999999"));
            case 2 -> JSON.numberNode(new BigDecimal("1e-999999999"));
            case 3 -> JSON.numberNode(new BigDecimal("60.0000000000000000000000001"));
            case 4 -> JSON.numberNode(BigInteger.TWO.pow(63));
            case 5 -> JSON.numberNode(BigInteger.TWO.pow(64).negate());
            case 6 -> JSON.numberNode(new BigInteger("9".repeat(99 + random.nextInt(3))));
            case 7 -> JSON.numberNode(Integer.MAX_VALUE);
            case 8 -> JSON.numberNode(Integer.MIN_VALUE);
            case 9 -> JSON.numberNode(new BigDecimal("-0.0"));
            case 10 -> JSON.numberNode(new BigDecimal("1E+2"));
            case 11 -> JSON.numberNode(random.nextInt(200) - 50);
            case 12 -> JSON.numberNode(new BigDecimal("0.005"));
            default -> JSON.numberNode(1L << 40);
        };
    }

    static JsonNode nested(Random random, int depth) {
        JsonNode node = JSON.numberNode(1);
        for (int i = 0; i < depth; i++) {
            node = random.nextBoolean() ? JSON.arrayNode().add(node) : JSON.objectNode().set("k" + i, node);
        }
        return node;
    }

    private static ArrayNode manyItems(Random random) {
        ArrayNode array = JSON.arrayNode();
        int count = random.nextBoolean() ? 10_000 : 300;
        for (int i = 0; i < count; i++) {
            array.add(random.nextBoolean() ? JSON.textNode("SUBMITTED_AT") : JSON.numberNode(i));
        }
        return array;
    }

    /** A small document-like content. */
    static byte[] small(Random random) {
        return ("%PDF-1.4\n% " + Long.toHexString(random.nextLong()) + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] noise(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }
}
