package kr.tipa.eval.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import kr.tipa.eval.i18n.Localizable;
import kr.tipa.eval.signing.CertificateSummary;
import kr.tipa.eval.signing.Fingerprint;
import kr.tipa.eval.signing.npki.NpkiEntry;
import kr.tipa.eval.signing.npki.NpkiException;
import kr.tipa.eval.signing.npki.NpkiFinder;
import kr.tipa.eval.signing.npki.NpkiLocations;
import kr.tipa.eval.storage.Transactions;

/**
 * The evaluator's own 공동인증서 as the window's certificate picker offers them: found in the usual places
 * (the hard disk's NPKI folder, each removable drive's), and taken as the key this laptop signs with —
 * at first run together with the profile, later in place of the key in use. A certificate the round's
 * roster does not name for the evaluator is refused, as {@code evaluator import-key} refuses it.
 */
public final class SigningCertificates {

    /** Where a place is, as the familiar picker names it. */
    public enum Kind {
        HARD_DISK, REMOVABLE
    }

    /** A folder to look in for NPKI certificates. */
    public record Place(Kind kind, Path folder) {
        public Place {
            Objects.requireNonNull(kind);
            Objects.requireNonNull(folder);
        }
    }

    /** Whether a certificate can sign now. */
    public enum Status {
        USABLE, EXPIRED, NOT_YET_VALID, NO_KEY
    }

    /** One certificate found, with what a person needs to choose it. */
    public record Choice(Path folder, String authority, CertificateSummary summary, Status status) {
        public boolean usable() {
            return status == Status.USABLE;
        }
    }

    /** The certificates of one place that exists. */
    public record Location(Place place, List<Choice> certificates) {
        public Location {
            certificates = List.copyOf(certificates);
        }
    }

    /**
     * What a search found.
     *
     * @param searched every place looked in, existing or not (to say where nothing was found)
     * @param unreadable certificate files there that could not be read, each with why
     */
    public record Listing(List<Location> locations, List<Place> searched, List<Localizable> unreadable) {
        public Listing {
            locations = List.copyOf(locations);
            searched = List.copyOf(searched);
            unreadable = List.copyOf(unreadable);
        }
    }

    private final Transactions transactions;
    private final EvaluatorService evaluators;
    private final KeyService keys;
    private final CertificatePins pins;
    private final Clock clock;

    public SigningCertificates(Transactions transactions, EvaluatorService evaluators, KeyService keys,
            CertificatePins pins, Clock clock) {
        this.transactions = transactions;
        this.evaluators = evaluators;
        this.keys = keys;
        this.pins = pins;
        this.clock = clock;
    }

    /** This computer's places: the home's NPKI folders are the hard disk, the rest removable drives. */
    public static List<Place> placesOfThisComputer(Map<String, String> env) {
        Path home = NpkiLocations.home(env);
        String systemDrive = env.get("SystemDrive");
        List<Place> places = new ArrayList<>();
        for (Path folder : NpkiLocations.ofThisComputer(env)) {
            boolean fixed = folder.startsWith(home) || systemDrive != null && !systemDrive.isBlank()
                    && folder.toString().regionMatches(true, 0, systemDrive, 0, systemDrive.length());
            places.add(new Place(fixed ? Kind.HARD_DISK : Kind.REMOVABLE, folder));
        }
        return places;
    }

    /** The certificates in each place that exists, in the order given; reads nothing secret. */
    public Listing find(List<Place> places) {
        Instant now = clock.instant();
        List<Location> locations = new ArrayList<>();
        List<Localizable> unreadable = new ArrayList<>();
        for (Place place : places) {
            if (!Files.isDirectory(place.folder())) {
                continue;
            }
            NpkiFinder.Found found = NpkiFinder.find(List.of(place.folder()));
            List<Choice> choices = new ArrayList<>();
            for (NpkiEntry entry : found.certificates()) {
                CertificateSummary summary = CertificateSummary.of(entry.certificate());
                Status status = !entry.hasSigningKey() ? Status.NO_KEY : summary.expiredAt(now) ? Status.EXPIRED
                        : summary.notYetValidAt(now) ? Status.NOT_YET_VALID : Status.USABLE;
                choices.add(new Choice(entry.folder(), entry.authority(), summary, status));
            }
            for (NpkiException e : found.unreadable()) {
                unreadable.add(Localizable.of(e.problem().key(), e.args().toArray()));
            }
            locations.add(new Location(place, choices));
        }
        return new Listing(locations, places, unreadable);
    }

    /**
     * First run with a 공동인증서: registers me and takes the certificate as my key, together or not at all.
     *
     * @throws RefusedException on a wrong password (nothing changed), an unusable certificate, or a profile
     *                          the evaluator service refuses
     */
    public CertificateSummary register(String evaluatorId, String name, String affiliation, Path folder,
            char[] password) {
        return transactions.inTransaction(() -> {
            evaluators.add(evaluatorId, name, affiliation, true);
            return take(evaluatorId, folder, password);
        });
    }

    /**
     * The certificate in {@code folder} becomes the key {@code evaluatorId} signs with from now on.
     *
     * @throws RefusedException on a wrong password, an expired or not-yet-valid certificate (naming its dates),
     *                          or one the round's roster does not name for the evaluator (naming both
     *                          fingerprints); the key in use stays
     */
    public CertificateSummary use(String evaluatorId, Path folder, char[] password) {
        evaluators.require(evaluatorId);
        return take(evaluatorId, folder, password);
    }

    private CertificateSummary take(String evaluatorId, Path folder, char[] password) {
        Optional<Fingerprint> required = pins.rosterOfNewest(evaluatorId);
        return keys.importFrom(evaluatorId, folder, password, required).summary();
    }

    /** The certificate {@code holder} signs with now. */
    public Optional<CertificateSummary> signing(String holder) {
        return keys.certificate(holder).map(CertificateSummary::of);
    }

    /** The fingerprint the newest round's roster names for the evaluator, if it names one. */
    public Optional<Fingerprint> roster(String evaluatorId) {
        return pins.rosterOfNewest(evaluatorId);
    }
}
