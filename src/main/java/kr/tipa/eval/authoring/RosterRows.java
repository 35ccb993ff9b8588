package kr.tipa.eval.authoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import kr.tipa.eval.domain.panel.AgencyConflict;
import kr.tipa.eval.domain.panel.Panel;
import kr.tipa.eval.domain.panel.PanelRole;
import kr.tipa.eval.domain.panel.RosterMember;
import kr.tipa.eval.domain.scoring.Evaluator;
import kr.tipa.eval.signing.Fingerprint;

/**
 * The committee roster (panels), which panel scores which application (assignments) and the agency's
 * 제척 (conflicts), each row checked against the others: one chair per panel, every evaluator once,
 * every application in one panel when there are panels.
 */
final class RosterRows {

    /** The one panel of a round built without a roster: every application, members not yet known. */
    static final String DEFAULT_PANEL_ID = "P1";
    static final String DEFAULT_PANEL_NAME = "전체";

    /** As the bundle reader allows and the database keeps. */
    private static final Pattern PANEL_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final int MAX_NAME = 200;
    private static final int MAX_AFFILIATION = 400;
    private static final int MAX_REASON = 4000;

    private final IntakeFaults faults;

    RosterRows(IntakeFaults faults) {
        this.faults = faults;
    }

    /** A panel being read: its name, first row, members and applications. */
    private static final class Draft {
        final String id;
        final String name;
        final int firstRow;
        final List<RosterMember> members = new ArrayList<>();
        final Set<String> receipts = new LinkedHashSet<>();

        Draft(String id, String name, int firstRow) {
            this.id = id;
            this.name = name;
            this.firstRow = firstRow;
        }
    }

    /**
     * The round's panels from the roster and assignments (either may be null: not given), every
     * application in one of them.
     *
     * @param receipts the applications' receipt numbers with their rows, in sheet order
     */
    List<Panel> panels(Table roster, Table assignments, Map<String, ApplicationRows.Row> receipts) {
        if (roster == null) {
            if (assignments != null && !assignments.records().isEmpty()) {
                faults.add(assignments.file(), 0, "", "intake.assignments.withoutPanels");
            }
            return List.of(new Panel(DEFAULT_PANEL_ID, DEFAULT_PANEL_NAME, List.of(), List.copyOf(receipts.keySet())));
        }
        Map<String, Draft> drafts = roster(roster);
        if (drafts.isEmpty()) {
            return List.of();
        }
        if (assignments == null) {
            if (drafts.size() == 1) {
                drafts.values().iterator().next().receipts.addAll(receipts.keySet());
            } else {
                faults.add(roster.file(), 0, "", "intake.assignments.needed", drafts.size());
                return List.of();
            }
        } else {
            assign(assignments, drafts, receipts);
            receipts.values().stream()
                    .filter(r -> drafts.values().stream().noneMatch(d -> d.receipts.contains(r.receiptNo())))
                    .forEach(r -> faults.add(r.file(), r.row(), ApplicationColumns.RECEIPT_NO,
                            "intake.assignments.unassigned", r.receiptNo(), assignments.file()));
        }
        return drafts.values().stream().map(d -> new Panel(d.id, d.name, d.members, List.copyOf(d.receipts)))
                .toList();
    }

    private Map<String, Draft> roster(Table table) {
        Map<String, Draft> drafts = new LinkedHashMap<>();
        Map<String, Integer> evaluators = new HashMap<>();
        Map<String, List<Integer>> chairRows = new HashMap<>();
        for (Table.Record record : table.records()) {
            String panelId = required(record, "panelId");
            String panelName = required(record, "panelName");
            String evaluatorId = required(record, "evaluatorId");
            String name = required(record, "evaluatorName");
            String affiliation = record.text("affiliation");
            String roleText = required(record, "role");
            if (!panelId.isEmpty() && !PANEL_ID.matcher(panelId).matches()) {
                faults.add(record.file(), record.row(), "panelId", "intake.value.format", panelId, "P1");
                panelId = "";
            }
            if (!evaluatorId.isEmpty() && !Evaluator.ID.matcher(evaluatorId).matches()) {
                faults.add(record.file(), record.row(), "evaluatorId", "intake.value.format", evaluatorId, "E01");
                evaluatorId = "";
            }
            fits(record, "panelName", panelName, MAX_AFFILIATION);
            fits(record, "evaluatorName", name, MAX_NAME);
            fits(record, "affiliation", affiliation, MAX_AFFILIATION);
            PanelRole role = null;
            if (!roleText.isEmpty()) {
                role = Values.code(roleText, PanelRole.class).orElse(null);
                if (role == null) {
                    faults.add(record.file(), record.row(), "role", "intake.value.code", roleText, "CHAIR, MEMBER");
                }
            }
            String certificate = certificate(record);
            if (!evaluatorId.isEmpty()) {
                Integer first = evaluators.putIfAbsent(evaluatorId, record.row());
                if (first != null) {
                    faults.add(record.file(), record.row(), "evaluatorId", "intake.panels.evaluatorTwice", evaluatorId,
                            first);
                    continue;
                }
            }
            if (panelId.isEmpty()) {
                continue;
            }
            Draft draft = drafts.computeIfAbsent(panelId, id -> new Draft(id, panelName, record.row()));
            if (!panelName.isEmpty() && !draft.name.isEmpty() && !panelName.equals(draft.name)) {
                faults.add(record.file(), record.row(), "panelName", "intake.panels.otherName", panelId, draft.name,
                        draft.firstRow);
            }
            if (role == PanelRole.CHAIR) {
                chairRows.computeIfAbsent(panelId, id -> new ArrayList<>()).add(record.row());
            }
            if (!evaluatorId.isEmpty() && !name.isEmpty() && role != null) {
                draft.members.add(new RosterMember(evaluatorId, name, affiliation, role, certificate));
            }
        }
        for (Draft draft : drafts.values()) {
            List<Integer> chairs = chairRows.getOrDefault(draft.id, List.of());
            if (chairs.size() != 1) {
                faults.add(table.file(), chairs.size() > 1 ? chairs.get(1) : draft.firstRow, "role",
                        "intake.panels.chairs", draft.id, chairs.size());
            }
        }
        return drafts;
    }

