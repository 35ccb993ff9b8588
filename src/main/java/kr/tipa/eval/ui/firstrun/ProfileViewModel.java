package kr.tipa.eval.ui.firstrun;

import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import kr.tipa.eval.domain.scoring.Evaluator;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.service.EvaluatorService;
import kr.tipa.eval.service.KeyService;
import kr.tipa.eval.service.SigningCertificates;
import kr.tipa.eval.signing.CertificateSummary;
import kr.tipa.eval.ui.Refusals;
import kr.tipa.eval.ui.WindowSecrets;
import kr.tipa.eval.ui.tasks.BackgroundTasks;

/**
 * First run: who scores on this laptop (name, affiliation, the id the chair knows them by), the password
 * that protects the signing key and the data folder, which the session then remembers, and how I sign: with
 * a new key made here (the default) or with my own 공동인증서, chosen in the certificate picker.
 */
public final class ProfileViewModel {

    /** Long enough to resist guessing once the files are encrypted with it. */
    public static final int MIN_PASSWORD = 8;

    private final EvaluatorService evaluators;
    private final KeyService keys;
    private final SigningCertificates certificates;
    private final WindowSecrets secrets;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final Runnable created;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty affiliation = new SimpleStringProperty("");
    private final StringProperty id = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty confirm = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty saving = new SimpleBooleanProperty();
    private final BooleanProperty withCertificate = new SimpleBooleanProperty();
    private final BooleanBinding canSave;
    private final StringBinding nameProblem;
    private final StringBinding idProblem;
    private final StringBinding passwordProblem;
    private final StringBinding confirmProblem;

    /** @param created runs once the profile and its key are written */
    public ProfileViewModel(EvaluatorService evaluators, KeyService keys, SigningCertificates certificates,
            WindowSecrets secrets, BackgroundTasks tasks, Messages messages, Runnable created) {
        this.evaluators = evaluators;
        this.keys = keys;
        this.certificates = certificates;
        this.secrets = secrets;
        this.tasks = tasks;
        this.messages = messages;
        this.created = created;
        this.canSave = Bindings.createBooleanBinding(() -> !name.get().isBlank() && !id.get().isBlank()
                && password.get().length() >= MIN_PASSWORD && !saving.get(), name, id, password, saving);
        // What is wrong with a field as typed so far; an empty field is not wrong yet, only not ready.
        this.nameProblem = Bindings.createStringBinding(() -> !name.get().isEmpty() && name.get().isBlank()
                ? messages.get("profile.check.name") : "", name);
        this.idProblem = Bindings.createStringBinding(() -> id.get().isBlank()
                || Evaluator.ID.matcher(id.get().strip()).matches() ? "" : messages.get("profile.check.id",
                id.get().strip()), id);
        this.passwordProblem = Bindings.createStringBinding(() -> password.get().isEmpty()
                || password.get().length() >= MIN_PASSWORD ? "" : messages.get("profile.check.password",
                MIN_PASSWORD, password.get().length()), password);
        // While the repeat is being typed it is wrong only once it stops matching the start of the password.
        this.confirmProblem = Bindings.createStringBinding(() -> confirm.get().isEmpty()
                || password.get().startsWith(confirm.get()) ? "" : messages.get("profile.password.mismatch"),
                password, confirm);
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty affiliationProperty() {
        return affiliation;
    }

    public StringProperty idProperty() {
        return id;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty confirmProperty() {
        return confirm;
    }

    /** Why the profile was not saved; empty otherwise. */
    public StringProperty errorProperty() {
        return error;
    }

    /** Name and id given and a password of at least {@link #MIN_PASSWORD} characters. */
    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    /** True to sign with my own 공동인증서 (chosen in the picker) instead of a key made here. */
    public BooleanProperty withCertificateProperty() {
        return withCertificate;
    }

    /**
     * With a certificate: checks what I typed and remembers my password, so that the picker may open; false
     * (with the reason said) when something is missing or the two passwords differ.
     */
    public boolean readyForCertificate() {
        error.set("");
        if (!canSave.get()) {
            return false;
        }
        if (!password.get().equals(confirm.get())) {
            error.set(messages.get("profile.password.mismatch"));
            return false;
        }
        secrets.remember(password.get().toCharArray());
        return true;
    }

    /**
     * The picker's 확인 (on the writer thread): registers me and takes the certificate as my key, both or
     * neither — a wrong certificate password leaves no profile behind.
     */
    public CertificateSummary registerWith(Path folder, char[] certificatePassword) {
        return certificates.register(id.get().strip(), name.get(), affiliation.get(), folder, certificatePassword);
    }

    /** The picker took the certificate: on to the next step. */
    public void registered() {
        created.run();
    }

    /** The name holds only spaces; empty otherwise. */
    public StringBinding nameProblemProperty() {
        return nameProblem;
    }

    /** The id has characters that cannot go into file names (announced with the id); empty otherwise. */
    public StringBinding idProblemProperty() {
        return idProblem;
    }

    /** The password is shorter than {@link #MIN_PASSWORD}; empty while it is empty or long enough. */
    public StringBinding passwordProblemProperty() {
        return passwordProblem;
    }

    /** The repeat is not the password (nor the start of it, while being typed); empty otherwise. */
    public StringBinding confirmProblemProperty() {
        return confirmProblem;
    }

    /** Registers me with my signing key protected by my password; a refusal says why and keeps what I typed. */
    public void save() {
        error.set("");
        if (!canSave.get()) {
            return;
        }
        for (StringBinding problem : java.util.List.of(nameProblem, idProblem, passwordProblem, confirmProblem)) {
            if (!problem.get().isEmpty()) {
                error.set(problem.get());
                return;
            }
        }
        if (!password.get().equals(confirm.get())) {
            error.set(messages.get("profile.password.mismatch"));
            return;
        }
        String memberId = id.get().strip();
        String memberName = name.get();
        String memberAffiliation = affiliation.get();
        secrets.remember(password.get().toCharArray());
        saving.set(true);
        tasks.write(p -> {
            var member = evaluators.add(memberId, memberName, memberAffiliation, true);
            keys.create(member.id(), member.evaluator().name(), member.evaluator().affiliation());
            return member;
        }, member -> {
            saving.set(false);
            created.run();
        }, e -> {
            saving.set(false);
            error.set(Refusals.describe(e, messages));
        });
    }
}
