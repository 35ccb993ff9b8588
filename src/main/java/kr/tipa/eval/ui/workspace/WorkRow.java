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
    private final ObjectProperty<WorkState> state = new SimpleObjectProperty<>();
    private final ObjectProperty<BigDecimal> total = new SimpleObjectProperty<>();

    WorkRow(WorkItem item) {
        this.receiptNo = item.receiptNo();
        this.company = item.application().companyName();
        this.screening = item.screening();
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

    public ObjectProperty<WorkState> stateProperty() {
        return state;
    }

    public ObjectProperty<BigDecimal> totalProperty() {
        return total;
    }
}
