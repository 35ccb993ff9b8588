package kr.tipa.eval.domain.application;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The agency's 자격 요건검토 of an application in a panel package, carried in place of the facts it was
 * decided on (compliance, credit, group insurance, the business registration number), which the package
 * leaves out. Kept as the package states it, in the codes of program-rules.md §1; screening takes it as
 * decided instead of judging facts the committee never receives.
 *
 * @param status       the status the agency settled on (a package holds ELIGIBLE applications only)
 * @param reasons      what the agency's screening found, as codes with their particulars
 * @param overrideNote the agency's written reason when a person decided over the rules; null otherwise
 */
public record AgencyScreening(String status, List<Finding> reasons, String overrideNote) {

    public AgencyScreening {
        Objects.requireNonNull(status, "status");
        reasons = List.copyOf(reasons);
    }

    public Optional<String> note() {
        return Optional.ofNullable(overrideNote);
    }

    /** One reason of the agency's screening: its code (e.g. {@code W01_INVALID_BUSINESS_NUMBER}) and particulars. */
    public record Finding(String code, List<String> details) {
        public Finding {
            Objects.requireNonNull(code, "code");
            details = List.copyOf(details);
        }
    }
}
