package kr.tipa.eval.ui;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.bundle.BundleRefusedException;
import kr.tipa.eval.bundle.ReadProgress;
import kr.tipa.eval.demo.DemoRound;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.service.BackupService;
import kr.tipa.eval.service.ImportOutcome;
import kr.tipa.eval.service.NewVersionRequiredException;
import kr.tipa.eval.service.RefusedException;
import kr.tipa.eval.storage.PanelMember;
import kr.tipa.eval.storage.Round;
import kr.tipa.eval.ui.tasks.BackgroundTasks;

/**
 * The window's state: who I am, which round is open and whether I pledged for it, and importing a
 * bundle with progress and cancel. What to show next (profile, pledge, workspace, empty state) follows
 * from these.
 */
public final class MainWindowViewModel {

    /** What the window should show. */
    public enum Stage {
        LOADING, LOCKED, PROFILE, EMPTY, PLEDGE, WORKSPACE
    }

    /** How an import ended, for the view to tell the user. */
    public sealed interface ImportResult {
        record Done(ImportOutcome outcome) implements ImportResult {
        }

        record Refused(String title, String details) implements ImportResult {
        }

        record NeedsNewVersion(Path bundle, String message) implements ImportResult {
        }

        record Cancelled() implements ImportResult {
        }

        record Failed(String message) implements ImportResult {
        }
    }

    private final AppContext context;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final ObjectProperty<Stage> stage = new SimpleObjectProperty<>(Stage.LOADING);
    private final ObjectProperty<PanelMember> self = new SimpleObjectProperty<>();
    private final ObjectProperty<Round> round = new SimpleObjectProperty<>();
    private final BooleanProperty importing = new SimpleBooleanProperty();
    private final DoubleProperty importProgress = new SimpleDoubleProperty(-1);
    private final StringProperty statusText = new SimpleStringProperty("");
    private BackgroundTasks.Handle importHandle;
    private final BooleanProperty idleLocked = new SimpleBooleanProperty();
    private final StringProperty unlockError = new SimpleStringProperty("");
    private final javafx.beans.property.IntegerProperty retryAfter = new javafx.beans.property.SimpleIntegerProperty();
    private int failures;
    private boolean demoPending;

    private final WindowSecrets secrets;

    public MainWindowViewModel(AppContext context, BackgroundTasks tasks, WindowSecrets secrets) {
        this.context = context;
        this.secrets = secrets;
        this.tasks = tasks;
        this.messages = context.messages();
    }

    public ObjectProperty<Stage> stageProperty() {
        return stage;
    }

    public ObjectProperty<PanelMember> selfProperty() {
        return self;
    }

    public ObjectProperty<Round> roundProperty() {
        return round;
    }

    public BooleanProperty importingProperty() {
        return importing;
    }

    public DoubleProperty importProgressProperty() {
        return importProgress;
    }

    public StringProperty statusTextProperty() {
        return statusText;
    }

    public AppContext context() {
        return context;
    }

    /**
     * Works out what to show: the password first when the data folder is encrypted, the profile on a
     * fresh laptop, then who I am, the newest round and my pledge (read in the background).
     */
    public void start(boolean demo) {
        demoPending = demo;
        if (context.needsPassword() && !secrets.known()) {
            stage.set(Stage.LOCKED);
            return;
        }
        proceed();
    }

    private void proceed() {
        stage.set(Stage.LOADING);
        tasks.run(p -> {
            if (demoPending && context.hasDatabase() && context.rounds().all().isEmpty()) {
                loadDemo(p);
            }
            return situation();
        }, d -> { }, s -> {
            demoPending = demoPending && s.self().isEmpty();
            show(s);
        }, e -> {
            statusText.set(messages.get("ui.error.start", String.valueOf(e.getMessage())));
            stage.set(Stage.EMPTY);
        });
    }

    public BooleanProperty idleLockedProperty() {
        return idleLocked;
    }

    public StringProperty unlockErrorProperty() {
        return unlockError;
    }

    /** Seconds to wait before the next attempt (grows after repeated wrong passwords). */
    public javafx.beans.property.IntegerProperty retryAfterProperty() {
        return retryAfter;
    }

    /** Hides everything after idling; the password opens it again. */
    public void lockForIdle() {
        if (secrets.known() && stage.get() != Stage.LOCKED) {
            idleLocked.set(true);
        }
    }

