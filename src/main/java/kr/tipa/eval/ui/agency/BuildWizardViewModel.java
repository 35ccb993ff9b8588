package kr.tipa.eval.ui.agency;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kr.tipa.eval.authoring.BuildInputs;
import kr.tipa.eval.authoring.BuildReport;
import kr.tipa.eval.authoring.IntakeFault;
import kr.tipa.eval.authoring.IntakeRefusedException;
import kr.tipa.eval.authoring.ProgramFacts;
import kr.tipa.eval.bundle.ReadProgress;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.service.RoundBuildService;
import kr.tipa.eval.signing.Fingerprint;
import kr.tipa.eval.ui.chair.ChairOperations;
import kr.tipa.eval.ui.tasks.BackgroundTasks;

/**
 * The agency's round build in three steps (round-authoring.md §1–2): the inputs (program.json shown as soon
 * as it is chosen), what was read — or every fault, as a table — and the signed round written with
 * progress and cancel, its agency fingerprint to read out, and an import into this database. Every read
 * and the write run in the background; a build that fails or is cancelled leaves no file.
 */
public final class BuildWizardViewModel {

    public enum Step {
        INPUTS, PREVIEW, WRITE
    }

    public enum WriteState {
        IDLE, WRITING, WRITTEN, CANCELLED, FAILED
    }

    private final RoundBuildService builds;
    private final TemplateWriter template;
    private final BackgroundTasks tasks;
    private final ChairOperations ops;
    private final Messages messages;
    private final Supplier<String> actor;
    private final Consumer<Path> importer;

    private final ObjectProperty<Step> step = new SimpleObjectProperty<>(Step.INPUTS);
    private final ObjectProperty<Path> program = new SimpleObjectProperty<>();
    private final ObjectProperty<Path> applications = new SimpleObjectProperty<>();
    private final ObjectProperty<Path> documents = new SimpleObjectProperty<>();
    private final ObjectProperty<Path> documentsList = new SimpleObjectProperty<>();
    private final ObjectProperty<Path> panels = new SimpleObjectProperty<>();
    private final ObjectProperty<Path> assignments = new SimpleObjectProperty<>();
    private final ObjectProperty<Path> conflicts = new SimpleObjectProperty<>();
    private final ObjectProperty<ProgramFacts> programFacts = new SimpleObjectProperty<>();
    private final StringProperty programProblem = new SimpleStringProperty("");
    private final ObjectProperty<IntakePreview> preview = new SimpleObjectProperty<>();
    private final ObservableList<FaultRow> faults = FXCollections.observableArrayList();
    private final BooleanProperty reading = new SimpleBooleanProperty();
    private final ObjectProperty<WriteState> writeState = new SimpleObjectProperty<>(WriteState.IDLE);
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final StringProperty progressText = new SimpleStringProperty("");
    private final ObjectProperty<BuildReport> report = new SimpleObjectProperty<>();
    private final BooleanProperty imported = new SimpleBooleanProperty();
    private BackgroundTasks.Handle writing;
    private long generation;

    /**
     * @param actor    who builds, as the audit log records it
     * @param importer imports a written round into this database through the window's import (with its
     *                 fingerprint dialog)
     */
    public BuildWizardViewModel(RoundBuildService builds, TemplateWriter template, BackgroundTasks tasks,
            ChairOperations ops, Supplier<String> actor, Consumer<Path> importer) {
        this.builds = builds;
        this.template = template;
        this.tasks = tasks;
        this.ops = ops;
        this.messages = ops.messages();
        this.actor = actor;
        this.importer = importer;
        // What was read no longer holds once an input changes.
        for (Observable input : List.of(program, applications, documents, documentsList, panels, assignments,
                conflicts)) {
            input.addListener(o -> stale());
        }
        program.addListener((o, was, now) -> readProgram(now));
    }

    public Messages messages() {
        return messages;
    }

    public ObjectProperty<Step> stepProperty() {
        return step;
    }

