package kr.tipa.eval.domain.packages;

import java.util.List;
import java.util.Objects;

/** One programme's status for a company, with the restrictions behind RESTRICTED and any note. */
public record PackageDecision(SupportPackage supportPackage, PackageStatus status, List<Restriction> reasons) {
    public PackageDecision {
        Objects.requireNonNull(supportPackage, "supportPackage");
        Objects.requireNonNull(status, "status");
        reasons = List.copyOf(reasons);
    }
}
