package kr.tipa.eval.testing;

import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.tipa.eval.signing.SigningIdentity;
import kr.tipa.eval.signing.WorkbookSigner;

/**
 * Panel result workbooks changed the way someone holding the file (or the chair's own key) could change
 * them: the machine copy edited in the bytes, with the signature left broken, or stripped and made again.
 */
public final class PanelResultFiles {

    private static final String COPY_MARK = "tipa-eval-panel-result";

    private PanelResultFiles() {
    }

    /** The machine copy's JSON edited in place; the chair's signature no longer holds. */
    public static Path edited(Path signed, Path target, UnaryOperator<String> json) throws Exception {
        ZipEdit zip = ZipEdit.of(signed);
        zip.replaceText(copyPart(zip), xml -> json(xml, json));
        return zip.write(target);
    }

    /** The machine copy edited, the old signature taken off, and the file signed again by {@code identity}. */
    public static Path resigned(Path signed, Path target, UnaryOperator<String> json, SigningIdentity identity)
            throws Exception {
        ZipEdit zip = ZipEdit.of(signed).remove("_xmlsignatures/sig1.xml").remove("_xmlsignatures/origin.sigs")
                .remove("_xmlsignatures/_rels/origin.sigs.rels");
        zip.replaceText("_rels/.rels", r -> removeFirst(r, "<Relationship [^>]*digital-signature/origin[^>]*/>"));
        zip.replaceText("[Content_Types].xml",
                t -> removeFirst(t, "<Override [^>]*PartName=\"/_xmlsignatures/sig1.xml\"[^>]*/>"));
        if (json != null) {
            zip.replaceText(copyPart(zip), xml -> json(xml, json));
        }
        zip.write(target);
        new WorkbookSigner().signInPlace(target, identity);
        return target;
    }

    private static String copyPart(ZipEdit zip) {
        return zip.names().stream().filter(n -> n.startsWith("xl/worksheets/") && zip.text(n).contains(COPY_MARK))
                .findFirst().orElseThrow(() -> new AssertionError("no machine copy in the workbook"));
    }

    /**
     * The edit applied to the JSON as the sheet's XML holds it: the text node that starts the copy (a small
     * result fits one cell), unescaped, edited and escaped again.
     */
    private static String json(String xml, UnaryOperator<String> edit) {
        Matcher m = Pattern.compile("(<t[^>]*>)([^<]*" + Pattern.quote(COPY_MARK) + "[^<]*)(</t>)").matcher(xml);
        while (m.find()) {
            String text = m.group(2).replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                    .replace("&amp;", "&");
            if (!text.startsWith("{")) {
                continue;
            }
            String changed = edit.apply(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
            if (m.group(2).contains("&quot;")) {
                changed = changed.replace("\"", "&quot;");
            }
            return xml.substring(0, m.start(2)) + changed + xml.substring(m.end(2));
        }
        throw new AssertionError("no JSON text in the machine copy's sheet");
    }

    private static String removeFirst(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new AssertionError("no " + regex);
        }
        return text.substring(0, m.start()) + text.substring(m.end());
    }
}
