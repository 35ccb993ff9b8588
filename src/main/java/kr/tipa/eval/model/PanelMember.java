package kr.tipa.eval.model;

import kr.tipa.eval.domain.scoring.Evaluator;

/** An evaluator registered on this database, with their place in the panel. */
public record PanelMember(Evaluator evaluator, int order, boolean self) {

    public String id() {
        return evaluator.id();
    }
}
