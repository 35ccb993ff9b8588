package kr.tipa.eval.service;

import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.model.PanelMember;
import kr.tipa.eval.model.Round;

/**
 * The 보안·청렴 서약 as an evaluator agrees to it, with their name and the round: one text for the window's
 * pledge screen and the {@code pledge} command, recorded with the pledge.
 */
public final class PledgeText {

    private PledgeText() {
    }

    public static String of(Messages messages, PanelMember member, Round round) {
        return of(messages, member.evaluator().name(), round.program().name());
    }

    public static String of(Messages messages, String name, String programName) {
        return messages.get("pledge.text", name, programName);
    }

    public static String title(Messages messages, Round round) {
        return messages.get("pledge.title", round.program().name());
    }
}
