package kr.tipa.eval.ui.agency;

import kr.tipa.eval.domain.panel.Panel;
import kr.tipa.eval.domain.panel.RosterMember;

/**
 * A panel (분과) as the agency checks it: its roster's size and chair, the applications assigned to it, and
 * (once screened) how many of them are eligible and so go into its package.
 *
 * @param eligible the eligible applications, or -1 before screening (the build preview)
 */
public record PanelRow(String id, String name, int members, String chair, int applications, int eligible) {

    static PanelRow of(Panel panel, int eligible) {
        return new PanelRow(panel.id(), panel.name(), panel.members().size(),
                panel.chair().map(RosterMember::name).orElse(""), panel.receiptNos().size(), eligible);
    }
}
