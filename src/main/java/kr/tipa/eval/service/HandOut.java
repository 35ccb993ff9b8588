package kr.tipa.eval.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.io.DurableFiles;
import kr.tipa.eval.signing.SigningException;
import kr.tipa.eval.signing.SigningIdentity;
import kr.tipa.eval.signing.VerificationResult;
import kr.tipa.eval.signing.WorkbookSigner;
import kr.tipa.eval.storage.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How a file leaves the application for the user — a score sheet, a result workbook, a backup: written
 * beside the target under a {@code .partial} name, signed when others must be able to trust it, put in
 * place durably, hashed from the bytes on disk and recorded in the audit trail with that hash. A failure
 * anywhere leaves neither a file under the target's name nor the partial one.
 */
public final class HandOut {

    private static final Logger LOG = LoggerFactory.getLogger(HandOut.class);

    /** Writes the whole file at the path given (the partial file). */
    @FunctionalInterface
    interface Body {
        void writeTo(Path partial) throws IOException;
    }

    /** The audit entry the file gets; its detail gains {@code fileSha256} and {@code bytes}. */
    record Note(String actor, String action, String subject, Map<String, ?> detail) {
    }

    /** What was handed out; {@code signature} is empty for an unsigned file. */
    record Written(Path file, String sha256, long size, Optional<VerificationResult> signature) {
    }

    private final AuditLog audit;
    private final Messages messages;
    private final Clock clock;

    public HandOut(AuditLog audit, Messages messages, Clock clock) {
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    /** A workbook signed with {@code identity}; the signature is verified before the file takes its name. */
    Written signed(Path target, Body body, SigningIdentity identity, Note note) {
        return write(target, body, Optional.of(identity), note);
    }

    Written unsigned(Path target, Body body, Note note) {
        return write(target, body, Optional.empty(), note);
    }

    private Written write(Path target, Body body, Optional<SigningIdentity> identity, Note note) {
        Path partial = target.resolveSibling("." + target.getFileName() + ".partial");
        try {
            body.writeTo(partial);
            Optional<VerificationResult> signature = Optional.empty();
            if (identity.isPresent()) {
                signature = Optional.of(new WorkbookSigner(clock).sign(partial, target, identity.get()));
            } else {
                DurableFiles.force(partial);
                DurableFiles.moveIntoPlace(partial, target);
            }
            String sha256 = sha256(target);
            long size = Files.size(target);
            Map<String, Object> detail = new LinkedHashMap<>(note.detail());
            detail.put("fileSha256", sha256);
            detail.put("bytes", size);
            audit.append(note.actor(), note.action(), note.subject(), detail);
            return new Written(target, sha256, size, signature);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SigningException e) {
            throw new IllegalStateException(e.render(messages), e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException e) {
                LOG.warn("could not remove the partial file {}", partial, e);
            }
        }
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
