package kr.tipa.eval.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import kr.tipa.eval.authoring.BuildInputs;
import kr.tipa.eval.authoring.BuildReport;
import kr.tipa.eval.authoring.Intake;
import kr.tipa.eval.authoring.IntakeFault;
import kr.tipa.eval.authoring.IntakeReader;
import kr.tipa.eval.authoring.IntakeRefusedException;
import kr.tipa.eval.authoring.ProgramFacts;
import kr.tipa.eval.authoring.RoundBundle;
import kr.tipa.eval.bundle.BundleReader;
import kr.tipa.eval.bundle.BundleRefusedException;
import kr.tipa.eval.bundle.DocumentReadException;
import kr.tipa.eval.bundle.ReadBundle;
import kr.tipa.eval.bundle.ReadProgress;
import kr.tipa.eval.i18n.Localizable;
import kr.tipa.eval.signing.ManifestSignatures;
import kr.tipa.eval.signing.SigningIdentity;
import kr.tipa.eval.storage.AuditLog;

/**
 * The agency's round build (round-authoring.md §1–2): reads every input before writing anything,
 * refuses with every fault at once, and otherwise writes a version 2 bundle signed with this database's
 * owner key (the agency's), under a temporary name beside the target, checked by our own bundle reader,
 * and moved into place only then: a failed or cancelled build leaves no file behind.
 */
public final class RoundBuildService {

    private static final ZoneId KOREA = ZoneId.of("Asia/Seoul");

    private final IntakeReader reader;
    private final BundleReader bundles;
    private final KeyService keys;
    private final AuditLog audit;
    private final Clock clock;

    public RoundBuildService(IntakeReader reader, BundleReader bundles, KeyService keys, AuditLog audit, Clock clock) {
        this.reader = reader;
        this.bundles = bundles;
        this.keys = keys;
        this.audit = audit;
        this.clock = clock;
    }

    /** Reads the inputs and lists their faults; writes nothing (the window's preview). */
    public Intake read(BuildInputs inputs) {
        return reader.read(inputs);
    }

    /** Reads program.json alone and lists its faults (the window shows what it says as soon as it is chosen). */
    public ProgramFacts.Checked program(Path file) {
        return ProgramFacts.read(file);
    }

    /**
     * Builds the signed round.
     *
     * @throws IntakeRefusedException when the inputs have faults; nothing was written
     * @throws CancellationException  when {@code progress} asked to stop; nothing was written
     */
    public BuildReport build(BuildInputs inputs, Path out, String actor, ReadProgress progress) {
        Intake intake = reader.read(inputs);
        if (!intake.faultless()) {
            throw new IntakeRefusedException(intake.faults());
        }
        SigningIdentity agency = keys.ownerIdentity(intake.program().path("agency").asText("tipa-eval"));
        String bundleId = UUID.randomUUID().toString();
        OffsetDateTime createdAt = OffsetDateTime.now(clock.withZone(KOREA));
        Path target = out.toAbsolutePath();
        Path temporary = null;
        try {
            Files.createDirectories(target.getParent());
            temporary = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".partial");
            RoundBundle.writer(intake, bundleId, createdAt, manifest -> ManifestSignatures.sign(manifest, agency))
                    .write(temporary, ofTotal(progress, intake.documentBytes()));
            ReadBundle check = verify(temporary);
            move(temporary, target);
            temporary = null;
            BuildReport report = new BuildReport(target, intake.programCode(), bundleId, check.manifestSha256(),
                    intake.applications().size(), intake.documentCount(), Files.size(target), intake.setup(),
                    agency.fingerprint().value(), agency.displayName(), intake.inferred(), intake.examplesSkipped(),
                    intake.ignored());
            audit.append(actor, "ROUND_BUILD", intake.programCode(), detail(report));
            return report;
        } catch (DocumentReadException e) {
            throw new IntakeRefusedException(List.of(unreadDocument(inputs, intake, e)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (temporary != null) {
                deleteQuietly(temporary);
            }
        }
    }

    /**
     * Our own reader over what was written: a build must never hand out a bundle that import refuses.
     * Everything import checks is checked (names, limits, the signature, every JSON file and its
     * checksum, every listed document present) except hashing the documents a second time: they were
     * hashed from the very bytes written, in the one pass that copied them. Any refusal here is a fault
     * of the build itself, reported as the bundle's.
     */
    private ReadBundle verify(Path bundle) throws IOException {
        try {
            return bundles.checkOwnOutput(bundle);
        } catch (BundleRefusedException e) {
            List<IntakeFault> faults = e.problems().stream()
                    .map(p -> new IntakeFault(p.file(), 0, p.field(), p.message())).toList();
            throw new IntakeRefusedException(faults);
        }
    }

    /**
     * A document that could be looked at during the intake but not read while it was copied (removed,
     * locked or cut short meanwhile): a fault of that file, named as the intake names its files.
     */
    private static IntakeFault unreadDocument(BuildInputs inputs, Intake intake, DocumentReadException e) {
        String file = e.entry();
        for (Intake.Application application : intake.applications()) {
            for (Intake.Document document : application.documents()) {
                if (e.entry().equals(RoundBundle.entry(application.receiptNo(), document))) {
                    file = IntakeReader.name(inputs.documents()) + "/" + application.receiptNo() + "/"
                            + document.name();
                }
            }
        }
        String reason = e.getCause() == null ? e.getMessage() : String.valueOf(e.getCause().getMessage());
        return new IntakeFault(file, 0, "", Localizable.of("intake.documents.readDuringBuild", reason));
    }

    /** The writer counts bytes copied; the intake knows how many there are. */
    private static ReadProgress ofTotal(ReadProgress progress, long total) {
        return new ReadProgress() {
            @Override
            public void progress(long done, long ignored) {
                progress.progress(done, total);
            }

            @Override
            public boolean cancelled() {
                return progress.cancelled();
            }
        };
    }

    private static void move(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static Map<String, Object> detail(BuildReport report) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("bundleId", report.bundleId());
        detail.put("file", String.valueOf(report.bundle().getFileName()));
        detail.put("manifestSha256", report.manifestSha256());
        detail.put("applications", report.applications());
        detail.put("documents", report.documents());
        detail.put("panels", report.setup().panels().size());
        detail.put("blind", report.setup().blind());
        detail.put("agencyFingerprint", report.agencyFingerprint());
        return detail;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A leftover temporary file is hidden and named as partial.
        }
    }
}
