package kr.tipa.eval.service;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import kr.tipa.eval.bundle.BundleIntegrityException;
import kr.tipa.eval.bundle.BundleProblem;
import kr.tipa.eval.bundle.Manifest;
import kr.tipa.eval.bundle.ReadBundle;
import kr.tipa.eval.i18n.Localizable;
import kr.tipa.eval.signing.Fingerprint;
import kr.tipa.eval.signing.ManifestSignatures;
import kr.tipa.eval.storage.AuditLog;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.storage.RoundSetupRepository;

/**
 * Trust in the agency's certificate, as for evaluators' certificates: there is no authority offline, so
 * the first signed bundle of a programme pins its certificate on this database (its fingerprint shown
 * for a phone call, or compared with the agency's letter), and every later bundle of that programme
 * must carry the same one. Once a programme is pinned, an unsigned version 1 bundle of it is refused
 * too: dropping the signature must not be a way around the pin.
 */
final class AgencyPins {

    private final RoundSetupRepository setups;
    private final AuditLog audit;

    AgencyPins(RoundSetupRepository setups, AuditLog audit) {
        this.setups = setups;
        this.audit = audit;
    }

    /** Compares the bundle's signer with the fingerprint of the agency's letter, before anything is stored. */
    static void checkLetter(ReadBundle read, String source, Optional<Fingerprint> letter)
            throws BundleIntegrityException {
        if (letter.isEmpty()) {
            return;
        }
        Optional<ManifestSignatures.Signer> signer = read.agencySignature();
        if (signer.isEmpty()) {
            throw refusal(source, "import.agency.letterButUnsigned", letter.get().value());
        }
        if (!signer.get().fingerprint().equals(letter.get())) {
            throw refusal(source, "import.agency.letterMismatch", letter.get().value(),
                    signer.get().fingerprint().value());
        }
    }

    /**
     * The agency's signature checked against this programme's pin (inside the import's transaction).
     *
     * @return null for an unsigned bundle of a programme that is not pinned
     */
    ImportOutcome.AgencyCheck check(ReadBundle read, String source, boolean letterChecked)
            throws BundleIntegrityException {
        String programCode = read.manifest().program().code();
        Optional<RoundSetupRepository.AgencyPin> pin = setups.agencyPin(programCode);
        Optional<ManifestSignatures.Signer> signer = read.agencySignature();
        if (signer.isEmpty()) {
            if (pin.isPresent()) {
                throw refusal(source, "import.agency.unsignedAfterPin", programCode, pin.get().fingerprint());
            }
            return null;
        }
        String fingerprint = signer.get().fingerprint().value();
        if (pin.isPresent() && !pin.get().fingerprint().equals(fingerprint)) {
            throw refusal(source, "import.agency.otherCertificate", programCode, pin.get().fingerprint(),
                    fingerprint);
        }
        return new ImportOutcome.AgencyCheck(fingerprint, signer.get().commonName(), pin.isEmpty(), letterChecked);
    }

    /** Pins the certificate when this import is the programme's first signed one, and keeps the round's setup. */
    void store(ReadBundle read, Round round, ImportOutcome.AgencyCheck agency, String actor, Instant now) {
        Manifest manifest = read.manifest();
        if (agency.pinnedNow()) {
            ManifestSignatures.Signer signer = read.agencySignature().orElseThrow();
            setups.pinAgency(new RoundSetupRepository.AgencyPin(round.programCode(), agency.fingerprint(),
                    signer.der(), agency.signerName(), manifest.bundleId(), agency.checkedAgainstLetter(), now));
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("fingerprint", agency.fingerprint());
            detail.put("signer", agency.signerName());
            detail.put("bundleId", manifest.bundleId());
            detail.put("checkedAgainstLetter", agency.checkedAgainstLetter());
            audit.append(actor, "AGENCY_PIN", round.programCode(), detail);
        }
        setups.replace(round.id(), manifest.bundleId(), agency.fingerprint(), manifest.setup());
    }

    private static BundleIntegrityException refusal(String source, String key, Object... args) {
        return new BundleIntegrityException(new BundleProblem(source, Manifest.SIGNATURE_ENTRY,
                Localizable.of(key, args)));
    }
}
