package kr.tipa.eval.ui.firstrun;

import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.model.PanelMember;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.service.PledgeText;
import kr.tipa.eval.service.ScoringService;
import kr.tipa.eval.ui.Refusals;
import kr.tipa.eval.ui.StatusLine;
import kr.tipa.eval.ui.tasks.BackgroundTasks;

/** 보안·청렴 서약 for the round, recorded with its time before any plan opens. */
public final class PledgeViewModel {

    private final ScoringService scoring;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final StatusLine status;
    private final Round round;
    private final PanelMember me;
    private final Runnable accepted;

    /** @param accepted runs once the pledge is recorded */
    public PledgeViewModel(ScoringService scoring, BackgroundTasks tasks, Messages messages, StatusLine status,
            Round round, PanelMember me, Runnable accepted) {
        this.scoring = scoring;
        this.tasks = tasks;
        this.messages = messages;
        this.status = status;
        this.round = round;
        this.me = me;
        this.accepted = accepted;
    }

    public String title() {
        return PledgeText.title(messages, round);
    }

    /** The pledge as recorded: the text the evaluator agrees to, with their name and the round. */
    public String text() {
        return PledgeText.of(messages, me, round);
    }

    public void accept() {
        String text = text();
        tasks.write(p -> {
            scoring.acceptPledge(round, me.id(), text);
            return null;
        }, x -> accepted.run(), e -> status.say(Refusals.describe(e, messages)));
    }
}
