package kr.tipa.eval.excel.results;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import kr.tipa.eval.domain.program.Program;
import kr.tipa.eval.excel.results.SheetFrame.TitleBlock;
import kr.tipa.eval.i18n.Messages;
import kr.tipa.eval.io.DurableFiles;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.DeferredSXSSFSheet;
import org.apache.poi.xssf.streaming.DeferredSXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the committee's result workbook (UNSIGNED; the caller signs it): 종합평가표, 평가위원별 점수,
 * 자격 요건검토 결과, 지원대상 추천 목록, 감사 기록 and 분포 차트 (native charts), in the language of the {@link Messages} given.
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
            List<ResultSheet> sheets = List.of(new RankingSheet(context), new EvaluatorScoresSheet(context),
                    new ScreeningSheet(context), new RecommendationSheet(context), new AuditSheet(context),
                    new ChartSheet(context));
            for (ResultSheet s : sheets) {
                DeferredSXSSFSheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(s.name()));
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
        return new TitleBlock(labels.get("results.workbook.programLine", program.name(), program.code(), agency), facts,
                input.provisional(), labels.get("results.workbook.provisional.banner"),
                labels.get("results.workbook.provisional.mark"), program.code());
    }

    /** POI would name itself the author; the document says what it is and which tool made it. */
    static void properties(XSSFWorkbook workbook, String title, String subject) {
        var core = workbook.getProperties().getCoreProperties();
        core.setCreator("tipa-eval");
        core.setTitle(title);
        core.setSubjectProperty(subject);
    }
}
