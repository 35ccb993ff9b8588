package kr.tipa.eval.storage.h2;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.tipa.eval.domain.panel.AgencyConflict;
import kr.tipa.eval.domain.panel.Panel;
import kr.tipa.eval.domain.panel.PanelRole;
import kr.tipa.eval.domain.panel.RosterMember;
import kr.tipa.eval.domain.panel.RoundSetup;
import kr.tipa.eval.storage.RoundSetupRepository;

/** Agency pins and round setups in H2. */
public final class H2RoundSetupRepository implements RoundSetupRepository {

    private final Sql sql;

    public H2RoundSetupRepository(Database database) {
        this.sql = new Sql(database);
    }

    @Override
    public Optional<AgencyPin> agencyPin(String programCode) {
        return sql.one("SELECT program_code, fingerprint, certificate, signer_name, bundle_id,"
                + " checked_against_letter, pinned_at FROM agency_pin WHERE program_code = ?",
                rs -> new AgencyPin(rs.getString(1), rs.getString(2), rs.getBytes(3), rs.getString(4),
                        rs.getString(5), rs.getBoolean(6), Sql.instant(rs, "pinned_at")), programCode);
    }

    @Override
    public void pinAgency(AgencyPin p) {
        sql.update("INSERT INTO agency_pin (program_code, fingerprint, certificate, signer_name, bundle_id,"
                + " checked_against_letter, pinned_at) VALUES (?, ?, ?, ?, ?, ?, ?)", p.programCode(),
                p.fingerprint(), p.der(), p.signerName(), p.bundleId(), p.checkedAgainstLetter(), p.pinnedAt());
    }

    @Override
    public void replace(long roundId, String bundleId, String agencyFingerprint, RoundSetup setup) {
        sql.update("DELETE FROM agency_conflict WHERE round_id = ?", roundId);
        sql.update("DELETE FROM panel_application WHERE round_id = ?", roundId);
        sql.update("DELETE FROM roster_member WHERE round_id = ?", roundId);
        sql.update("DELETE FROM panel WHERE round_id = ?", roundId);
        sql.update("MERGE INTO round_setup (round_id, bundle_id, blind, agency_fingerprint) KEY (round_id)"
                + " VALUES (?, ?, ?, ?)", roundId, bundleId, setup.blind(), agencyFingerprint);
        List<Object[]> panels = new ArrayList<>();
        List<Object[]> members = new ArrayList<>();
        List<Object[]> assignments = new ArrayList<>();
        for (int p = 0; p < setup.panels().size(); p++) {
            Panel panel = setup.panels().get(p);
            panels.add(new Object[] {roundId, panel.id(), panel.name(), p});
            for (int m = 0; m < panel.members().size(); m++) {
                RosterMember member = panel.members().get(m);
                members.add(new Object[] {roundId, panel.id(), member.evaluatorId(), member.name(),
                    member.affiliation(), member.role(), member.certificateSha256(), m});
            }
            panel.receiptNos().forEach(r -> assignments.add(new Object[] {roundId, r, panel.id()}));
        }
        sql.batch("INSERT INTO panel (round_id, panel_id, name, ordinal) VALUES (?, ?, ?, ?)", panels);
        sql.batch("INSERT INTO roster_member (round_id, panel_id, evaluator_id, name, affiliation, role,"
                + " certificate_fingerprint, ordinal) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", members);
        sql.batch("INSERT INTO panel_application (round_id, receipt_no, panel_id) VALUES (?, ?, ?)", assignments);
        sql.batch("INSERT INTO agency_conflict (round_id, receipt_no, evaluator_id, reason) VALUES (?, ?, ?, ?)",
                setup.conflicts().stream().map(c -> new Object[] {roundId, c.receiptNo(), c.evaluatorId(),
                    c.reason()}).toList());
    }

    @Override
    public Optional<RoundSetup> setup(long roundId) {
        Optional<Boolean> blind = sql.one("SELECT blind FROM round_setup WHERE round_id = ?",
                rs -> rs.getBoolean(1), roundId);
        if (blind.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> names = new LinkedHashMap<>();
        sql.list("SELECT panel_id, name FROM panel WHERE round_id = ? ORDER BY ordinal",
                rs -> names.put(rs.getString(1), rs.getString(2)), roundId);
        Map<String, List<RosterMember>> members = new LinkedHashMap<>();
        Map<String, List<String>> receipts = new LinkedHashMap<>();
        names.keySet().forEach(id -> {
            members.put(id, new ArrayList<>());
            receipts.put(id, new ArrayList<>());
        });
        sql.list("SELECT panel_id, evaluator_id, name, affiliation, role, certificate_fingerprint FROM roster_member"
                + " WHERE round_id = ? ORDER BY panel_id, ordinal", rs -> members.get(rs.getString(1))
                        .add(member(rs)), roundId);
        sql.list("SELECT panel_id, receipt_no FROM panel_application WHERE round_id = ? ORDER BY receipt_no",
                rs -> receipts.get(rs.getString(1)).add(rs.getString(2)), roundId);
        List<Panel> panels = new ArrayList<>();
        names.forEach((id, name) -> panels.add(new Panel(id, name, members.get(id), receipts.get(id))));
        List<AgencyConflict> conflicts = sql.list("SELECT evaluator_id, receipt_no, reason FROM agency_conflict"
                + " WHERE round_id = ? ORDER BY receipt_no, evaluator_id",
                rs -> new AgencyConflict(rs.getString(1), rs.getString(2), rs.getString(3)), roundId);
        return Optional.of(new RoundSetup(blind.get(), panels, conflicts));
    }

    private static RosterMember member(ResultSet rs) throws SQLException {
        return new RosterMember(rs.getString(2), rs.getString(3), rs.getString(4),
                PanelRole.valueOf(rs.getString(5)), rs.getString(6));
    }
}
