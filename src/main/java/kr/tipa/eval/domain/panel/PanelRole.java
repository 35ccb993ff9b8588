package kr.tipa.eval.domain.panel;

/** A roster member's part in a panel (분과위원회): its chair (위원장) or a member (위원). */
public enum PanelRole {
    CHAIR,
    MEMBER
}