    public ObjectProperty<Path> programProperty() {
        return program;
    }

    public ObjectProperty<Path> applicationsProperty() {
        return applications;
    }

    public ObjectProperty<Path> documentsProperty() {
        return documents;
    }

    public ObjectProperty<Path> documentsListProperty() {
        return documentsList;
    }

    public ObjectProperty<Path> panelsProperty() {
        return panels;
    }

    public ObjectProperty<Path> assignmentsProperty() {
        return assignments;
    }

    public ObjectProperty<Path> conflictsProperty() {
        return conflicts;
    }

    /** What program.json says, once read without fault. */
    public ObjectProperty<ProgramFacts> programFactsProperty() {
        return programFacts;
    }

    /** program.json's faults in words (empty when none). */
    public StringProperty programProblemProperty() {
        return programProblem;
    }

    public ObjectProperty<IntakePreview> previewProperty() {
        return preview;
    }

    /** Every fault of the last read or build, in the order a person fixes them (file, then row). */
    public ObservableList<FaultRow> faults() {
        return faults;
    }

    public BooleanProperty readingProperty() {
        return reading;
    }

    public ObjectProperty<WriteState> writeStateProperty() {
        return writeState;
    }

    /** 0 to 1 while writing, or -1 while the amount is unknown. */
    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty progressTextProperty() {
        return progressText;
    }

    public ObjectProperty<BuildReport> reportProperty() {
        return report;
    }

    public BooleanProperty importedProperty() {
        return imported;
    }

    public BooleanBinding writingProperty() {
        return writeState.isEqualTo(WriteState.WRITING);
    }

    /** The three inputs a build needs are chosen, and nothing is being read or written. */
    public BooleanBinding canPreviewProperty() {
        return program.isNotNull().and(applications.isNotNull()).and(documents.isNotNull()).and(reading.not())
                .and(writingProperty().not());
    }

    /** Read without fault, on the preview step. */
    public BooleanBinding canBuildProperty() {
        return Bindings.createBooleanBinding(() -> step.get() == Step.PREVIEW && preview.get() != null
                && faults.isEmpty() && !reading.get() && writeState.get() != WriteState.WRITING,
                step, preview, faults, reading, writeState);
    }

    public BooleanBinding canGoBackProperty() {
        return step.isNotEqualTo(Step.INPUTS).and(writingProperty().not());
    }

    public BooleanBinding canImportProperty() {
        return Bindings.createBooleanBinding(() -> report.get() != null && !imported.get()
                && writeState.get() == WriteState.WRITTEN, report, imported, writeState);
    }

    private BuildInputs inputs() {
        return new BuildInputs(program.get(), applications.get(), documents.get(), documentsList.get(),
                panels.get(), assignments.get(), conflicts.get());
    }

    private void stale() {
        generation++;
        preview.set(null);
        faults.clear();
        if (step.get() == Step.PREVIEW) {
            step.set(Step.INPUTS);
        }
    }

    private void readProgram(Path file) {
        programFacts.set(null);
        programProblem.set("");
        if (file == null) {
            return;
        }
        ops.read(p -> builds.program(file), checked -> {
            if (file.equals(program.get())) {
                programFacts.set(checked.program().orElse(null));
                programProblem.set(String.join("\n", checked.faults().stream()
                        .map(f -> f.render(messages)).toList()));
            }
        }, ops::fail);
    }

    /** Reads every input and shows what was read, or every fault; writes nothing. */
    public void preview() {
        if (!canPreviewProperty().get()) {
            return;
        }
        long mine = ++generation;
        BuildInputs inputs = inputs();
        reading.set(true);
        ops.say(messages.get("agency.build.reading"));
        ops.read(p -> builds.read(inputs), intake -> {
            reading.set(false);
            if (mine != generation) {
                return;
            }
            preview.set(IntakePreview.of(intake));
            showFaults(intake.faults());
            step.set(Step.PREVIEW);
            if (intake.faultless()) {
                ops.say(messages.get("agency.build.readOk", intake.applications().size(), intake.documentCount()));
            } else {
                ops.sayError(messages.get("agency.build.refused", intake.faults().size()));
            }
        }, e -> {
            reading.set(false);
            ops.fail(e);
        });
    }

