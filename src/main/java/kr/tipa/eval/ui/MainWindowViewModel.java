package kr.tipa.eval.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.model.PanelMember;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.service.BackupService;
import kr.tipa.eval.service.ImportOutcome;
import kr.tipa.eval.service.NewVersionRequiredException;
import kr.tipa.eval.service.RefusedException;
import kr.tipa.eval.ui.WindowSituation.Situation;
import kr.tipa.eval.ui.actions.DemoLoader;
import kr.tipa.eval.ui.tasks.BackgroundTasks;

/**
 * What the window shows: the password, the profile, the empty state, the pledge or the desks, from a
 * situation read in the background; who I am for the status line; and the lock after idling. The
 * screens themselves have their own view models.
 */
public final class MainWindowViewModel {

    /** What the window should show. */
    public enum Stage {
        LOADING, LOCKED, PROFILE, EMPTY, PLEDGE, WORKSPACE
    }

    private final WindowSituation situation;
    private final DemoLoader demo;
    private final WindowSecrets secrets;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final StatusLine status;
    private final ObjectProperty<Stage> stage = new SimpleObjectProperty<>(Stage.LOADING);
    private final ObjectProperty<PanelMember> self = new SimpleObjectProperty<>();
    private final ObjectProperty<Round> round = new SimpleObjectProperty<>();
    private final StringProperty who = new SimpleStringProperty("");
    private final BooleanProperty idleLocked = new SimpleBooleanProperty();
    /** The demo round was asked for (--demo) and waits for a database with no round in it. */
    private boolean demoPending;
    /** The situation being read alongside the unlock, if it is. */
    private Ahead ahead;

    public MainWindowViewModel(WindowSituation situation, DemoLoader demo, WindowSecrets secrets,
            BackgroundTasks tasks, Messages messages, StatusLine status) {
        this.situation = situation;
        this.demo = demo;
        this.secrets = secrets;
        this.tasks = tasks;
        this.messages = messages;
        this.status = status;
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

    /**
     * Me, the certificate I sign with — its name, issuer and short fingerprint (to read out to the chair) — a
     * warning when the round's roster names another, and the round, for the status line.
     */
    public ReadOnlyStringProperty whoProperty() {
        return who;
    }

    public ReadOnlyStringProperty statusTextProperty() {
        return status.textProperty();
    }

    public BooleanProperty idleLockedProperty() {
        return idleLocked;
    }

    /** Who acts, as the audit log records it: me once I have a profile, else the system user. */
    public String actor() {
        return self.get() == null ? System.getProperty("user.name", "user") : self.get().id();
    }

    /** Works out what to show; {@code demo} loads the demo round as soon as there is a database without one. */
    public void start(boolean demo) {
        demoPending = demo;
        proceed();
    }

    /**
     * Starts reading the situation while the folder is being unlocked (the password was just given), so
     * that the unlock is followed at once by the next screen; a wrong password makes this read fail, and
     * the next attempt reads ahead again.
     */
    public void readAhead() {
        if (demoPending) {
            return;
        }
        Ahead ahead = new Ahead();
        this.ahead = ahead;
        tasks.run(p -> situation.read(), d -> { }, s -> ahead.arrived(s, null), e -> ahead.arrived(null, e));
    }

    /** Reads the situation again from the start (after the folder was unlocked or restored). */
    public void proceed() {
        Ahead read = ahead;
        ahead = null;
        if (read != null && read.ready()) {
            // Read already: the next screen at once, without the loading one in between.
            show(read.situation);
            return;
        }
        stage.set(Stage.LOADING);
        if (read == null || !read.use(this::show, this::readFromStart)) {
            readFromStart();
        }
    }

    private void readFromStart() {
        read(e -> {
            status.say(messages.get("ui.error.start", String.valueOf(e.getMessage())));
            stage.set(Stage.EMPTY);
        });
    }

    /** A situation read ahead of the unlock; all of it happens on the window's thread. */
    private static final class Ahead {
        private Situation situation;
        private boolean failed;
        private java.util.function.Consumer<Situation> show;
        private Runnable otherwise;

        void arrived(Situation s, Throwable e) {
            situation = s;
            failed = e != null || s.locked();
            if (show != null) {
                if (failed) {
                    otherwise.run();
                } else {
                    show.accept(s);
                }
            }
        }

        boolean ready() {
            return situation != null && !failed;
        }

        /**
         * Shows the situation now, or as soon as it arrives (reading it afresh with {@code otherwise} if that
         * read fails); false when it already failed.
         */
        boolean use(java.util.function.Consumer<Situation> show, Runnable otherwise) {
            if (failed) {
                return false;
            }
            if (situation != null) {
                show.accept(situation);
            } else {
                this.show = show;
                this.otherwise = otherwise;
            }
            return true;
        }
    }

    /** Reads the situation again without the loading state (after a profile, a pledge, an import). */
    public void reload() {
        read(e -> status.say(String.valueOf(e.getMessage())));
    }

    private void read(java.util.function.Consumer<Throwable> failed) {
        boolean wantDemo = demoPending;
        tasks.run(p -> {
            Situation s = situation.read();
            if (!s.locked() && wantDemo && demo.loadIfEmpty(p)) {
                s = situation.read();
            }
            return s;
        }, d -> { }, s -> {
            // Once there is a profile the demo was either loaded or the database already held a round.
            demoPending = demoPending && (s.locked() || s.self().isEmpty());
            show(s);
        }, failed);
    }

    private void show(Situation s) {
        self.set(s.self().orElse(null));
        round.set(s.round().orElse(null));
        who.set(who(s));
        if (s.locked()) {
            stage.set(Stage.LOCKED);
        } else if (s.self().isEmpty()) {
            stage.set(Stage.PROFILE);
        } else if (s.round().isEmpty()) {
            stage.set(Stage.EMPTY);
        } else if (!s.pledged()) {
            stage.set(Stage.PLEDGE);
        } else {
            stage.set(Stage.WORKSPACE);
        }
    }

    private String who(Situation s) {
        List<String> parts = new ArrayList<>();
        s.self().ifPresent(me -> {
            parts.add(messages.get("status.who", me.evaluator().name(), me.id()));
            s.certificate().ifPresent(c -> parts.add(messages.get("status.certificate", c.commonName(),
                    c.subject().equals(c.issuer()) ? messages.get("status.certificate.ownKey") : c.issuerName(),
                    c.fingerprint().shortForm())));
            if (s.notTheRosters()) {
                parts.add(messages.get("status.rosterMismatch"));
            }
        });
        s.round().ifPresent(r -> parts.add(r.program().name()));
        return String.join("  ·  ", parts);
    }

    /** Hides everything after idling; the password opens it again. */
    public void lockForIdle() {
        if (secrets.known() && stage.get() != Stage.LOCKED) {
            idleLocked.set(true);
        }
    }

    public void unlockedFromIdle() {
        idleLocked.set(false);
    }
}
