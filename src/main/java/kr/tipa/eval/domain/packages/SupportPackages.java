package kr.tipa.eval.domain.packages;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import kr.tipa.eval.domain.application.Application;
import kr.tipa.eval.domain.application.DocumentType;
import kr.tipa.eval.domain.application.GroupInsurance;

/**
 * The support programmes of a selected company, exactly as program-rules.md §4 states them: ②–⑤ for
 * every selected company, ① only when group insurance was requested with its form, ⑥ only with a
 * direct export record last year; ① and ② restricted by the risk-management rules.
 */
public final class SupportPackages {

    /** US$30백만: exports above this restrict ① and ②. */
    public static final long EXPORT_LIMIT_USD = 30_000_000L;

    private SupportPackages() {
    }

    /**
     * The decisions for a selected company, in ①–⑥ order; none for an application of a panel package,
     * whose group-insurance and risk facts stay with the agency (전담기관이 결정, on the full facts).
     */
    public static Map<SupportPackage, PackageDecision> decide(Application a) {
        if (a.inPanelPackage()) {
            return Map.of();
        }
        List<Restriction> restrictions = restrictions(a);
        List<Restriction> notes = notes(a);
        boolean restricted = !restrictions.isEmpty();
        Map<SupportPackage, PackageDecision> decisions = new EnumMap<>(SupportPackage.class);
        if (groupInsuranceApplies(a)) {
            decisions.put(SupportPackage.P1_GROUP_INSURANCE, riskManaged(SupportPackage.P1_GROUP_INSURANCE,
                    restricted, restrictions, notes));
        } else {
            decisions.put(SupportPackage.P1_GROUP_INSURANCE, notApplicable(SupportPackage.P1_GROUP_INSURANCE));
        }
        decisions.put(SupportPackage.P2_SHORT_TERM_INSURANCE_DISCOUNT,
                riskManaged(SupportPackage.P2_SHORT_TERM_INSURANCE_DISCOUNT, restricted, restrictions, notes));
        decisions.put(SupportPackage.P3_EXPORT_CONSULTING, granted(SupportPackage.P3_EXPORT_CONSULTING));
        decisions.put(SupportPackage.P4_BUYER_CREDIT_CHECK, granted(SupportPackage.P4_BUYER_CREDIT_CHECK));
        decisions.put(SupportPackage.P5_PRE_SHIPMENT_GUARANTEE, granted(SupportPackage.P5_PRE_SHIPMENT_GUARANTEE));
        decisions.put(SupportPackage.P6_POST_SHIPMENT_GUARANTEE, a.export().hasDirectExportLastYear()
                ? granted(SupportPackage.P6_POST_SHIPMENT_GUARANTEE)
                : notApplicable(SupportPackage.P6_POST_SHIPMENT_GUARANTEE));
        return decisions;
    }

    /** ① needs the request and its form (subject to the insurer's own review later). */
    static boolean groupInsuranceApplies(Application a) {
        return a.groupInsuranceRequested() && a.hasDocument(DocumentType.GROUP_INSURANCE_FORM);
    }

    /** Every restriction on ① and ② that holds, in the order program-rules.md §4 lists them. */
    static List<Restriction> restrictions(Application a) {
        List<Restriction> restrictions = new ArrayList<>();
        GroupInsurance insurance = a.groupInsurance();
        if (insurance != null && insurance.fraudHistory()) {
            restrictions.add(Restriction.FRAUD_HISTORY);
        }
        if (insurance != null && insurance.premiumOverdue()) {
            restrictions.add(Restriction.PREMIUM_OVERDUE);
        }
        if (!a.company().isSme()) {
            restrictions.add(Restriction.NOT_SME);
        }
        if (insurance != null && insurance.alreadyUsesGroupRider()) {
            restrictions.add(Restriction.ALREADY_USES_GROUP_RIDER);
        }
        if (exportOverLimit(a) && !usedGroupInsuranceLastYear(a)) {
            restrictions.add(Restriction.EXPORT_OVER_30M);
        }
        return restrictions;
    }

    /** Over US$30M but a group-insurance user last year: allowed, once, and said so. */
    static List<Restriction> notes(Application a) {
        return exportOverLimit(a) && usedGroupInsuranceLastYear(a)
                ? List.of(Restriction.EXPORT_OVER_30M_ALLOWED_ONCE) : List.of();
    }

    private static boolean exportOverLimit(Application a) {
        return BigDecimal.valueOf(a.export().lastYearExportUsd()).compareTo(BigDecimal.valueOf(EXPORT_LIMIT_USD)) > 0;
    }

    private static boolean usedGroupInsuranceLastYear(Application a) {
        return a.groupInsurance() != null && a.groupInsurance().usedLastYear();
    }

    private static PackageDecision riskManaged(SupportPackage p, boolean restricted, List<Restriction> restrictions,
            List<Restriction> notes) {
        return restricted ? new PackageDecision(p, PackageStatus.RESTRICTED, restrictions)
                : new PackageDecision(p, PackageStatus.GRANTED, notes);
    }

    private static PackageDecision granted(SupportPackage p) {
        return new PackageDecision(p, PackageStatus.GRANTED, List.of());
    }

    private static PackageDecision notApplicable(SupportPackage p) {
        return new PackageDecision(p, PackageStatus.NOT_APPLICABLE, List.of());
    }
}
