package kr.tipa.eval.signing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.poifs.crypt.dsig.SignatureConfig;
import org.apache.poi.poifs.crypt.dsig.SignatureInfo;
import org.apache.poi.poifs.crypt.dsig.SignaturePart;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Verifies the signature of a workbook that arrived by USB or e-mail. It never throws on bad input: every
 * fault is a {@link VerificationResult} with a reason. A workbook is valid only when
 * <ol>
 * <li>the file passes the ZIP limits before anything parses it ({@link ZipInspection});</li>
 * <li>it carries at least one signature, each well-formed by our rules ({@link SignatureXml});</li>
 * <li>each signature value and every digest hold (POI's {@link SignaturePart#validate()});</li>
 * <li>each signature commits to the certificate it shows ({@link CertificateChecks});</li>
 * <li>each signature covers every part of the package ({@link PackageCoverage});</li>
 * <li>all signatures are by one person (same certificate fingerprint). Two people signing one score
 *     sheet means it went through someone else's hands after the evaluator: the chair should ask, so
 *     it is invalid, and the result lists every signer so the screen can say who.</li>
 * </ol>
 * Because the checks are on parts, not on ZIP bytes, re-zipping the same parts (other order, other
 * compression) keeps a workbook valid.
 */
public final class WorkbookVerifier {

    private static final Logger LOG = LoggerFactory.getLogger(WorkbookVerifier.class);
    /** A signature part is tens of KB even for a hundred sheets. */
    private static final int MAX_SIGNATURE_BYTES = 4 * 1024 * 1024;

    private final ZipLimits limits;

    public WorkbookVerifier(ZipLimits limits) {
        this.limits = Objects.requireNonNull(limits);
    }

    public WorkbookVerifier() {
        this(ZipLimits.WORKBOOK);
    }

    /**
     * @param file the workbook; {@code null} is a programming error, everything else about the file is
     *        reported in the result
     */
    public VerificationResult verify(Path file) {
        Objects.requireNonNull(file, "file");
        try {
            return check(file);
        } catch (RuntimeException | StackOverflowError e) {
            LOG.warn("verification of {} failed unexpectedly", file.getFileName(), e);
            return VerificationResult.invalid(file, InvalidReason.ERROR, e.getClass().getSimpleName());
        }
    }

    private VerificationResult check(Path file) {
        List<String> entries;
        switch (ZipInspection.inspect(file, limits)) {
            case ZipInspection.Refused refused -> {
                return VerificationResult.invalid(file, refused.reason(), refused.detail());
            }
            case ZipInspection.Passed passed -> entries = passed.entryNames();
        }
        CryptoSetup.ensure();
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException | RuntimeException e) {
            LOG.debug("not an OPC package: {}", e.toString());
            return VerificationResult.invalid(file, InvalidReason.NOT_WORKBOOK, "");
        }
        try {
            return check(file, pkg, entries);
        } finally {
            pkg.revert();
        }
    }

    private VerificationResult check(Path file, OPCPackage pkg, List<String> entries) {
        SignatureParts.Found found;
        List<SignatureXml> parsed = new ArrayList<>();
        try {
            found = SignatureParts.find(pkg);
            for (PackagePart part : found.signatures()) {
                parsed.add(SignatureXml.parse(read(part)));
            }
        } catch (SignatureXml.Malformed e) {
            LOG.debug("malformed signature: {}", e.getMessage());
            return VerificationResult.invalid(file, InvalidReason.MALFORMED_SIGNATURE, "");
        }
        if (found.signatures().isEmpty()) {
            return VerificationResult.invalid(file, InvalidReason.NOT_SIGNED, "");
        }
        // A Manifest naming a part that is gone would send POI's dereferencer to Santuario's default one,
        // which resolves URIs outside the package; a removed part is a change to the signed content anyway.
        for (SignatureXml signature : parsed) {
            Optional<String> missing = firstMissingPart(pkg, signature);
            if (missing.isPresent()) {
                return VerificationResult.invalid(file, InvalidReason.TAMPERED, missing.get());
            }
        }
        Map<PackagePartName, SignaturePart> validators = poiSignatureParts(pkg);
        Set<PackagePartName> exempt = PackageCoverage.exemptParts(pkg, found);
        List<SignerInfo> signers = new ArrayList<>();
        for (int i = 0; i < parsed.size(); i++) {
            PackagePart part = found.signatures().get(i);
            SignatureXml signature = parsed.get(i);
            SignaturePart validator = validators.get(part.getPartName());
            if (validator == null) {
                return VerificationResult.invalid(file, InvalidReason.MALFORMED_SIGNATURE, "");
            }
            if (!validates(validator)) {
                return VerificationResult.invalid(file, InvalidReason.TAMPERED, "");
            }
            X509Certificate signer = validator.getSigner();
            if (!CertificateChecks.hold(signer, validator.getCertChain(), signature.certDigest())) {
                return VerificationResult.invalid(file, InvalidReason.CERTIFICATE, "");
            }
            signers.add(SignerInfo.of(signer, signature.signingTime().orElse(null), signature.description()));
            Optional<PackageCoverage.Gap> gap = PackageCoverage.check(pkg, entries, signature.parts(), exempt);
            if (gap.isPresent()) {
                return VerificationResult.invalid(file, gap.get().reason(), gap.get().part(), signers);
            }
        }
        long people = signers.stream().map(SignerInfo::fingerprint).distinct().count();
        if (people > 1) {
            return VerificationResult.invalid(file, InvalidReason.MULTIPLE_SIGNERS, Long.toString(people), signers);
        }
        return VerificationResult.valid(file, signers);
    }

    private static byte[] read(PackagePart part) throws SignatureXml.Malformed {
        try (InputStream in = part.getInputStream()) {
            byte[] bytes = in.readNBytes(MAX_SIGNATURE_BYTES + 1);
            if (bytes.length > MAX_SIGNATURE_BYTES) {
                throw new SignatureXml.Malformed("signature part too large");
            }
            return bytes;
        } catch (IOException e) {
            throw new SignatureXml.Malformed("signature part unreadable", e);
        }
    }

    private static Optional<String> firstMissingPart(OPCPackage pkg, SignatureXml signature) {
        for (SignatureXml.PartReference reference : signature.parts()) {
            try {
                if (pkg.getPart(PackagingURIHelper.createPartName(reference.partName())) == null) {
                    return Optional.of(reference.partName());
                }
            } catch (InvalidFormatException | IllegalArgumentException e) {
                return Optional.of(reference.partName());
            }
        }
        return Optional.empty();
    }

    /**
     * POI's validators, by part name. Secure validation is off because Santuario caps a Manifest at 30
     * references under it, which a 100-sheet workbook exceeds; {@link SignatureXml} enforces the same
     * restrictions (local references, no XSLT/XPath, modern digests, unique Ids) before we get here, and
     * {@link CertificateChecks} the key size.
     */
    private static Map<PackagePartName, SignaturePart> poiSignatureParts(OPCPackage pkg) {
        SignatureConfig config = new SignatureConfig();
        config.setSecureValidation(false);
        SignatureInfo info = new SignatureInfo();
        info.setSignatureConfig(config);
        info.setOpcPackage(pkg);
        Map<PackagePartName, SignaturePart> parts = new HashMap<>();
        for (SignaturePart part : info.getSignatureParts()) {
            parts.putIfAbsent(part.getPackagePart().getPartName(), part);
        }
        return parts;
    }

    /** POI reports some failures (a reference it cannot dereference, a broken KeyInfo) by throwing. */
    private static boolean validates(SignaturePart part) {
        try {
            return part.validate();
        } catch (RuntimeException e) {
            LOG.debug("signature does not validate: {}", e.toString());
            return false;
        }
    }
}
