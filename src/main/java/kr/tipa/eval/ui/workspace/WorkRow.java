package kr.tipa.eval.ui.workspace;

import java.math.BigDecimal;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import kr.tipa.eval.domain.scoring.WorkState;
import kr.tipa.eval.domain.screening.ScreeningDecision;
import kr.tipa.eval.model.WorkItem;

/** A line of the application list; state and total change as I score. */
public final class WorkRow {

    private final String receiptNo;
    private final String company;
    private final ScreeningDecision screening;
    private final boolean recusedByAgency;
    private final String conflictReason;
    private final ObjectProperty<WorkState> state = new SimpleObjectProperty<>();
    private final ObjectProperty<BigDecimal> total = new SimpleObjectProperty<>();

    WorkRow(WorkItem item) {
        this.receiptNo = item.receiptNo();
        this.company = item.application().companyName();
        this.screening = item.screening();
        this.recusedByAgency = item.recusedByAgency();
        this.conflictReason = item.conflictReason().orElse("");
        this.state.set(item.state());
        this.total.set(item.total().orElse(null));
    }

    public String receiptNo() {
        return receiptNo;
    }

    public String company() {
        return company;
    }

    public ScreeningDecision screening() {
        return screening;
    }

    /** The agency's 제척 of me on this application: shown as such, and no one here can undo it. */
    public boolean recusedByAgency() {
        return recusedByAgency;
    }

    /** Why I do not score it, when I do not (my 회피, or the agency's 제척); empty otherwise. */
    public String conflictReason() {
        return conflictReason;
    }

    public ObjectProperty<WorkState> stateProperty() {
        return state;
    }

    public ObjectProperty<BigDecimal> totalProperty() {
        return total;
    }
}
