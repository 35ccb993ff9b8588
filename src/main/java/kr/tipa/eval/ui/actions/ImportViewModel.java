package kr.tipa.eval.ui.actions;

import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import kr.tipa.eval.bundle.BundleIntegrityException;
import kr.tipa.eval.bundle.BundleRefusedException;
import kr.tipa.eval.bundle.ReadProgress;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.service.ImportOutcome;
import kr.tipa.eval.service.ImportService;
import kr.tipa.eval.service.NewVersionRequiredException;
import kr.tipa.eval.ui.Notices;
import kr.tipa.eval.ui.Notices.Notice;
import kr.tipa.eval.signing.Fingerprint;
import kr.tipa.eval.ui.StatusLine;
import kr.tipa.eval.ui.tasks.BackgroundTasks;

/** Importing a bundle (or the demo round) in the background, with progress and cancel. */
public final class ImportViewModel {

    /** How an import ended, for the view to tell the user. */
    public sealed interface ImportResult {
        record Done(ImportOutcome outcome) implements ImportResult {
        }

        record Refused(String title, String details) implements ImportResult {
        }

        /**
         * Refused because the agency's signature is missing, broken or another certificate's (the command
         * line's exit 3): told apart from a refused content, since the remedy is another copy or a phone call.
         */
        record SignatureRefused(String title, String details) implements ImportResult {
        }

        record NeedsNewVersion(Path bundle, String message) implements ImportResult {
        }

        record Cancelled() implements ImportResult {
        }

        record Failed(String message) implements ImportResult {
        }
    }

    private final ImportService imports;
    private final DemoLoader demo;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final StatusLine status;
    private final Supplier<String> actor;
    private final Runnable imported;
    private final Notices notices;
    private final BooleanProperty importing = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private BackgroundTasks.Handle running;

    /**
     * @param actor    who imports, as the audit log records it
     * @param imported runs after each import that wrote something (the window reads its situation again)
     */
    public ImportViewModel(ImportService imports, DemoLoader demo, BackgroundTasks tasks, Messages messages,
            StatusLine status, Supplier<String> actor, Runnable imported) {
        this(imports, demo, tasks, messages, status, actor, imported, Notices.NONE);
    }

    /** @param notices told how each bundle's import ended (the window shows it if the user is elsewhere) */
    public ImportViewModel(ImportService imports, DemoLoader demo, BackgroundTasks tasks, Messages messages,
            StatusLine status, Supplier<String> actor, Runnable imported, Notices notices) {
        this.imports = imports;
        this.demo = demo;
        this.tasks = tasks;
        this.messages = messages;
        this.status = status;
        this.actor = actor;
        this.imported = imported;
        this.notices = notices;
    }

    public BooleanProperty importingProperty() {
        return importing;
    }

    /** 0 to 1, or -1 while the size is unknown. */
    public DoubleProperty progressProperty() {
        return progress;
    }

    /** Imports {@code bundle}; the outcome goes to {@code result}. */
    public void importBundle(Path bundle, boolean newVersion, Consumer<ImportResult> result) {
        importing.set(true);
        progress.set(-1);
        String by = actor.get();
        // While it runs the status bar shows what is read; the status line keeps the outcome afterwards.
        running = tasks.run(messages.get("import.status.reading", String.valueOf(bundle.getFileName())),
                p -> imports.importBundle(bundle, newVersion, by, readProgress(p)), progress::set,
                outcome -> {
                    importing.set(false);
                    String said = messages.get("import.status.done." + outcome.kind().name(),
                            outcome.round().programCode(), outcome.applications(), outcome.versionNo());
                    String shown = outcome.agencySignature().map(a -> said + "  ·  " + messages.get(
                            "import.agency.status", shortForm(a.fingerprint()))).orElse(said);
                    status.say(shown);
                    notices.finished(Notice.done(messages.get("notice.import.done"), shown));
                    result.accept(new ImportResult.Done(outcome));
                    imported.run();
                }, e -> {
                    importing.set(false);
                    if (e instanceof CancellationException) {
                        status.say(messages.get("import.cancelled"));
                    } else {
                        status.clear();
                    }
                    ImportResult failure = failure(bundle, e);
                    tell(failure);
                    result.accept(failure);
                });
    }

