package kr.tipa.eval.excel.results;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the result workbook says about where it comes from and where it goes: the bundle scored, the panel
 * (분과) whose result it is, on the agency's database the panels merged into it, and the machine-readable
 * copy that the agency's {@code results import} reads back after verifying the chair's signature.
 *
 * @param bundleId    the round's bundle (on a chair's laptop: the panel package)
 * @param panel       the panel whose result this is; empty for a round without panels and for the merged round
 * @param parts       on the agency's database: each panel merged in, one sheet each; empty otherwise
 * @param machineCopy the JSON copy put in a very hidden sheet; empty leaves the sheet out
 */
public record Handover(String bundleId, Optional<PanelName> panel, List<PanelPart> parts, String machineCopy) {

    public Handover {
        Objects.requireNonNull(bundleId, "bundleId");
        Objects.requireNonNull(panel, "panel");
        parts = List.copyOf(parts);
        machineCopy = machineCopy == null ? "" : machineCopy;
    }

    /** A round without panels: only the bundle is named. */
    public static Handover of(String bundleId) {
        return new Handover(bundleId, Optional.empty(), List.of(), "");
    }

    public record PanelName(String id, String name) {
    }

    /**
     * One panel merged into the agency's result: its imported result's chair, signer, certificate and
     * whether it was final, and its applications.
     */
    public record PanelPart(String id, String name, String chairName, String signerName, String fingerprint,
            boolean finalResult, int version, List<String> receiptNos) {
        public PanelPart {
            receiptNos = List.copyOf(receiptNos);
        }
    }

    public boolean merged() {
        return !parts.isEmpty();
    }
}
