package kr.tipa.eval.authoring;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import kr.tipa.eval.domain.application.DocumentType;
import kr.tipa.eval.domain.panel.RoundSetup;

/**
 * Everything a round build read, before anything is written: the programme, the applications as
 * application.json trees with the files that go with them, the panels and 제척, and every fault. A build
 * goes on to write only when {@link #faults()} is empty.
 *
 * @param program          the manifest's {@code program} object, {@code blind} included
 * @param inferred         every document whose type came from its file name, for the build report
 * @param examplesSkipped  the template's example rows that were not read as data
 * @param ignored          files the operating system leaves in folders (Thumbs.db, .DS_Store …)
 */
public record Intake(
        ObjectNode program,
        List<Application> applications,
        RoundSetup setup,
        List<InferredType> inferred,
        int examplesSkipped,
        List<String> ignored,
        List<IntakeFault> faults) {

    public Intake {
        applications = List.copyOf(applications);
        inferred = List.copyOf(inferred);
        ignored = List.copyOf(ignored);
        faults = List.copyOf(faults);
    }

    public boolean faultless() {
        return faults.isEmpty();
    }

    public String programCode() {
        return program.path("code").asText("");
    }

    /** What program.json says (code, name, deadline, capacity, cutoff, blind), or null when it had faults. */
    public ProgramFacts programFacts() {
        return program == null ? null : ProgramFacts.of(program);
    }

    public int documentCount() {
        return applications.stream().mapToInt(a -> a.documents().size()).sum();
    }

    public long documentBytes() {
        return applications.stream().flatMap(a -> a.documents().stream()).mapToLong(Document::size).sum();
    }

    /** One application: its tree (documents not yet listed) and its files. */
    public record Application(String receiptNo, String companyName, ObjectNode json, List<Document> documents) {
        public Application {
            documents = List.copyOf(documents);
        }
    }

    /** One file going into the bundle at {@code documents/<name>}. */
    public record Document(String name, Path source, DocumentType type, long size) {
        public String bundlePath() {
            return "documents/" + name;
        }
    }

    /** A document type read from the file's name rather than from the documents list. */
    public record InferredType(String receiptNo, String file, DocumentType type) {
    }
}