    /** Tries a password: at start it must open the encrypted database; after idling it must be the session's. */
    public void unlock(char[] password) {
        unlockError.set("");
        if (idleLocked.get()) {
            if (secrets.matches(password)) {
                failures = 0;
                idleLocked.set(false);
            } else {
                wrongPassword();
            }
            return;
        }
        secrets.remember(password);
        tasks.run(p -> {
            context.unlock();
            return true;
        }, d -> { }, ok -> {
            failures = 0;
            proceed();
        }, e -> {
            secrets.forget();
            if (e instanceof kr.tipa.eval.storage.WrongPasswordException) {
                wrongPassword();
            } else {
                unlockError.set(messages.get("ui.error.start", String.valueOf(e.getMessage())));
            }
        });
    }

    private void wrongPassword() {
        failures++;
        // A growing wait after the second miss makes guessing slow without punishing a typo.
        int wait = failures < 2 ? 0 : Math.min(30, 1 << (failures - 2));
        unlockError.set(messages.get("unlock.wrong", failures));
        retryAfter.set(0);
        retryAfter.set(wait);
    }

    private record Situation(Optional<PanelMember> self, Optional<Round> round, boolean pledged,
            Optional<kr.tipa.eval.signing.Fingerprint> fingerprint) {
    }

    private Situation situation() {
        if (!context.hasDatabase()) {
            return new Situation(Optional.empty(), Optional.empty(), false, Optional.empty());
        }
        Optional<PanelMember> me = context.evaluators().self();
        Optional<Round> newest = context.rounds().all().stream().findFirst();
        boolean pledged = me.isPresent() && newest.isPresent()
                && context.scoring().pledgeAcceptedAt(newest.get(), me.get().id()).isPresent();
        return new Situation(me, newest, pledged, me.flatMap(m -> context.keys().fingerprint(m.id())));
    }

    private void show(Situation s) {
        fingerprint = s.fingerprint();
        self.set(s.self().orElse(null));
        round.set(s.round().orElse(null));
        if (s.self().isEmpty()) {
            stage.set(Stage.PROFILE);
        } else if (s.round().isEmpty()) {
            stage.set(Stage.EMPTY);
        } else if (!s.pledged()) {
            stage.set(Stage.PLEDGE);
        } else {
            stage.set(Stage.WORKSPACE);
        }
    }

    /**
     * Registers me as this installation's evaluator, with my signing key protected by my password (which
     * the session remembers).
     */
    public void createProfile(String id, String name, String affiliation, char[] password, Consumer<String> onRefused) {
        secrets.remember(password);
        tasks.write(p -> {
            var member = context.evaluators().add(id, name, affiliation, true);
            context.keys().create(member.id(), member.evaluator().name(), member.evaluator().affiliation());
            if (demoPending && context.rounds().all().isEmpty()) {
                loadDemo(p);
            }
            return member;
        }, member -> {
            demoPending = false;
            reload();
        }, e ->
                onRefused.accept(e instanceof RefusedException r ? r.render(messages) : String.valueOf(e.getMessage())));
    }

    private Optional<kr.tipa.eval.signing.Fingerprint> fingerprint = Optional.empty();

    /** The short fingerprint of my certificate, to read out to the chair (read with the situation). */
    public Optional<kr.tipa.eval.signing.Fingerprint> myFingerprint() {
        return fingerprint;
    }

    /** Writes my submitted sheets as a signed workbook. */
    public void exportSheets(Path target, Consumer<String> done, Consumer<String> failed) {
        Round r = round.get();
        PanelMember me = self.get();
        tasks.run(p -> context.sheetExports().export(r, me.id(), target), d -> { },
                o -> done.accept(messages.get("sheets.window.exported", o.file(), o.seq(), o.sheets(),
                        o.fingerprint()) + (o.unsubmitted() > 0 ? "\n" + messages.get("cli.sheet.unsubmitted",
                        o.unsubmitted()) : "")),
                e -> failed.accept(e instanceof RefusedException x ? x.render(messages) : String.valueOf(e.getMessage())));
    }

    /** Writes the whole data folder as one encrypted backup file (the folder's password opens it). */
    public void backup(Path target, Consumer<String> done, Consumer<String> failed) {
        String by = self.get() == null ? System.getProperty("user.name", "user") : self.get().id();
        statusText.set(messages.get("backup.window.running", String.valueOf(target.getFileName())));
        tasks.write(p -> {
            context.backups().backup(target, by);
            return target;
        }, t -> {
            statusText.set(messages.get("cli.backup.done", t));
            done.accept(messages.get("cli.backup.done", t));
        }, e -> {
            statusText.set("");
            failed.accept(e instanceof RefusedException x ? x.render(messages) : String.valueOf(e.getMessage()));
        });
    }

