package kr.tipa.eval.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import kr.tipa.eval.bundle.BundleIntegrityException;
import kr.tipa.eval.bundle.BundleProblem;
import kr.tipa.eval.bundle.BundleReader;
import kr.tipa.eval.bundle.BundleRefusedException;
import kr.tipa.eval.bundle.ReadBundle;
import kr.tipa.eval.bundle.ReadProgress;
import kr.tipa.eval.domain.panel.Panel;
import kr.tipa.eval.domain.panel.RosterMember;
import kr.tipa.eval.domain.screening.ScreeningDecision;
import kr.tipa.eval.domain.screening.ScreeningStatus;
import kr.tipa.eval.i18n.Localizable;
import kr.tipa.eval.model.BundleRecord;
import kr.tipa.eval.model.PanelMember;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.signing.Fingerprint;
import kr.tipa.eval.storage.ApplicationRepository;
import kr.tipa.eval.storage.AuditLog;
import kr.tipa.eval.storage.DocumentStore;
import kr.tipa.eval.storage.EvaluatorRepository;
import kr.tipa.eval.storage.RoundRepository;
import kr.tipa.eval.storage.RoundSetupRepository;
import kr.tipa.eval.storage.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports an application bundle all-or-nothing: the bundle is read and checked whole (its documents
 * staged inside the data folder) before the database is even opened; then one transaction records
 * the round, its applications, documents and screening. A refused bundle leaves nothing behind. A
 * signed (version 2) bundle's agency certificate is pinned per programme on first import and checked
 * on every later one ({@link AgencyPins}), and its panels, roster and 제척 are kept with the round.
 */
public final class ImportService {

    private static final Logger LOG = LoggerFactory.getLogger(ImportService.class);

    private final Path dataFolder;
    private final BundleReader reader;
    private final DocumentStore documents;
    private final Transactions transactions;
    private final RoundRepository rounds;
    private final ApplicationRepository applications;
    private final ScreeningService screening;
    private final AuditLog audit;
    private final AgencyPins pins;
    private final EvaluatorRepository evaluators;
    private final Clock clock;
    private final Object storing = new Object();

    public ImportService(Path dataFolder, BundleReader reader, DocumentStore documents, Transactions transactions,
            RoundRepository rounds, ApplicationRepository applications, RoundSetupRepository setups,
            EvaluatorRepository evaluators, ScreeningService screening, AuditLog audit, Clock clock) {
        this.dataFolder = dataFolder;
        this.reader = reader;
        this.documents = documents;
        this.transactions = transactions;
        this.rounds = rounds;
        this.applications = applications;
        this.screening = screening;
        this.audit = audit;
        this.pins = new AgencyPins(setups, audit);
        this.evaluators = evaluators;
        this.clock = clock;
    }

    /**
     * @param newVersion accept a new {@code bundleId} for a round already held
     * @throws NewVersionRequiredException when the bundle is a new version and that was not asked for
     * @throws BundleIntegrityException    when its agency signature is missing, broken, or not the pinned
     *                                     certificate's; nothing was written
     * @throws BundleRefusedException      when the bundle is faulty; nothing was written
     */
    public ImportOutcome importBundle(Path bundle, boolean newVersion, String actor, ReadProgress progress)
            throws BundleRefusedException, IOException {
        return importBundle(bundle, newVersion, Optional.empty(), actor, progress);
    }

    /**
     * @param agencyLetter the agency certificate's fingerprint as the agency's letter gives it: the bundle
     *                     must be signed with exactly that certificate
     */
    public ImportOutcome importBundle(Path bundle, boolean newVersion, Optional<Fingerprint> agencyLetter,
            String actor, ReadProgress progress) throws BundleRefusedException, IOException {
        boolean folderExisted = Files.exists(dataFolder);
        try (DocumentStore.Staging staging = documents.beginStaging()) {
            ReadBundle read = reader.read(bundle, staging, progress);
            String source = String.valueOf(bundle.getFileName());
            AgencyPins.checkLetter(read, source, agencyLetter);
            // One import at a time stores and, when it fails, takes its documents back: another import
            // must not find a document in place, rely on it, and then see it taken back.
            synchronized (storing) {
                try {
                    return transactions.inTransaction(() -> store(read, source, newVersion, staging, actor,
                            agencyLetter.isPresent()));
                } catch (BundleRefusedException | RuntimeException | Error e) {
                    takeBack(staging, e);
                    throw e;
                }
            }
        } finally {
            if (!folderExisted) {
                removeIfEmpty(dataFolder);
            }
        }
    }

