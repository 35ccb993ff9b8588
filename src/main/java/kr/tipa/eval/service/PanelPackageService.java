package kr.tipa.eval.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import kr.tipa.eval.authoring.PanelPackageBundle;
import kr.tipa.eval.bundle.BundleReader;
import kr.tipa.eval.bundle.BundleRefusedException;
import kr.tipa.eval.bundle.BundleWriter;
import kr.tipa.eval.bundle.Jsons;
import kr.tipa.eval.bundle.Manifest;
import kr.tipa.eval.bundle.ProgramJson;
import kr.tipa.eval.bundle.ReadProgress;
import kr.tipa.eval.domain.panel.AgencyConflict;
import kr.tipa.eval.domain.panel.Panel;
import kr.tipa.eval.domain.panel.Pseudonyms;
import kr.tipa.eval.domain.panel.RoundSetup;
import kr.tipa.eval.domain.screening.ScreeningDecision;
import kr.tipa.eval.domain.screening.ScreeningStatus;
import kr.tipa.eval.i18n.Localizable;
import kr.tipa.eval.model.BundleRecord;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.model.StoredApplication;
import kr.tipa.eval.model.StoredDocument;
import kr.tipa.eval.signing.ManifestSignatures;
import kr.tipa.eval.signing.SigningIdentity;
import kr.tipa.eval.storage.ApplicationRepository;
import kr.tipa.eval.storage.AuditLog;
import kr.tipa.eval.storage.DocumentStore;
import kr.tipa.eval.storage.PanelPackageRepository;
import kr.tipa.eval.storage.Transactions;

/**
 * The agency's split (round-authoring.md §2–3): after screening and its own decisions, one package per
 * panel, {@code <programCode>-<panelId>.tbundle}, signed with this database's owner key as the round build
 * signs. A package holds the panel alone and its eligible applications, each with the agency's screening
 * instead of the facts behind it; a blind round's companies get the round's pseudonyms. Refused while any
 * application of the round is still NEEDS_REVIEW. All-or-nothing over the output folder
 * ({@link PackageFolder}): every package is written, checked by our own reader and its files' hashes
 * compared with the stored ones before any is moved in.
 */
public final class PanelPackageService {

    private static final ZoneId KOREA = ZoneId.of("Asia/Seoul");
    static final String EXTENSION = ".tbundle";

    private final Transactions transactions;
    private final RoundService rounds;
    private final ApplicationRepository applications;
    private final ScreeningService screening;
    private final DocumentStore documents;
    private final BundleReader bundles;
    private final KeyService keys;
    private final PanelPackageRepository packages;
    private final AuditLog audit;
    private final Clock clock;

    public PanelPackageService(Transactions transactions, RoundService rounds, ApplicationRepository applications,
            ScreeningService screening, DocumentStore documents, BundleReader bundles, KeyService keys,
            PanelPackageRepository packages, AuditLog audit, Clock clock) {
        this.transactions = transactions;
        this.rounds = rounds;
        this.applications = applications;
        this.screening = screening;
        this.documents = documents;
        this.bundles = bundles;
        this.keys = keys;
        this.packages = packages;
        this.audit = audit;
        this.clock = clock;
    }

    /** {@link #split(Round, Path, String, ReadProgress)} recorded in the name of the agency that signs. */
    public List<PanelPackage> split(Round round, Path outDir, ReadProgress progress) {
        return split(round, outDir, null, progress);
    }