    private void showFaults(List<IntakeFault> list) {
        faults.setAll(list.stream().map(f -> FaultRow.of(f, messages)).toList());
    }

    /** The name a save prompt offers for the round: the programme's code. */
    public String suggestedName() {
        IntakePreview read = preview.get();
        String code = read == null || read.program() == null ? "" : read.program().code();
        return (code.isEmpty() ? messages.get("agency.build.defaultName") : code) + ".tbundle";
    }

    /** Writes the signed round to {@code target}; cancellable; nothing is left when it fails or is cancelled. */
    public void build(Path target) {
        if (!canBuildProperty().get()) {
            return;
        }
        BuildInputs inputs = inputs();
        String by = actor.get();
        long total = preview.get().bytes();
        report.set(null);
        imported.set(false);
        progress.set(-1);
        progressText.set("");
        writeState.set(WriteState.WRITING);
        step.set(Step.WRITE);
        ops.say(messages.get("agency.build.writing", String.valueOf(target.getFileName())));
        writing = tasks.run(p -> builds.build(inputs, target, by, readProgress(p)), fraction -> {
            progress.set(fraction);
            if (fraction >= 0) {
                progressText.set(messages.get("agency.build.progress", Math.round(fraction * 100),
                        Sizes.of(Math.round(fraction * total)), Sizes.of(total)));
            }
        }, built -> {
            writing = null;
            report.set(built);
            progress.set(1);
            writeState.set(WriteState.WRITTEN);
            ops.say(messages.get("agency.build.written", String.valueOf(built.bundle().getFileName())));
        }, e -> {
            writing = null;
            if (e instanceof CancellationException) {
                writeState.set(WriteState.CANCELLED);
                ops.say(messages.get("agency.build.cancelled"));
            } else if (e instanceof IntakeRefusedException refused) {
                // The inputs changed on disk since they were read: back to the faults.
                writeState.set(WriteState.IDLE);
                showFaults(refused.faults());
                step.set(Step.PREVIEW);
                ops.sayError(messages.get("agency.build.refused", refused.faults().size()));
            } else {
                writeState.set(WriteState.FAILED);
                ops.fail(e);
            }
        });
    }

    public void cancel() {
        if (writing != null) {
            writing.cancel();
        }
    }

    public void back() {
        if (!canGoBackProperty().get()) {
            return;
        }
        if (step.get() == Step.WRITE) {
            writeState.set(WriteState.IDLE);
            step.set(preview.get() == null ? Step.INPUTS : Step.PREVIEW);
        } else {
            step.set(Step.INPUTS);
        }
    }

    /** Imports the round just written into this database, as File › Import would. */
    public void importBuilt() {
        if (canImportProperty().get()) {
            imported.set(true);
            importer.accept(report.get().bundle());
        }
    }

    /** The agency fingerprint's first eight bytes, which are read out on the phone. */
    public String fingerprintShort() {
        BuildReport built = report.get();
        return built == null ? "" : new Fingerprint(built.agencyFingerprint()).shortForm();
    }

    /** Writes the blank intake workbook (Korean labels, drop-downs, an example row per sheet). */
    public void writeTemplate(Path target) {
        ops.read(p -> {
            template.write(target);
            return target;
        }, t -> ops.say(messages.get("agency.template.written", String.valueOf(t))), ops::fail);
    }

    /** The chosen rows, or every row when none is chosen, as tab-separated text for the clipboard. */
    public String faultsText(List<FaultRow> chosen) {
        return FaultRow.tsv(chosen.isEmpty() ? faults : chosen, messages);
    }

    /** Says how many faults went onto the clipboard. */
    public void copied(int count) {
        ops.say(messages.get("agency.faults.copied", count));
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
}
