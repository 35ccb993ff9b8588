package kr.tipa.eval.bundle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import kr.tipa.eval.domain.panel.AgencyConflict;
import kr.tipa.eval.domain.panel.Panel;
import kr.tipa.eval.domain.panel.PanelRole;
import kr.tipa.eval.domain.panel.RosterMember;
import kr.tipa.eval.domain.panel.RoundSetup;
import kr.tipa.eval.domain.scoring.Evaluator;
import kr.tipa.eval.signing.Fingerprint;

/**
 * Reads what version 2 adds to the manifest: {@code panels} (each application in exactly one panel,
 * each roster with one chair when it is given), {@code conflicts} (the agency's 제척, between an
 * evaluator on a roster and a listed application) and {@code program.blind}.
 */
final class SetupParser {

    /** A panel id names a package file ({@code <programCode>-<panelId>.tbundle}): safe characters only. */
    static final Pattern PANEL_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    /** What the database keeps (evaluator names 200, affiliations and panel names 400, reasons 4,000). */
    static final int MAX_NAME = 200;
    static final int MAX_AFFILIATION = 400;
    static final int MAX_REASON = 4000;

    private SetupParser() {
    }

    static RoundSetup parse(JsonFields root, List<Manifest.Entry> applications, Problems problems) {
        boolean blind = root.object("program").optionalBool("blind", false);
        Set<String> listed = new HashSet<>();
        applications.forEach(a -> listed.add(a.receiptNo()));
        List<Panel> panels = panels(root, listed);
        List<AgencyConflict> conflicts = conflicts(root, panels, listed);
        return new RoundSetup(blind, panels, conflicts);
    }

    private static List<Panel> panels(JsonFields root, Set<String> listed) {
        List<JsonFields> items = root.objects("panels");
        if (items.isEmpty() && root.has("panels")) {
            root.problem("panels", "bundle.panel.none");
        }
        List<Panel> panels = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Map<String, String> evaluatorPanel = new HashMap<>();
        Map<String, String> receiptPanel = new HashMap<>();
        for (JsonFields item : items) {
            String id = item.matching("id", v -> PANEL_ID.matcher(v).matches(), "P1");
            if (!id.isBlank() && !ids.add(id)) {
                item.problem("id", "bundle.field.duplicate", id);
            }
            String name = item.text("name", MAX_AFFILIATION);
            List<RosterMember> members = members(item, id, evaluatorPanel);
            Set<String> receipts = new LinkedHashSet<>();
            List<String> given = item.texts("receiptNos");
            for (int i = 0; i < given.size(); i++) {
                String receipt = given.get(i);
                if (!listed.contains(receipt)) {
                    item.problem("receiptNos[" + i + "]", "bundle.panel.unknownReceipt", receipt);
                } else if (receiptPanel.putIfAbsent(receipt, id) != null || !receipts.add(receipt)) {
                    item.problem("receiptNos[" + i + "]", "bundle.panel.assignedTwice", receipt);
                }
            }
            panels.add(new Panel(id, name, members, List.copyOf(receipts)));
        }
        if (!items.isEmpty()) {
            listed.stream().filter(r -> !receiptPanel.containsKey(r)).sorted()
                    .forEach(r -> root.problem("panels", "bundle.panel.unassigned", r));
        }
        return panels;
    }

    private static List<RosterMember> members(JsonFields panel, String panelId, Map<String, String> evaluatorPanel) {
        List<RosterMember> members = new ArrayList<>();
        for (JsonFields item : panel.objects("members")) {
            String evaluatorId = item.matching("evaluatorId", v -> Evaluator.ID.matcher(v).matches(), "E01");
            if (!evaluatorId.isBlank() && evaluatorPanel.putIfAbsent(evaluatorId, panelId) != null) {
                item.problem("evaluatorId", "bundle.panel.evaluatorTwice", evaluatorId);
            }
            String name = item.text("name", MAX_NAME);
            String affiliation = item.has("affiliation") ? item.textMayBeEmpty("affiliation") : "";
            if (!item.fits("affiliation", affiliation, MAX_AFFILIATION)) {
                affiliation = "";
            }
            PanelRole role = item.enumeration("role", PanelRole.class);
            String certificate = null;
            if (item.has("certificateSha256")) {
                String given = item.text("certificateSha256");
                certificate = Fingerprint.parse(given).map(Fingerprint::value).orElse(null);
                if (certificate == null && !given.isBlank()) {
                    item.problem("certificateSha256", "bundle.field.format", given, "3F:A0:…:9C (64 hex)");
                }
            }
            members.add(new RosterMember(evaluatorId, name, affiliation, role, certificate));
        }
        long chairs = members.stream().filter(RosterMember::chair).count();
        if (!members.isEmpty() && chairs != 1) {
            panel.problem("members", "bundle.panel.chairs", panelId, chairs);
        }
        return members;
    }

    private static List<AgencyConflict> conflicts(JsonFields root, List<Panel> panels, Set<String> listed) {
        Set<String> rostered = new HashSet<>();
        panels.forEach(p -> p.members().forEach(m -> rostered.add(m.evaluatorId())));
        List<AgencyConflict> conflicts = new ArrayList<>();
        Set<String> pairs = new HashSet<>();
        for (JsonFields item : root.objects("conflicts")) {
            String evaluatorId = item.text("evaluatorId");
            String receiptNo = item.text("receiptNo");
            String reason = item.text("reason", MAX_REASON);
            if (!evaluatorId.isBlank() && !rostered.contains(evaluatorId)) {
                item.problem("evaluatorId", "bundle.conflict.unknownEvaluator", evaluatorId);
            }
            if (!receiptNo.isBlank() && !listed.contains(receiptNo)) {
                item.problem("receiptNo", "bundle.conflict.unknownReceipt", receiptNo);
            }
            if (!pairs.add(evaluatorId + "\u0000" + receiptNo)) {
                item.problem("receiptNo", "bundle.field.duplicate", evaluatorId + " / " + receiptNo);
            }
            conflicts.add(new AgencyConflict(evaluatorId, receiptNo, reason));
        }
        return conflicts;
    }
}