    /** Loads the demo round into this (empty) database. */
    public void importDemo(Consumer<ImportResult> result) {
        importing.set(true);
        progress.set(-1);
        running = tasks.run(messages.get("task.demo"), demo::load, progress::set, outcome -> {
            importing.set(false);
            result.accept(new ImportResult.Done(outcome));
            imported.run();
        }, e -> {
            importing.set(false);
            result.accept(failure(Path.of("demo"), e));
        });
    }

    public void cancel() {
        if (running != null) {
            running.cancel();
        }
    }

    /** A refusal, a failure or the question before a new version: each waits on the user. */
    private void tell(ImportResult result) {
        switch (result) {
            case ImportResult.Refused refused -> notices.finished(Notice.failed(messages.get("notice.import.failed"),
                    refused.title()));
            case ImportResult.Failed failed -> notices.finished(Notice.failed(messages.get("notice.import.failed"),
                    failed.message()));
            case ImportResult.SignatureRefused refused -> notices.finished(Notice.failed(
                    messages.get("notice.import.failed"), refused.title()));
            case ImportResult.NeedsNewVersion next -> notices.finished(Notice.done(
                    messages.get("notice.import.question"), next.message()));
            case ImportResult.Done done -> { }
            case ImportResult.Cancelled cancelled -> { }
        }
    }

    private ImportResult failure(Path bundle, Throwable e) {
        if (e instanceof CancellationException) {
            return new ImportResult.Cancelled();
        }
        if (e instanceof NewVersionRequiredException newVersion) {
            return new ImportResult.NeedsNewVersion(bundle, newVersion.render(messages));
        }
        if (e instanceof BundleIntegrityException broken) {
            return new ImportResult.SignatureRefused(messages.get("import.signature.title",
                    String.valueOf(bundle.getFileName())), broken.render(messages));
        }
        if (e instanceof BundleRefusedException refused) {
            return new ImportResult.Refused(messages.get("import.refused.title", String.valueOf(bundle.getFileName())),
                    refused.render(messages));
        }
        return new ImportResult.Failed(messages.get("cli.error.unexpected", e.getClass().getSimpleName(),
                String.valueOf(e.getMessage())));
    }

    /**
     * The agency's signature of a signed bundle, to be read out on the phone when this import pinned its
     * certificate; empty for an unsigned bundle or one whose certificate was pinned (or checked) before.
     */
    public Optional<AgencyNotice> agencyNotice(ImportOutcome outcome) {
        return outcome.agencySignature().filter(ImportOutcome.AgencyCheck::pinnedNow).map(a -> new AgencyNotice(
                messages.get("import.agency.title"),
                messages.get(a.checkedAgainstLetter() ? "import.agency.header.letter" : "import.agency.header.phone"),
                messages.get("import.agency.details", shortForm(a.fingerprint()), a.fingerprint(), a.signerName(),
                        outcome.round().programCode())));
    }

    /** What the window tells about the agency's certificate after an import that pinned it. */
    public record AgencyNotice(String title, String header, String details) {
    }

    private static String shortForm(String fingerprint) {
        try {
            return new Fingerprint(fingerprint).shortForm();
        } catch (IllegalArgumentException e) {
            return fingerprint;
        }
    }

    static ReadProgress readProgress(BackgroundTasks.Progress p) {
        return new ReadProgress() {
            @Override
            public void progress(long done, long total) {
                p.update(done, total);
            }

            @Override
            public boolean cancelled() {
                return p.cancelled();
            }
        };
    }
}
