package kr.tipa.eval.domain.application;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One application of the round (bundle-format.md, application.json).
 *
 * @param ksureGrade      the exporter grade registered with the insurer; null when not registered (and in a
 *                        panel package, which leaves it out)
 * @param compliance      null only in a panel package, which carries the agency's screening instead
 * @param groupInsurance  null when group insurance was not requested (and in a panel package)
 * @param agencyScreening the agency's screening outcome, present exactly when the application came in a
 *                        panel package (bundle-format.md, version 2); null otherwise
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
        Set<OnlineForm> onlineForms,
        AgencyScreening agencyScreening) {

    public Application {
        Objects.requireNonNull(receiptNo, "receiptNo");
        Objects.requireNonNull(submittedAt, "submittedAt");
        Objects.requireNonNull(company, "company");
        Objects.requireNonNull(rndProject, "rndProject");
        Objects.requireNonNull(export, "export");
        if (agencyScreening == null) {
            Objects.requireNonNull(compliance, "compliance");
            Objects.requireNonNull(company.businessRegistrationNo(), "company.businessRegistrationNo");
        }
        Objects.requireNonNull(plan, "plan");
        documents = List.copyOf(documents);
        onlineForms = Set.copyOf(onlineForms);
    }

    /** An application with every fact, as the intake (and a version 1 bundle) gives it. */
    public Application(String receiptNo, OffsetDateTime submittedAt, boolean submissionComplete, Company company,
            RndProject rndProject, ExportRecord export, String ksureGrade, Compliance compliance,
            GroupInsurance groupInsurance, Plan plan, List<AttachedDocument> documents, Set<OnlineForm> onlineForms) {
        this(receiptNo, submittedAt, submissionComplete, company, rndProject, export, ksureGrade, compliance,
                groupInsurance, plan, documents, onlineForms, null);
    }

    /** Whether it came in a panel package: screened by the agency, its compliance and credit facts left out. */
    public boolean inPanelPackage() {
        return agencyScreening != null;
    }

    public Optional<AgencyScreening> agencyOutcome() {
        return Optional.ofNullable(agencyScreening);
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
