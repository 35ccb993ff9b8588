package kr.tipa.eval.domain.panel;

import java.util.Objects;
import java.util.Optional;

/**
 * One evaluator on a panel's roster as the agency named them.
 *
 * @param certificateSha256 the SHA-256 fingerprint of the evaluator's signing certificate in the
 *                          {@code AB:CD:…} form, or null when the agency did not give one
 */
public record RosterMember(String evaluatorId, String name, String affiliation, PanelRole role,
        String certificateSha256) {

    public RosterMember {
        Objects.requireNonNull(evaluatorId, "evaluatorId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        affiliation = affiliation == null ? "" : affiliation;
    }

    public Optional<String> certificate() {
        return Optional.ofNullable(certificateSha256);
    }

    public boolean chair() {
        return role == PanelRole.CHAIR;
    }
}
