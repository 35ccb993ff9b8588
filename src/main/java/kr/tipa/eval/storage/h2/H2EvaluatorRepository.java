package kr.tipa.eval.storage.h2;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kr.tipa.eval.domain.scoring.Evaluator;
import kr.tipa.eval.model.PanelMember;
import kr.tipa.eval.storage.EvaluatorRepository;

/** The panel in H2. */
public final class H2EvaluatorRepository implements EvaluatorRepository {

    private static final String COLUMNS = "id, name, affiliation, panel_order, is_self";

    private final Database database;
    private final Sql sql;

    public H2EvaluatorRepository(Database database) {
        this.database = database;
        this.sql = new Sql(database);
    }

    @Override
    public PanelMember insert(Evaluator e, boolean self, Instant at) {
        return database.inTransaction(() -> {
            int order = sql.one("SELECT COALESCE(MAX(panel_order), 0) + 1 FROM evaluator", rs -> rs.getInt(1))
                    .orElse(1);
            if (self) {
                sql.update("UPDATE evaluator SET is_self = FALSE");
            }
            sql.update("INSERT INTO evaluator (id, name, affiliation, created_at, panel_order, is_self)"
                    + " VALUES (?, ?, ?, ?, ?, ?)", e.id(), e.name(), e.affiliation(), at, order, self);
            return new PanelMember(e, order, self);
        });
    }

    @Override
    public void update(Evaluator e) {
        sql.update("UPDATE evaluator SET name = ?, affiliation = ? WHERE id = ?", e.name(), e.affiliation(), e.id());
    }

    @Override
    public Optional<PanelMember> find(String id) {
        return sql.one("SELECT " + COLUMNS + " FROM evaluator WHERE id = ?", H2EvaluatorRepository::member, id);
    }

    @Override
    public List<PanelMember> all() {
        return sql.list("SELECT " + COLUMNS + " FROM evaluator ORDER BY panel_order", H2EvaluatorRepository::member);
    }

    @Override
    public Optional<PanelMember> self() {
        return sql.one("SELECT " + COLUMNS + " FROM evaluator WHERE is_self", H2EvaluatorRepository::member);
    }

    private static PanelMember member(ResultSet rs) throws SQLException {
        return new PanelMember(new Evaluator(rs.getString("id"), rs.getString("name"), rs.getString("affiliation")),
                rs.getInt("panel_order"), rs.getBoolean("is_self"));
    }
}
