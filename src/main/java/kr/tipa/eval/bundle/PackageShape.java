package kr.tipa.eval.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import kr.tipa.eval.domain.application.AgencyScreening;
import kr.tipa.eval.domain.screening.ScreeningCode;
import kr.tipa.eval.domain.screening.ScreeningStatus;

/**
 * What a panel package (bundle-format.md, version 2) changes in an application: {@code agencyScreening}
 * stands in for the facts it was decided on, which must then be absent ({@code compliance}, {@code credit},
 * {@code groupInsurance}, {@code company.businessRegistrationNo}); and only a package's applications carry
 * it. A package holds only applications the agency found eligible.
 */
final class PackageShape {

    static final String FIELD = "agencyScreening";
    /** The top-level objects a package leaves out; the business registration number goes from {@code company}. */
    static final List<String> LEFT_OUT = List.of("compliance", "credit", "groupInsurance");
    static final String BUSINESS_NO = "businessRegistrationNo";

    private PackageShape() {
    }

    /** Whether the application file carries the agency's outcome (and so must leave the facts out). */
    static boolean packaged(JsonFields root) {
        return root.raw(FIELD) != null;
    }

    /** The agency's outcome of a package's application, each left-out fact that is present reported. */
    static AgencyScreening read(JsonFields root) {
        for (String field : LEFT_OUT) {
            if (root.raw(field) != null) {
                root.problem(field, "bundle.package.leftOut", field);
            }
        }
        JsonFields f = root.object(FIELD);
        ScreeningStatus status = f.enumeration("status", ScreeningStatus.class);
        if (status != null && status != ScreeningStatus.ELIGIBLE) {
            f.problem("status", "bundle.package.notEligible", status.name());
        }
        List<AgencyScreening.Finding> reasons = new ArrayList<>();
        for (JsonFields reason : f.objects("reasons")) {
            ScreeningCode code = reason.enumeration("code", ScreeningCode.class);
            List<String> details = reason.texts("details");
            if (code != null) {
                reasons.add(new AgencyScreening.Finding(code.name(), details));
            }
        }
        String note = f.optionalText("overrideNote");
        if (note != null && !f.fits("overrideNote", note, SetupParser.MAX_REASON)) {
            note = null;
        }
        return new AgencyScreening(status == null ? ScreeningStatus.ELIGIBLE.name() : status.name(), reasons, note);
    }

    /**
     * Whether an application file has the shape its bundle calls for: in a package it carries the agency's
     * outcome, elsewhere it does not. A file that does not is reported as such, not field by field.
     */
    static boolean fits(String file, JsonNode json, boolean inPackage, Problems problems) {
        boolean packaged = json.isObject() && json.get(FIELD) != null;
        if (packaged == inPackage) {
            return true;
        }
        problems.add(file, FIELD, inPackage ? "bundle.package.outcomeMissing" : "bundle.package.outcomeOutsidePackage");
        return false;
    }
}
