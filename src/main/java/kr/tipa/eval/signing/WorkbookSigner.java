package kr.tipa.eval.signing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Date;
import java.util.Objects;
import javax.xml.crypto.MarshalException;
import javax.xml.crypto.dsig.XMLSignatureException;
import kr.tipa.eval.io.DurableFiles;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.crypt.HashAlgorithm;
import org.apache.poi.poifs.crypt.dsig.SignatureConfig;
import org.apache.poi.poifs.crypt.dsig.SignatureInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adds an OOXML signature to a workbook POI wrote, as Excel does: {@code _xmlsignatures/sig1.xml} with
 * POI's default facets (the package Manifest with the signing time, Office's SignatureInfoV1 with our
 * comment, XAdES signed properties, KeyInfo with the certificate), RSA-SHA256 over SHA-256 digests.
 *
 * <p>The source is never modified in place: the signed package is written to a temporary file beside
 * the target, verified with {@link WorkbookVerifier}, and only then moved over the target in one step.
 * What we hand out therefore always passes our own verification, and a crash leaves the old file.
 * Signing an already signed workbook replaces its signature (POI's default), so the last signer owns it.
 */
public final class WorkbookSigner {

    public static final String DEFAULT_DESCRIPTION = "tipa-eval 평가표";

    private static final Logger LOG = LoggerFactory.getLogger(WorkbookSigner.class);

    private final Clock clock;
    private final WorkbookVerifier verifier;
    private final ZipLimits limits;
    private final String description;

    public WorkbookSigner(Clock clock, WorkbookVerifier verifier, ZipLimits limits, String description) {
        this.clock = Objects.requireNonNull(clock);
        this.verifier = Objects.requireNonNull(verifier);
        this.limits = Objects.requireNonNull(limits);
        this.description = Objects.requireNonNull(description);
    }

    public WorkbookSigner(Clock clock) {
        this(clock, new WorkbookVerifier(), ZipLimits.WORKBOOK, DEFAULT_DESCRIPTION);
    }

    public WorkbookSigner() {
        this(Clock.systemUTC());
    }

    /** Signs {@code workbook} and replaces it with the signed version. */
    public VerificationResult signInPlace(Path workbook, SigningIdentity identity) throws SigningException {
        return sign(workbook, workbook, identity);
    }

    /**
     * Writes a signed copy of {@code source} to {@code target} (which may be the same file).
     *
     * @return the verification of what was written: valid, signed by {@code identity}
     * @throws SigningException when nothing was written: the source is refused, signing failed, or the
     *         result would not verify
     */
    public VerificationResult sign(Path source, Path target, SigningIdentity identity) throws SigningException {
        CryptoSetup.ensure();
        if (ZipInspection.inspect(source, limits) instanceof ZipInspection.Refused refused) {
            throw new SigningException(SigningException.Problem.NOT_A_WORKBOOK,
                    VerificationResult.invalid(source, refused.reason(), refused.detail()), null);
        }
        Path temp;
        try {
            temp = DurableFiles.tempBeside(target);
        } catch (IOException e) {
            throw new SigningException(SigningException.Problem.FAILED, null, e);
        }
        try {
            writeSigned(source, temp, identity);
            DurableFiles.force(temp);
            VerificationResult written = verifier.verify(temp);
            if (!written.valid()) {
                throw new SigningException(SigningException.Problem.NOT_VERIFIABLE, written, null);
            }
            DurableFiles.copyPermissions(Files.exists(target) ? target : source, temp);
            DurableFiles.moveIntoPlace(temp, target);
            LOG.info("signed {} as {}", target.getFileName(), identity);
            return VerificationResult.valid(target, written.signers());
        } catch (IOException e) {
            throw new SigningException(SigningException.Problem.FAILED, null, e);
        } finally {
            deleteQuietly(temp);
        }
    }

    private void writeSigned(Path source, Path temp, SigningIdentity identity) throws SigningException {
        OPCPackage pkg;
        try {
            // READ_WRITE lets POI add the signature parts; the package is saved elsewhere and then
            // reverted, so the source file itself is never rewritten.
            pkg = OPCPackage.open(source.toFile(), PackageAccess.READ_WRITE);
        } catch (InvalidFormatException | RuntimeException e) {
            throw new SigningException(SigningException.Problem.NOT_A_WORKBOOK,
                    VerificationResult.invalid(source, InvalidReason.NOT_WORKBOOK, ""), e);
        }
        try {
            SignatureConfig config = new SignatureConfig();
            config.setKey(identity.privateKey());
            config.setSigningCertificateChain(identity.chain());
            config.setDigestAlgo(HashAlgorithm.sha256);
            config.setSignatureDescription(description);
            config.setExecutionTime(Date.from(clock.instant()));
            SignatureInfo signature = new SignatureInfo();
            signature.setSignatureConfig(config);
            signature.setOpcPackage(pkg);
            signature.confirmSignature();
            pkg.save(temp.toFile());
        } catch (XMLSignatureException | MarshalException | IOException | RuntimeException e) {
            throw new SigningException(SigningException.Problem.FAILED, null, e);
        } finally {
            pkg.revert();
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            LOG.warn("could not remove the temporary file {}", temp, e);
        }
    }
}