    /**
     * Writes every panel's package into {@code outDir}.
     *
     * @param actor who asks (for the audit trail); null for the signing agency's name
     * @return one package per panel, in the agency's panel order
     * @throws UnderReviewException  while any application is NEEDS_REVIEW; nothing was written
     * @throws RefusedException      when the round has no panels, or {@code outDir} is a file
     * @throws IntegrityException    when a stored document no longer has its recorded hash
     * @throws CancellationException when {@code progress} asked to stop; nothing was written
     */
    public List<PanelPackage> split(Round round, Path outDir, String actor, ReadProgress progress) {
        RoundSetup setup = rounds.setup(round).filter(s -> !s.panels().isEmpty())
                .orElseThrow(() -> new RefusedException("split.refused.noPanels", round.programCode()));
        Map<String, ScreeningDecision> decisions = screening.decisionsByReceipt(round);
        refuseWhileUnderReview(decisions);
        Map<String, StoredApplication> stored = new LinkedHashMap<>();
        rounds.applications(round).forEach(a -> stored.put(a.receiptNo(), a));
        Map<String, String> data = applications.dataOfRound(round.id());
        Map<String, String> pseudonyms = setup.blind() ? Pseudonyms.of(List.copyOf(data.keySet())) : Map.of();
        SigningIdentity agency = keys.ownerIdentity(round.program().agency());
        BundleRecord roundBundle = rounds.versions(round).stream()
                .filter(b -> b.bundleId().equals(round.currentBundleId())).findFirst().orElseThrow();
        List<Planned> planned = new ArrayList<>();
        long total = 0;
        for (Panel panel : setup.panels()) {
            Planned plan = plan(panel, setup, decisions, stored, data);
            planned.add(plan);
            total += plan.bytes();
        }
        OffsetDateTime now = OffsetDateTime.now(clock.withZone(KOREA));
        String who = actor == null ? agency.displayName() : actor;
        try (PackageFolder folder = PackageFolder.beside(outDir)) {
            Progress counted = new Progress(progress, total);
            List<Written> written = new ArrayList<>();
            for (Planned plan : planned) {
                written.add(write(round, setup, roundBundle, plan, pseudonyms, agency, now, folder, counted));
            }
            return transactions.inTransaction(() -> {
                List<PanelPackage> result = new ArrayList<>();
                for (Written w : written) {
                    Path file = folder.target().resolve(w.name());
                    packages.record(new PanelPackageRepository.Written(w.bundleId(), round.id(), w.plan().panel().id(),
                            roundBundle.bundleId(), w.manifestSha256(), w.name(), w.sha256(),
                            w.plan().items().size(), setup.blind(), who, now.toInstant()));
                    result.add(new PanelPackage(w.plan().panel().id(), w.plan().panel().name(), file,
                            w.plan().items().size(), w.sha256()));
                }
                audit.append(who, "ROUND_SPLIT", round.programCode(), detail(roundBundle, setup, written, agency));
                folder.publish();
                return result;
            });
        }
    }

    /** What goes into one panel's package. */
    private record Planned(Panel panel, List<AgencyConflict> conflicts, List<PanelPackageBundle.Item> items,
            List<List<StoredDocument>> files, long bytes) {
    }

    private record Written(Planned plan, String name, String bundleId, String manifestSha256, String sha256) {
    }

    private static void refuseWhileUnderReview(Map<String, ScreeningDecision> decisions) {
        List<String> open = decisions.values().stream().filter(d -> d.status() == ScreeningStatus.NEEDS_REVIEW)
                .map(ScreeningDecision::receiptNo).toList();
        if (open.isEmpty()) {
            return;
        }
        List<Localizable> reasons = new ArrayList<>();
        reasons.add(Localizable.of("split.refused.needsReview", open.size()));
        for (String receiptNo : open) {
            reasons.add(Localizable.of("split.refused.needsReview.item", receiptNo,
                    String.join(", ", decisions.get(receiptNo).codes().stream().map(Enum::name).toList())));
        }
        throw new UnderReviewException(open, reasons);
    }

    /** The panel's eligible applications, and the agency's 제척 among them of its own roster. */
    private Planned plan(Panel panel, RoundSetup setup, Map<String, ScreeningDecision> decisions,
            Map<String, StoredApplication> stored, Map<String, String> data) {
        List<PanelPackageBundle.Item> items = new ArrayList<>();
        List<List<StoredDocument>> files = new ArrayList<>();
        List<String> receipts = new ArrayList<>();
        long bytes = 0;
        for (String receiptNo : panel.receiptNos()) {
            ScreeningDecision decision = decisions.get(receiptNo);
            StoredApplication application = stored.get(receiptNo);
            if (application == null || decision == null || decision.status() != ScreeningStatus.ELIGIBLE) {
                continue;
            }
            List<PanelPackageBundle.File> attached = new ArrayList<>();
            for (StoredDocument document : application.documents()) {
                attached.add(new PanelPackageBundle.File(document.type(), document.file(),
                        () -> documents.open(document.sha256())));
                bytes += document.size();
            }
            items.add(new PanelPackageBundle.Item(receiptNo, data.get(receiptNo), decision, attached));
            files.add(application.documents());
            receipts.add(receiptNo);
        }
        List<AgencyConflict> conflicts = setup.conflicts().stream()
                .filter(c -> receipts.contains(c.receiptNo()) && panel.member(c.evaluatorId()).isPresent()).toList();
        Panel only = new Panel(panel.id(), panel.name(), panel.members(), receipts);
        return new Planned(only, conflicts, items, files, bytes);
    }

