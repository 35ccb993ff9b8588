package kr.tipa.eval.domain.application;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One application of the round (bundle-format.md, application.json).
 *
 * @param ksureGrade     the exporter grade registered with the insurer; null when not registered
 * @param groupInsurance null when group insurance was not requested
 */
public record Application(
        String receiptNo,
        OffsetDateTime submittedAt,
        boolean submissionComplete,
        Company company,
        RndProject rndProject,
        ExportRecord export,
        String ksureGrade,
        Compliance compliance,
        GroupInsurance groupInsurance,
        Plan plan,
        List<AttachedDocument> documents,
        Set<OnlineForm> onlineForms) {

    public Application {
        Objects.requireNonNull(receiptNo, "receiptNo");
        Objects.requireNonNull(submittedAt, "submittedAt");
        Objects.requireNonNull(company, "company");
        Objects.requireNonNull(rndProject, "rndProject");
        Objects.requireNonNull(export, "export");
        Objects.requireNonNull(compliance, "compliance");
        Objects.requireNonNull(plan, "plan");
        documents = List.copyOf(documents);
        onlineForms = Set.copyOf(onlineForms);
    }

    public Optional<String> creditGrade() {
        return Optional.ofNullable(ksureGrade);
    }

    public Optional<GroupInsurance> groupInsuranceRequest() {
        return Optional.ofNullable(groupInsurance);
    }

    /** Group insurance was asked for (단체보험 희망): its form then becomes a required document. */
    public boolean groupInsuranceRequested() {
        return groupInsurance != null && groupInsurance.requested();
    }

    public boolean hasDocument(DocumentType type) {
        return documents.stream().anyMatch(d -> d.type() == type);
    }
}
