package kr.tipa.eval.excel.results;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import kr.tipa.eval.domain.program.Program;
import kr.tipa.eval.excel.results.SheetFrame.TitleBlock;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.io.DurableFiles;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.DeferredSXSSFSheet;
import org.apache.poi.xssf.streaming.DeferredSXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the committee's result workbook (UNSIGNED; the caller signs it): 종합평가표, 평가위원별 점수 (on the
 * agency's merged result one sheet per panel instead), 자격 요건검토 결과, 지원대상 추천 목록, 감사 기록, 분포 차트
 * (native charts) and the {@code data} table, in the language of the {@link Messages} given, plus the very hidden
 * machine copy of a panel's result when the input carries one.
 *
 * <p>Rows are streamed: each sheet generates its rows while the file is written (POI's deferred
 * streaming workbook), a small window at a time, and nothing of the round lands in a temporary file —
 * a round of 1,000 applications × 7 evaluators takes well under a second and little memory.
 */
public final class ResultWorkbookWriter {

    private static final Logger LOG = LoggerFactory.getLogger(ResultWorkbookWriter.class);
    /** Rows kept in memory per sheet before they are flushed into the file. */
    private static final int WINDOW = 100;

    private final Messages messages;

    public ResultWorkbookWriter(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /**
     * Writes the workbook to {@code target}, replacing it in one step.
     *
     * @throws IOException when the file cannot be written; {@code target} is then untouched
     */
    public void write(ResultWorkbookInput input, Path target) throws IOException {
        long start = System.nanoTime();
        Program program = input.results().round().program();
        try (DeferredSXSSFWorkbook workbook = new DeferredSXSSFWorkbook(WINDOW)) {
            Styles styles = new Styles(workbook, program.aggregation().roundingScale(),
                    Math.max(0, program.rubric().step().stripTrailingZeros().scale()));
            Labels labels = new Labels(messages, program, input.zone());
            ResultContext context = new ResultContext(input, labels, styles, new SheetFrame(titleBlock(input, labels),
                    styles));
            List<ResultSheet> sheets = sheets(context);
            for (ResultSheet s : sheets) {
                DeferredSXSSFSheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(s.name()));
                if (s instanceof MachineCopySheet) {
                    workbook.setSheetVisibility(workbook.getSheetIndex(sheet), SheetVisibility.VERY_HIDDEN);
                }
                s.prepare(sheet);
                if (s instanceof ChartSheet charts) {
                    // the drawing belongs to the sheet's XML part, which streaming leaves as it is
                    charts.draw(workbook.getXSSFSheet(sheet.getSheetName()));
                }
                sheet.setRowGenerator(s::rows);
            }
            workbook.setActiveSheet(0);
            properties(workbook.getXSSFWorkbook(), labels.get("results.workbook.documentTitle", program.name()),
                    program.code());
            DurableFiles.write(target, workbook::writeAvoidingTempFiles);
        }
        LOG.info("result workbook of {} applications written in {} ms: {}", input.results().outcomes().size(),
                (System.nanoTime() - start) / 1_000_000, target);
    }

    /**
     * A panel's or a single laptop's result: the ranking, every evaluator's scores, screening, the
     * recommendation list, audit, charts. The agency's merged result puts one sheet per panel where the
     * scores were. Then the {@code data} table, and the machine copy when there is one.
     */
    private static List<ResultSheet> sheets(ResultContext context) {
        Handover handover = context.input().handover();
        List<ResultSheet> sheets = new ArrayList<>();
        sheets.add(new RankingSheet(context));
        if (handover.merged()) {
            handover.parts().forEach(part -> sheets.add(new EvaluatorScoresSheet(context, part)));
        } else {
            sheets.add(new EvaluatorScoresSheet(context));
        }
        sheets.add(new ScreeningSheet(context));
        sheets.add(new RecommendationSheet(context));
        sheets.add(new AuditSheet(context));
        sheets.add(new ChartSheet(context));
        sheets.add(new DataSheet(context));
        if (!handover.machineCopy().isEmpty()) {
            sheets.add(new MachineCopySheet(context, handover.machineCopy()));
        }
        return sheets;
    }

    static TitleBlock titleBlock(ResultWorkbookInput input, Labels labels) {
        Program program = input.results().round().program();
        String agency = program.agency() == null ? "" : program.agency();
        String time = labels.time(input.generatedAt());
        String cutoff = labels.plain(program.cutoff());
        String capacity = String.valueOf(program.capacity());
        String selected = String.valueOf(input.results().selectedCount());
        String facts = input.chairName().isEmpty()
                ? labels.get("results.workbook.factsNoChair", time, input.zone().getId(), cutoff, capacity, selected)
                : labels.get("results.workbook.facts", time, input.zone().getId(), input.chairName(), cutoff, capacity,
                        selected);
        Handover handover = input.handover();
        String origin;
        String code = program.code();
        if (handover.panel().isPresent()) {
            Handover.PanelName panel = handover.panel().get();
            origin = labels.get("results.workbook.origin.panel", panel.id(), panel.name(), handover.bundleId());
            code = code + " · " + panel.id();
        } else if (handover.merged()) {
            origin = labels.get("results.workbook.origin.merged", String.valueOf(handover.parts().size()),
                    String.join(", ", handover.parts().stream().map(Handover.PanelPart::id).toList()),
                    handover.bundleId());
        } else {
            origin = labels.get("results.workbook.origin.bundle", handover.bundleId());
        }
        return new TitleBlock(labels.get("results.workbook.programLine", program.name(), program.code(), agency)
                + " · " + origin, facts, input.provisional(), labels.get("results.workbook.provisional.banner"),
                labels.get("results.workbook.provisional.mark"), code);
    }

    /** POI would name itself the author; the document says what it is and which tool made it. */
    static void properties(XSSFWorkbook workbook, String title, String subject) {
        var core = workbook.getProperties().getCoreProperties();
        core.setCreator("tipa-eval");
        core.setTitle(title);
        core.setSubjectProperty(subject);
    }
}
