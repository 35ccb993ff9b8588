package kr.tipa.eval.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kr.tipa.eval.app.AppContext;
import kr.tipa.eval.domain.rubric.Indicator;
import kr.tipa.eval.domain.rubric.Rubric;
import kr.tipa.eval.domain.rubric.RubricCategory;
import kr.tipa.eval.domain.scoring.Conflict;
import kr.tipa.eval.domain.scoring.ScoreSheet;
import kr.tipa.eval.model.Decimals;
import kr.tipa.eval.service.UnknownApplicationException;
import kr.tipa.eval.model.ProxyEntry;
import kr.tipa.eval.model.Round;
import kr.tipa.eval.model.StoredApplication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sheet show --evaluator ID --application RECEIPT_NO [--json]}: an evaluator's newest sheet of one
 * application exactly as stored, without the window: each indicator's value (null when unscored), the
 * comments, the overall opinion, draft or submitted with its version, and the sum of what is scored
 * with whether every indicator is. How support and tests see what a form has saved.
 */
@Command(name = "show")
final class SheetShow extends BaseCommand {

    @Option(names = "--evaluator", required = true, paramLabel = "ID", descriptionKey = "cli.evaluator.id")
    String evaluator;

    @Option(names = "--application", required = true, paramLabel = "RECEIPT_NO",
            descriptionKey = "cli.override.application")
    String receiptNo;

    SheetShow(CliEnvironment env) {
        super(env);
    }

    @Override
    protected int run(AppContext context, CommonOptions options) {
        Round round = requireRound(context, options);
        context.evaluators().require(evaluator);
        StoredApplication application = context.rounds().application(round, receiptNo)
                .orElseThrow(() -> new UnknownApplicationException(receiptNo));
        ScoreSheet sheet = context.scoring().sheet(round, receiptNo, evaluator);
        Optional<Conflict> conflict = context.scoring().conflict(round, receiptNo, evaluator);
        Rubric rubric = round.program().rubric();
        Optional<ProxyEntry> proxy = context.scoring().proxyEntry(round, receiptNo, evaluator, sheet.version());
        if (options.json) {
            ObjectNode root = json(application, sheet, conflict, rubric);
            if (proxy.isPresent()) {
                root.putObject("proxyEntry").put("enteredBy", proxy.get().enteredBy())
                        .put("enteredAt", proxy.get().enteredAt().toString())
                        .put("sourceFile", proxy.get().sourceFile()).put("sourceSha256", proxy.get().sourceSha256());
            } else {
                root.putNull("proxyEntry");
            }
            env.out().println(Json.print(root));
        } else {
            print(application, sheet, conflict, rubric);
            proxy.ifPresent(p -> env.out().println(text("cli.sheet.show.proxy", p.enteredBy(), p.sourceFile(),
                    p.sourceSha256())));
        }
        return ExitCode.OK;
    }

    private ObjectNode json(StoredApplication application, ScoreSheet sheet, Optional<Conflict> conflict,
            Rubric rubric) {
        List<Indicator> missing = sheet.missing(rubric);
        ObjectNode root = Json.object();
        root.put("receiptNo", application.receiptNo());
        root.put("company", application.companyName());
        root.put("evaluator", evaluator);
        root.put("state", sheet.state().name());
        root.put("version", sheet.version());
        root.put("stored", sheet.updatedAt() != null);
        root.put("total", number(sheet.total()));
        root.put("maxTotal", number(rubric.maxTotal()));
        root.put("complete", missing.isEmpty());
        ArrayNode missingIds = root.putArray("missing");
        missing.forEach(i -> missingIds.add(i.id()));
        root.put("overallOpinion", sheet.overallOpinion());
        root.put("updatedAt", time(sheet.updatedAt()));
        root.put("submittedAt", time(sheet.submittedAt()));
        root.put("conflict", conflict.map(Conflict::reason).orElse(null));
        ArrayNode categories = root.putArray("categories");
        for (RubricCategory category : rubric.categories()) {
            categories.addObject().put("id", category.id()).put("name", category.name())
                    .put("subtotal", number(sheet.subtotal(category))).put("maxPoints", number(category.maxPoints()));
        }
        ArrayNode indicators = root.putArray("indicators");
        for (RubricCategory category : rubric.categories()) {
            for (Indicator indicator : category.indicators()) {
                indicators.addObject().put("id", indicator.id()).put("category", category.id())
                        .put("text", indicator.text()).put("maxPoints", number(indicator.maxPoints()))
                        .put("value", sheet.value(indicator.id()).map(SheetShow::number).orElse(null))
                        .put("comment", sheet.comment(indicator.id()));
            }
        }
        return root;
    }

    private void print(StoredApplication application, ScoreSheet sheet, Optional<Conflict> conflict, Rubric rubric) {
        env.out().println(text("cli.sheet.show.header", application.receiptNo(), application.companyName(), evaluator,
                text("cli.sheet.show.state." + sheet.state().name()), sheet.version()));
        conflict.ifPresent(c -> env.out().println(text("cli.sheet.show.conflict", c.reason())));
        int width = rubric.indicators().stream().mapToInt(i -> i.id().length()).max().orElse(0);
        for (RubricCategory category : rubric.categories()) {
            env.out().println(text("cli.sheet.show.category", category.name(),
                    Decimals.plain(sheet.subtotal(category)), Decimals.plain(category.maxPoints())));
            for (Indicator indicator : category.indicators()) {
                String value = sheet.value(indicator.id()).map(Decimals::plain).orElse("-");
                env.out().println(text("cli.sheet.show.indicator", pad(indicator.id(), width), " ".repeat(Math.max(0, 3 - value.length())) + value,
                        Decimals.plain(indicator.maxPoints()), indicator.text()));
                if (!sheet.comment(indicator.id()).isBlank()) {
                    env.out().println(text("cli.sheet.show.comment", oneLine(sheet.comment(indicator.id()))));
                }
            }
        }
        List<Indicator> missing = sheet.missing(rubric);
        String total = Decimals.plain(sheet.total());
        String max = Decimals.plain(rubric.maxTotal());
        env.out().println(missing.isEmpty() ? text("cli.sheet.show.complete", total, max)
                : text("cli.sheet.show.incomplete", total, max, missing.size(),
                        String.join(", ", missing.stream().map(Indicator::id).toList())));
        env.out().println(text("cli.sheet.show.opinion",
                sheet.overallOpinion().isBlank() ? "-" : oneLine(sheet.overallOpinion())));
        if (sheet.submittedAt() != null) {
            env.out().println(text("cli.sheet.show.submittedAt", sheet.submittedAt().toString()));
        }
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }

    /** A comment keeps its line breaks in JSON; on the terminal it stays on its line. */
    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " / ");
    }

    private static BigDecimal number(BigDecimal value) {
        return new BigDecimal(Decimals.plain(value));
    }

    private static String time(Instant at) {
        return at == null ? null : at.toString();
    }
}