    /**
     * On a laptop with no database yet: restores a backup into this data folder and opens it with the
     * backup's password (the folder's password on the laptop it came from).
     */
    public void restore(Path backup, char[] password, Consumer<String> failed) {
        statusText.set(messages.get("backup.window.restoring", String.valueOf(backup.getFileName())));
        char[] copy = password.clone();
        tasks.write(p -> {
            BackupService.restore(backup, context.dataFolder(), copy);
            return true;
        }, ok -> {
            statusText.set(messages.get("cli.restore.done", backup, context.dataFolder()));
            demoPending = false;
            unlock(copy);
            Arrays.fill(copy, '\0');
        }, e -> {
            Arrays.fill(copy, '\0');
            statusText.set("");
            failed.accept(e instanceof RefusedException x ? x.render(messages) : String.valueOf(e.getMessage()));
        });
    }

    /** Checks any workbook's signature. */
    public void verify(Path file, Consumer<String> result) {
        tasks.run(p -> String.join("\n", kr.tipa.eval.service.SheetImportService.verify(file)
                .describe(messages, java.time.ZoneId.systemDefault())), d -> { }, result,
                e -> result.accept(String.valueOf(e.getMessage())));
    }

    /** Records my 보안·청렴 서약 for the open round, with its time. */
    public void acceptPledge(String text) {
        Round r = round.get();
        PanelMember me = self.get();
        tasks.write(p -> {
            context.scoring().acceptPledge(r, me.id(), text);
            return null;
        }, x -> reload(), e -> statusText.set(String.valueOf(e.getMessage())));
    }

    public void reload() {
        tasks.run(p -> situation(), d -> { }, this::show, e -> statusText.set(String.valueOf(e.getMessage())));
    }

    /** Imports a bundle in the background with progress; the outcome goes to {@code result}. */
    public void importBundle(Path bundle, boolean newVersion, Consumer<ImportResult> result) {
        importing.set(true);
        importProgress.set(-1);
        statusText.set(messages.get("import.status.reading", String.valueOf(bundle.getFileName())));
        String actor = self.get() == null ? System.getProperty("user.name", "user") : self.get().id();
        importHandle = tasks.run(p -> context.imports().importBundle(bundle, newVersion, actor, readProgress(p)),
                importProgress::set, outcome -> {
                    importing.set(false);
                    statusText.set(messages.get("import.status.done." + outcome.kind().name(),
                            outcome.round().programCode(), outcome.applications(), outcome.versionNo()));
                    result.accept(new ImportResult.Done(outcome));
                    reload();
                }, e -> {
                    importing.set(false);
                    statusText.set("");
                    result.accept(failure(bundle, e));
                });
    }

    public void cancelImport() {
        if (importHandle != null) {
            importHandle.cancel();
        }
    }

    private ImportResult failure(Path bundle, Throwable e) {
        if (e instanceof CancellationException) {
            return new ImportResult.Cancelled();
        }
        if (e instanceof NewVersionRequiredException newVersion) {
            return new ImportResult.NeedsNewVersion(bundle, newVersion.render(messages));
        }
        if (e instanceof BundleRefusedException refused) {
            return new ImportResult.Refused(messages.get("import.refused.title", String.valueOf(bundle.getFileName())),
                    refused.render(messages));
        }
        return new ImportResult.Failed(messages.get("cli.error.unexpected", e.getClass().getSimpleName(),
                String.valueOf(e.getMessage())));
    }

    private static ReadProgress readProgress(BackgroundTasks.Progress p) {
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

    /** Writes the demo bundle inside the data folder, imports it, and removes it again. */
    private ImportOutcome loadDemo(BackgroundTasks.Progress p) throws Exception {
        Path folder = context.dataFolder().resolve("demo");
        Path bundle = new DemoRound().write(folder);
        try {
            return context.imports().importBundle(bundle, false, "demo", readProgress(p));
        } finally {
            java.nio.file.Files.deleteIfExists(bundle);
            java.nio.file.Files.deleteIfExists(folder);
        }
    }

    /** Loads the demo round into this (empty) database. */
    public void importDemo(Consumer<ImportResult> result) {
        importing.set(true);
        tasks.run(this::loadDemo, importProgress::set, outcome -> {
            importing.set(false);
            result.accept(new ImportResult.Done(outcome));
            reload();
        }, e -> {
            importing.set(false);
            result.accept(failure(Path.of("demo"), e));
        });
    }
}
