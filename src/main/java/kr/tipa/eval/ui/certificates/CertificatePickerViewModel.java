package kr.tipa.eval.ui.certificates;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.service.RefusedException;
import kr.tipa.eval.service.SigningCertificates;
import kr.tipa.eval.service.SigningCertificates.Choice;
import kr.tipa.eval.service.SigningCertificates.Location;
import kr.tipa.eval.signing.CertificateSummary;
import kr.tipa.eval.ui.Refusals;
import kr.tipa.eval.ui.tasks.BackgroundTasks;

/**
 * The familiar certificate picker (인증서 선택): where to look (하드디스크, 이동식디스크), the certificates there
 * with 사용자, 만료일 and 발급자, and the certificate's password. 확인 hands the chosen certificate to whoever
 * opened the picker (the first-run profile, or the evaluator's settings) in a background task; a refusal — a
 * wrong password, an expired certificate, one the roster does not name — is said under the password and
 * changes nothing.
 */
public final class CertificatePickerViewModel {

    /** Takes the chosen certificate as the signing key; runs on the writer thread and may refuse. */
    @FunctionalInterface
    public interface Importer {
        CertificateSummary take(Path folder, char[] password);
    }

    private final SigningCertificates certificates;
    private final Supplier<List<SigningCertificates.Place>> places;
    private final String holder;
    private final Importer importer;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final Consumer<CertificateSummary> done;
    private final ObservableList<Location> locations = FXCollections.observableArrayList();
    private final ObjectProperty<Location> location = new SimpleObjectProperty<>();
    private final ObservableList<Choice> shown = FXCollections.observableArrayList();
    private final ObjectProperty<Choice> selected = new SimpleObjectProperty<>();
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty notice = new SimpleStringProperty("");
    private final StringProperty current = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final BooleanProperty importing = new SimpleBooleanProperty();
    private final BooleanProperty finished = new SimpleBooleanProperty();
    private final BooleanBinding canConfirm;

    /**
     * @param places where to look, read afresh each time the picker opens (a USB drive may have been plugged in)
     * @param holder whose certificate is replaced, to show the one in use; null at first run
     * @param done   runs on the FX thread once the importer took the certificate
     */
    public CertificatePickerViewModel(SigningCertificates certificates, Supplier<List<SigningCertificates.Place>> places,
            String holder, Importer importer, BackgroundTasks tasks, Messages messages,
            Consumer<CertificateSummary> done) {
        this.certificates = certificates;
        this.places = places;
        this.holder = holder;
        this.importer = importer;
        this.tasks = tasks;
        this.messages = messages;
        this.done = done;
        this.canConfirm = Bindings.createBooleanBinding(() -> selected.get() != null && !password.get().isEmpty()
                && !importing.get(), selected, password, importing);
        location.addListener((o, was, now) -> {
            shown.setAll(now == null ? List.of() : now.certificates());
            selected.set(shown.stream().filter(Choice::usable).findFirst().orElse(null));
        });
        selected.addListener((o, was, now) -> error.set(""));
    }

    /** The places that exist on this computer, in the order looked at. */
    public ObservableList<Location> locations() {
        return locations;
    }

    public ObjectProperty<Location> locationProperty() {
        return location;
    }

    /** The certificates of the chosen place. */
    public ObservableList<Choice> certificates() {
        return shown;
    }

    public ObjectProperty<Choice> selectedProperty() {
        return selected;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    /** Why the chosen certificate was not taken; empty otherwise. Shown under the password. */
    public StringProperty errorProperty() {
        return error;
    }

    /** When nothing was found: where the picker looked; and files it could not read. */
    public StringProperty noticeProperty() {
        return notice;
    }

    /** The certificate that signs now (in the settings), empty at first run. */
    public StringProperty currentProperty() {
        return current;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    public ReadOnlyBooleanProperty importingProperty() {
        return importing;
    }

    /** True once a certificate was taken: the picker's window closes. */
    public ReadOnlyBooleanProperty finishedProperty() {
        return finished;
    }

    /** A certificate is chosen, a password typed, and nothing is being imported. */
    public BooleanBinding canConfirmProperty() {
        return canConfirm;
    }

    /** Looks in the places in the background (nothing is decrypted), and shows the first place holding any. */
    public void load() {
        loading.set(true);
        List<SigningCertificates.Place> where = places.get();
        tasks.run(p -> new Found(certificates.find(where),
                holder == null ? Optional.empty() : certificates.signing(holder)), d -> { }, found -> {
                    loading.set(false);
                    show(found);
                }, e -> {
                    loading.set(false);
                    notice.set(Refusals.describe(e, messages));
                });
    }

    private record Found(SigningCertificates.Listing listing, Optional<CertificateSummary> current) {
    }

    private void show(Found found) {
        SigningCertificates.Listing listing = found.listing();
        locations.setAll(listing.locations());
        location.set(listing.locations().stream().filter(l -> !l.certificates().isEmpty()).findFirst()
                .orElse(listing.locations().isEmpty() ? null : listing.locations().get(0)));
        StringBuilder text = new StringBuilder();
        if (listing.locations().stream().allMatch(l -> l.certificates().isEmpty())) {
            text.append(messages.get("certpicker.none"));
            listing.searched().forEach(p -> text.append("\n  ").append(p.folder()));
        }
        listing.unreadable().forEach(u -> text.append(text.isEmpty() ? "" : "\n").append(u.render(messages)));
        notice.set(text.toString());
        current.set(found.current().map(c -> messages.get("certpicker.current", c.commonName(),
                c.subject().equals(c.issuer()) ? messages.get("status.certificate.ownKey") : c.issuerName(),
                c.fingerprint().shortForm())).orElse(""));
    }

    /**
     * Takes the chosen certificate with the password typed. One that cannot sign now is refused at once,
     * naming its dates; the password is forgotten either way.
     */
    public void confirm() {
        error.set("");
        Choice choice = selected.get();
        if (!canConfirm.get()) {
            return;
        }
        CertificateSummary c = choice.summary();
        String from = CertificateSummary.koreaTime(c.notBefore());
        String to = CertificateSummary.koreaTime(c.notAfter());
        switch (choice.status()) {
            case EXPIRED -> error.set(messages.get("signing.identity.expired", from, to));
            case NOT_YET_VALID -> error.set(messages.get("signing.identity.notYetValid", from, to));
            case NO_KEY -> error.set(messages.get("certpicker.noKey", choice.folder()));
            case USABLE -> take(choice);
        }
        if (!error.get().isEmpty()) {
            password.set("");
        }
    }

    private void take(Choice choice) {
        char[] secret = password.get().toCharArray();
        password.set("");
        importing.set(true);
        tasks.write(p -> {
            try {
                return importer.take(choice.folder(), secret);
            } finally {
                Arrays.fill(secret, '\0');
            }
        }, summary -> {
            importing.set(false);
            finished.set(true);
            done.accept(summary);
        }, e -> {
            importing.set(false);
            error.set(wrongPassword(e) ? messages.get("certpicker.wrongPassword") : Refusals.describe(e, messages));
        });
    }

    /** The picker says a wrong password in a few words: the person typed it a moment ago, beside the certificate. */
    private static boolean wrongPassword(Throwable e) {
        return e instanceof RefusedException refused && refused.reasons().stream()
                .anyMatch(r -> r.key().equals("signing.npki.wrongPassword") || r.key().equals("signing.identity.wrongPassword"));
    }

    /** A date as the picker's 만료일 column shows it, in Korea time. */
    public static String day(java.time.Instant instant) {
        return CertificateSummary.koreaTime(instant).substring(0, 10);
    }
}