    private Written write(Round round, RoundSetup setup, BundleRecord roundBundle, Planned plan,
            Map<String, String> pseudonyms, SigningIdentity agency, OffsetDateTime now, PackageFolder folder,
            Progress progress) {
        String name = round.programCode() + "-" + plan.panel().id() + EXTENSION;
        String bundleId = UUID.randomUUID().toString();
        ObjectNode program = programJson(round, setup.blind());
        Manifest.SplitFrom from = new Manifest.SplitFrom(plan.panel().id(), roundBundle.bundleId(),
                roundBundle.manifestSha256());
        BundleWriter writer = PanelPackageBundle.writer(program, bundleId, now, from, plan.panel(), plan.conflicts(),
                plan.items(), pseudonyms, manifest -> ManifestSignatures.sign(manifest, agency));
        Path file = folder.staged(name);
        if (progress.cancelled()) {
            throw new CancellationException();
        }
        try {
            writer.write(file, progress);
            progress.done(plan.bytes());
            checkStoredHashes(writer, plan);
            String manifestSha = bundles.checkOwnOutput(file).manifestSha256();
            return new Written(plan, name, bundleId, manifestSha, sha256(file));
        } catch (BundleRefusedException e) {
            throw new IllegalStateException("a panel package our own reader refuses: " + e.problems(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The package's copy of each file hashes as the stored one did on import: the store still holds it whole. */
    private static void checkStoredHashes(BundleWriter writer, Planned plan) {
        for (int i = 0; i < plan.items().size(); i++) {
            String receiptNo = plan.items().get(i).receiptNo();
            JsonNode listed = writer.application(receiptNo).get("documents");
            List<StoredDocument> files = plan.files().get(i);
            for (int k = 0; k < files.size(); k++) {
                if (!files.get(k).sha256().equalsIgnoreCase(listed.get(k).path("sha256").asText())) {
                    throw new IntegrityException("split.integrity.document", receiptNo, files.get(k).file());
                }
            }
        }
    }

    private static ObjectNode programJson(Round round, boolean blind) {
        try {
            ObjectNode program = (ObjectNode) Jsons.MAPPER.readTree(ProgramJson.write(round.program()));
            return program.put("blind", blind);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> detail(BundleRecord roundBundle, RoundSetup setup, List<Written> written,
            SigningIdentity agency) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("roundBundleId", roundBundle.bundleId());
        detail.put("blind", setup.blind());
        detail.put("agencyFingerprint", agency.fingerprint().value());
        List<Map<String, Object>> list = new ArrayList<>();
        for (Written w : written) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("panel", w.plan().panel().id());
            one.put("file", w.name());
            one.put("bundleId", w.bundleId());
            one.put("applications", w.plan().items().size());
            one.put("sha256", w.sha256());
            list.add(one);
        }
        detail.put("packages", list);
        return detail;
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Bytes of documents copied over every package of the split, out of all of them. */
    private static final class Progress implements ReadProgress {
        private final ReadProgress outer;
        private final long total;
        private long before;

        Progress(ReadProgress outer, long total) {
            this.outer = outer;
            this.total = total;
        }

        @Override
        public void progress(long done, long ignored) {
            outer.progress(before + done, total);
        }

        @Override
        public boolean cancelled() {
            return outer.cancelled();
        }

        void done(long bytes) {
            before += bytes;
            outer.progress(before, total);
        }
    }
}