    private String certificate(Table.Record record) {
        String given = record.text("certificateSha256");
        if (given.isEmpty()) {
            return null;
        }
        return Fingerprint.parse(given).map(Fingerprint::value).orElseGet(() -> {
            faults.add(record.file(), record.row(), "certificateSha256", "intake.panels.fingerprint", given);
            return null;
        });
    }

    private void assign(Table table, Map<String, Draft> drafts, Map<String, ApplicationRows.Row> receipts) {
        Map<String, Integer> assigned = new HashMap<>();
        for (Table.Record record : table.records()) {
            String receipt = required(record, "receiptNo");
            String panelId = required(record, "panelId");
            if (receipt.isEmpty() || panelId.isEmpty()) {
                continue;
            }
            boolean known = true;
            if (!receipts.containsKey(receipt)) {
                faults.add(record.file(), record.row(), "receiptNo", "intake.receipt.unknown", receipt);
                known = false;
            }
            Draft draft = drafts.get(panelId);
            if (draft == null) {
                faults.add(record.file(), record.row(), "panelId", "intake.assignments.unknownPanel", panelId,
                        String.join(", ", drafts.keySet()));
                known = false;
            }
            if (!known) {
                continue;
            }
            Integer first = assigned.putIfAbsent(receipt, record.row());
            if (first != null) {
                faults.add(record.file(), record.row(), "receiptNo", "intake.assignments.twice", receipt, first);
                continue;
            }
            draft.receipts.add(receipt);
        }
    }

    /** The agency's 제척, each between an evaluator on the roster and an application with a row. */
    List<AgencyConflict> conflicts(Table table, List<Panel> panels, Map<String, ApplicationRows.Row> receipts) {
        if (table == null) {
            return List.of();
        }
        Set<String> rostered = new LinkedHashSet<>();
        panels.forEach(p -> p.members().forEach(m -> rostered.add(m.evaluatorId())));
        List<AgencyConflict> conflicts = new ArrayList<>();
        Map<String, Integer> pairs = new HashMap<>();
        for (Table.Record record : table.records()) {
            String evaluatorId = required(record, "evaluatorId");
            String receipt = required(record, "receiptNo");
            String reason = required(record, "reason");
            fits(record, "reason", reason, MAX_REASON);
            boolean ok = !evaluatorId.isEmpty() && !receipt.isEmpty() && !reason.isEmpty();
            if (!evaluatorId.isEmpty() && !rostered.contains(evaluatorId)) {
                faults.add(record.file(), record.row(), "evaluatorId", "intake.conflicts.unknownEvaluator", evaluatorId);
                ok = false;
            }
            if (!receipt.isEmpty() && !receipts.containsKey(receipt)) {
                faults.add(record.file(), record.row(), "receiptNo", "intake.receipt.unknown", receipt);
                ok = false;
            }
            if (ok) {
                Integer first = pairs.putIfAbsent(evaluatorId + "\u0000" + receipt, record.row());
                if (first != null) {
                    faults.add(record.file(), record.row(), "receiptNo", "intake.conflicts.twice", evaluatorId,
                            receipt, first);
                } else {
                    conflicts.add(new AgencyConflict(evaluatorId, receipt, reason));
                }
            }
        }
        return conflicts;
    }

    private String required(Table.Record record, String key) {
        String text = record.text(key);
        if (text.isEmpty()) {
            faults.add(record.file(), record.row(), key, "intake.cell.missing");
        }
        return text;
    }

    private void fits(Table.Record record, String key, String text, int max) {
        int length = text.codePointCount(0, text.length());
        if (length > max) {
            faults.add(record.file(), record.row(), key, "intake.value.tooLong", length, max);
        }
    }
}
