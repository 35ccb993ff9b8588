package kr.tipa.eval.excel.results;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import kr.tipa.eval.domain.aggregation.AggregationResult;
import kr.tipa.eval.domain.aggregation.SelectionStatus;
import kr.tipa.eval.domain.application.DocumentType;
import kr.tipa.eval.domain.application.OnlineForm;
import kr.tipa.eval.domain.packages.Restriction;
import kr.tipa.eval.domain.packages.SupportPackage;
import kr.tipa.eval.domain.program.Program;
import kr.tipa.eval.domain.rubric.Indicator;
import kr.tipa.eval.domain.rubric.Rubric;
import kr.tipa.eval.domain.rubric.RubricCategory;
import kr.tipa.eval.domain.screening.ScreeningCode;
import kr.tipa.eval.domain.screening.ScreeningDecision;
import kr.tipa.eval.domain.screening.ScreeningReason;
import kr.tipa.eval.domain.screening.ScreeningStatus;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.model.ApplicationOutcome;
import kr.tipa.eval.model.Decimals;

/**
 * The words of the workbooks, in the language of the {@link Messages} given, and the numbers inside
 * those words written the way the programme writes them (57.50 at scale 2, 60 for the cutoff).
 */
final class Labels {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Messages messages;
    private final Program program;
    private final ZoneId zone;

    Labels(Messages messages, Program program, ZoneId zone) {
        this.messages = messages;
        this.program = program;
        this.zone = zone;
    }

    /**
     * A message by its whole key: keys are written out in full in the code, so that the consistency
     * test of the messages files finds each one.
     */
    String get(String key, Object... args) {
        return messages.get(key, args);
    }

    String status(SelectionStatus status) {
        return messages.get("results.status." + status.name());
    }

    String screening(ScreeningStatus status) {
        return messages.get("screening.status." + status.name());
    }

    String code(ScreeningCode code) {
        return messages.get("screening.code." + code.name());
    }

    String restriction(Restriction restriction) {
        return get("results.workbook.restriction." + restriction.name());
    }

    String supportPackage(SupportPackage p) {
        return get("results.workbook.package." + p.name());
    }

    /** A required document as ScreeningRules names it (an online form or a document type), in words. */
    String document(String name) {
        for (OnlineForm form : OnlineForm.values()) {
            if (form.name().equals(name)) {
                return get("results.workbook.form." + name);
            }
        }
        for (DocumentType type : DocumentType.values()) {
            if (type.name().equals(name)) {
                return messages.get("document.type." + name);
            }
        }
        return name;
    }

    /** One reason's particulars in words: the missing documents of E03, the written reason of X01. */
    String details(ScreeningReason reason) {
        return reason.details().stream().map(this::document).collect(Collectors.joining(", "));
    }

    /** "1-1", "1-2", … "3-4": category and indicator places, short enough for a header or a comment. */
    static Map<String, String> indicatorNumbers(Rubric rubric) {
        Map<String, String> numbers = new LinkedHashMap<>();
        List<RubricCategory> categories = rubric.categories();
        for (int c = 0; c < categories.size(); c++) {
            List<Indicator> indicators = categories.get(c).indicators();
            for (int i = 0; i < indicators.size(); i++) {
                numbers.put(indicators.get(i).id(), (c + 1) + "-" + (i + 1));
            }
        }
        return numbers;
    }

    String composite(BigDecimal composite) {
        return composite.setScale(program.aggregation().roundingScale(), RoundingMode.HALF_UP).toPlainString();
    }

    /** "위원장 대리 입력 — 입력 김위원장, 파일 점수.csv (SHA-256 ab12cd34…), 2024-09-20 14:00". */
    static String proxy(Labels labels, kr.tipa.eval.model.ProxyEntry entry) {
        return labels.get("results.workbook.proxyDetail", entry.enteredBy(), entry.sourceFile(),
                entry.sourceSha256().substring(0, 16), labels.time(entry.enteredAt()));
    }

    String plain(BigDecimal value) {
        return Decimals.plain(value);
    }

    String time(Instant at) {
        return TIME.format(at.atZone(zone));
    }

    ZoneId zone() {
        return zone;
    }

    Program program() {
        return program;
    }

    /**
     * Why the committee decided as it did, in words: the composite against the cutoff, the chair's
     * exclusion, too few evaluators, or the screening reasons.
     *
     * @param withDetails whether screening reasons carry their particulars (the appeal pack does)
     */
    String decision(ApplicationOutcome outcome, Optional<String> exclusion, boolean withDetails) {
        AggregationResult a = outcome.aggregation();
        String cutoff = plain(program.cutoff());
        List<String> parts = new ArrayList<>();
        switch (a.status()) {
            case SELECTED -> parts.add(get("results.workbook.reason.SELECTED", composite(a.composite().orElseThrow()),
                    cutoff));
            case NOT_SELECTED -> {
                BigDecimal composite = a.composite().orElseThrow();
                if (exclusion.isPresent() || composite.compareTo(program.cutoff()) >= 0) {
                    parts.add(get("results.workbook.reason.excluded", exclusion.orElse("–"), composite(composite)));
                } else {
                    parts.add(get("results.workbook.reason.NOT_SELECTED", composite(composite), cutoff));
                }
            }
            case INCOMPLETE -> parts.add(get("results.workbook.reason.INCOMPLETE", String.valueOf(a.totals().size()),
                    String.valueOf(program.aggregation().minEvaluators())));
            case INELIGIBLE -> parts.add(get("results.workbook.reason.INELIGIBLE",
                    screeningReasons(outcome.screening(), withDetails)));
            default -> throw new IllegalStateException(a.status().name());
        }
        if (outcome.screening().status() == ScreeningStatus.NEEDS_REVIEW) {
            parts.add(get("results.workbook.reason.needsReview"));
        }
        return String.join("; ", parts);
    }

    /** The excluding reasons (E and X) of a decision, in words. */
    String screeningReasons(ScreeningDecision decision, boolean withDetails) {
        List<String> words = new ArrayList<>();
        for (ScreeningReason reason : decision.reasons()) {
            if (!reason.code().excludes()) {
                continue;
            }
            String label = code(reason.code());
            words.add(withDetails && !reason.details().isEmpty()
                    ? get("results.workbook.detail", label, details(reason)) : label);
        }
        return String.join(", ", words);
    }
}
