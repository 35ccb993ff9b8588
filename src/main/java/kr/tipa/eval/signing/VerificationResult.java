package kr.tipa.eval.signing;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kr.tipa.eval.i18n.Localizable;
import kr.tipa.eval.i18n.Messages;

/**
 * What verifying a workbook found. {@code signers} lists every signature whose cryptography held, in
 * package order — also when the file is invalid for another reason (an uncovered part, a second signer),
 * so a screen can say who signed what. A broken signature names nobody: its claims prove nothing.
 *
 * @param reason {@code null} exactly when {@code valid}
 * @param detail what the reason is about (a part or entry name, a limit), or empty
 */
public record VerificationResult(Path file, boolean valid, InvalidReason reason, String detail,
        List<SignerInfo> signers) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");

    public VerificationResult {
        Objects.requireNonNull(file);
        if (valid == (reason != null)) {
            throw new IllegalArgumentException("a result is either valid or has a reason");
        }
        detail = detail == null ? "" : detail;
        signers = List.copyOf(signers);
        if (valid && signers.isEmpty()) {
            throw new IllegalArgumentException("a valid result names its signer");
        }
    }

    static VerificationResult valid(Path file, List<SignerInfo> signers) {
        return new VerificationResult(file, true, null, "", signers);
    }

    static VerificationResult invalid(Path file, InvalidReason reason, String detail, List<SignerInfo> signers) {
        return new VerificationResult(file, false, reason, detail, signers);
    }

    static VerificationResult invalid(Path file, InvalidReason reason, String detail) {
        return invalid(file, reason, detail, List.of());
    }

    /** The (first) signer: for a valid result, the person who signed. */
    public Optional<SignerInfo> signer() {
        return signers.stream().findFirst();
    }

    public Optional<InvalidReason> invalidReason() {
        return Optional.ofNullable(reason);
    }

    /** The reason in words, for an invalid result. */
    public Optional<Localizable> message() {
        return invalidReason().map(r -> Localizable.of(r.key(), detail));
    }

    /**
     * The lines a {@code verify FILE} command prints: the verdict first, then for each signer their name,
     * issuer, fingerprint (whole and short) and signing time in {@code zone}.
     */
    public List<String> describe(Messages messages, ZoneId zone) {
        List<String> lines = new ArrayList<>();
        lines.add(valid ? messages.get("signing.verify.valid")
                : messages.get("signing.verify.invalid", messages.get(reason.key(), detail)));
        for (SignerInfo signer : signers) {
            lines.add(messages.get("signing.verify.signer", signer.commonName(), signer.subject()));
            lines.add(messages.get("signing.verify.issuer", signer.issuer()));
            lines.add(messages.get("signing.verify.fingerprint", signer.fingerprint().value()));
            lines.add(messages.get("signing.verify.shortFingerprint", signer.fingerprint().shortForm()));
            lines.add(signer.signedAt()
                    .map(t -> messages.get("signing.verify.time", TIME.format(t.atZone(zone))))
                    .orElseGet(() -> messages.get("signing.verify.timeUnknown")));
        }
        return lines;
    }
}
