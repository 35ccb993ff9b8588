package kr.tipa.eval.authoring;

import java.util.List;
import kr.tipa.eval.i18n.Messages;

/** The inputs of a round build have faults: nothing was written. Commands exit 2 listing every one. */
public final class IntakeRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<IntakeFault> faults;

    public IntakeRefusedException(List<IntakeFault> faults) {
        super(faults.isEmpty() ? "refused" : faults.get(0).render(Messages.korean()), null, false, false);
        this.faults = List.copyOf(faults);
    }

    public List<IntakeFault> faults() {
        return faults;
    }
}