    private ImportOutcome store(ReadBundle read, String source, boolean newVersion, DocumentStore.Staging staging,
            String actor, boolean letterChecked) throws BundleRefusedException {
        var manifest = read.manifest();
        ImportOutcome.AgencyCheck agency = pins.check(read, source, letterChecked);
        refuseUnlessSelfOnRoster(manifest.setup().panels(), source);
        Optional<BundleRecord> known = rounds.findBundle(manifest.bundleId());
        if (known.isPresent()) {
            if (!known.get().manifestSha256().equals(read.manifestSha256())) {
                throw new BundleRefusedException(new BundleProblem(source, "bundleId",
                        Localizable.of("import.bundleId.conflict", manifest.bundleId())));
            }
            Round round = rounds.findById(known.get().roundId()).orElseThrow();
            return new ImportOutcome(ImportOutcome.Kind.UNCHANGED, round, manifest.bundleId(),
                    known.get().versionNo(), read.applications().size(), 0, Map.of(), read.warnings(), agency);
        }
        Instant now = clock.instant();
        Optional<Round> held = rounds.findByCode(manifest.program().code());
        Round round;
        int version;
        if (held.isEmpty()) {
            round = rounds.create(manifest.program(), manifest.bundleId(), now);
            version = 1;
        } else {
            if (!newVersion) {
                throw new NewVersionRequiredException(source, held.get().programCode(),
                        held.get().currentBundleId(), held.get().versionNo(), manifest.bundleId());
            }
            version = held.get().versionNo() + 1;
            rounds.advance(held.get().id(), manifest.program(), manifest.bundleId(), version, now);
            round = rounds.findById(held.get().id()).orElseThrow();
        }
        rounds.insertBundle(new BundleRecord(manifest.bundleId(), round.id(), version, read.manifestSha256(),
                manifest.createdAt().toInstant(), now, source, read.applications().size()), manifest.program());
        for (ReadBundle.Item item : read.applications()) {
            applications.upsert(round.id(), manifest.bundleId(), item);
            for (ReadBundle.Document document : item.documents()) {
                keep(staging, document);
            }
        }
        Set<String> present = read.applications().stream()
                .map(i -> i.application().receiptNo()).collect(Collectors.toSet());
        try {
            staging.sync();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int withdrawn = applications.withdrawAllBut(round.id(), present);
        if (agency != null) {
            pins.store(read, round, agency, actor, now);
        }
        Map<ScreeningStatus, Long> counts = new LinkedHashMap<>();
        for (ScreeningDecision decision : screening.screen(round)) {
            counts.merge(decision.status(), 1L, Long::sum);
        }
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("bundleId", manifest.bundleId());
        detail.put("version", version);
        detail.put("applications", read.applications().size());
        detail.put("manifestSha256", read.manifestSha256());
        detail.put("withdrawn", withdrawn);
        if (agency != null) {
            detail.put("formatVersion", manifest.formatVersion());
            detail.put("agencyFingerprint", agency.fingerprint());
        }
        audit.append(actor, version == 1 ? "IMPORT" : "IMPORT_NEW_VERSION", round.programCode(), detail);
        LOG.info("imported round {} version {}: {} applications, {} withdrawn", round.programCode(), version,
                read.applications().size(), withdrawn);
        return new ImportOutcome(version == 1 ? ImportOutcome.Kind.IMPORTED : ImportOutcome.Kind.NEW_VERSION, round,
                manifest.bundleId(), version, read.applications().size(), withdrawn, counts, read.warnings(), agency);
    }

    /**
     * A round for one panel that names its roster (a panel package) ties the laptop to that panel: the
     * laptop's own evaluator, registered before the import, must be on it. (Registered after it, the
     * evaluator service holds them to the roster instead.)
     */
    private void refuseUnlessSelfOnRoster(List<Panel> panels, String source) throws BundleRefusedException {
        if (panels.size() != 1 || panels.get(0).members().isEmpty()) {
            return;
        }
        Panel panel = panels.get(0);
        Optional<PanelMember> self = evaluators.self();
        if (self.isEmpty() || panel.member(self.get().id()).isPresent()) {
            return;
        }
        String roster = String.join(", ", panel.members().stream().map(RosterMember::evaluatorId).toList());
        throw new BundleRefusedException(new BundleProblem(source, "panels[0].members",
                Localizable.of("import.roster.selfNotOnRoster", self.get().id(), panel.id(), roster)));
    }

    /** The transaction rolled back: the documents it put in place go too, so that nothing of it stays. */
    private static void takeBack(DocumentStore.Staging staging, Throwable failure) {
        try {
            staging.takeBack();
        } catch (IOException | RuntimeException e) {
            failure.addSuppressed(e);
            LOG.warn("could not take back the documents of a failed import", e);
        }
    }

    private static void keep(DocumentStore.Staging staging, ReadBundle.Document document) {
        try {
            staging.keep(document.staged(), document.attached().sha256());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void removeIfEmpty(Path folder) {
        try {
            Files.deleteIfExists(folder);
        } catch (DirectoryNotEmptyException e) {
            // The import went through: the folder holds the new database.
        } catch (IOException e) {
            // Leaving an empty folder is harmless.
        }
    }
}
