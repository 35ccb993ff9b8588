package kr.tipa.eval.signing;

/** Why a workbook's signature does not hold, each with the message key a screen or command shows. */
public enum InvalidReason {
    /** The file is missing or cannot be read. {0}: file name. */
    UNREADABLE("signing.reason.unreadable"),
    /** Zero bytes. */
    EMPTY("signing.reason.empty"),
    /** Not a ZIP archive, or a damaged one. */
    NOT_ZIP("signing.reason.notZip"),
    /** Bigger than the compressed limit. {0}: limit in MB. */
    TOO_LARGE("signing.reason.tooLarge"),
    /** Unpacks to more than the total limit. {0}: limit in MB. */
    TOO_LARGE_UNPACKED("signing.reason.tooLargeUnpacked"),
    /** More entries than the limit. {0}: the limit. */
    TOO_MANY_ENTRIES("signing.reason.tooManyEntries"),
    /** An entry inflates beyond the ratio limit (a ZIP bomb). {0}: entry name. */
    SUSPICIOUS_COMPRESSION("signing.reason.suspiciousCompression"),
    /** An entry name with {@code ..}, a leading {@code /}, a backslash or control characters. {0}: the name. */
    BAD_ENTRY_NAME("signing.reason.badEntryName"),
    /** Two entries whose names differ at most in case. {0}: the name. */
    DUPLICATE_ENTRY("signing.reason.duplicateEntry"),
    /** A ZIP, but not an Office package POI can open. */
    NOT_WORKBOOK("signing.reason.notWorkbook"),
    /** No signature at all. */
    NOT_SIGNED("signing.reason.notSigned"),
    /** A signature part that is missing, unreadable, or uses constructs we do not accept. */
    MALFORMED_SIGNATURE("signing.reason.malformedSignature"),
    /** The signature value or a digest does not match: the content changed after signing. */
    TAMPERED("signing.reason.tampered"),
    /** A part of the package the signature does not cover. {0}: part name. */
    UNCOVERED_PART("signing.reason.uncoveredPart"),
    /** The certificate shown is not the one the signature commits to, or is itself broken or weak. */
    CERTIFICATE("signing.reason.certificate"),
    /** Signatures by more than one person. {0}: how many. */
    MULTIPLE_SIGNERS("signing.reason.multipleSigners"),
    /** Anything else went wrong while checking. {0}: a technical hint. */
    ERROR("signing.reason.error");

    private final String key;

    InvalidReason(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
