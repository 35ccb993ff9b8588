package kr.tipa.eval.bundle;

import java.util.List;
import kr.tipa.eval.i18n.Messages;

/** The bundle is refused whole; nothing of it was written. */
public class BundleRefusedException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<BundleProblem> problems;

    public BundleRefusedException(List<BundleProblem> problems) {
        super(problems.isEmpty() ? "refused" : problems.get(0).render(Messages.korean()));
        this.problems = List.copyOf(problems);
    }

    public BundleRefusedException(BundleProblem problem) {
        this(List.of(problem));
    }

    public List<BundleProblem> problems() {
        return problems;
    }

    /** Every problem on its own line, in the user's language. */
    public String render(Messages messages) {
        StringBuilder text = new StringBuilder();
        for (BundleProblem problem : problems) {
            if (!text.isEmpty()) {
                text.append(System.lineSeparator());
            }
            text.append(problem.render(messages));
        }
        return text.toString();
    }
}
