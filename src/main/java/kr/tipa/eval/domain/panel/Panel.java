package kr.tipa.eval.domain.panel;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A panel (분과): its roster and the applications it scores, by receipt number. */
public record Panel(String id, String name, List<RosterMember> members, List<String> receiptNos) {

    public Panel {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        members = List.copyOf(members);
        receiptNos = List.copyOf(receiptNos);
    }

    /** The chair, when the roster is known (a round built without a roster has none yet). */
    public Optional<RosterMember> chair() {
        return members.stream().filter(RosterMember::chair).findFirst();
    }

    public Optional<RosterMember> member(String evaluatorId) {
        return members.stream().filter(m -> m.evaluatorId().equals(evaluatorId)).findFirst();
    }
}
